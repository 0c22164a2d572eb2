/**
 * Turns a data file's bytes into text. Swedish Excel writes Windows-1252 ("ANSI"), Kolada and most tools UTF-8,
 * Excel's "Unicode text" UTF-16 with a byte order mark; the user never says which, so the bytes decide.
 */
import { TextDecoder } from 'node:util';

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
    text: string;
    encoding: TextEncodingName;
}

let utf8Strict: TextDecoder | undefined;
let windows1252: TextDecoder | undefined | null;

export function decodeText(bytes: Uint8Array): DecodedText {
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        // A BOM is a promise of UTF-8; a broken sequence after it is more likely damage than another encoding.
        return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
    }
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
    }
    utf8Strict ??= new TextDecoder('utf-8', { fatal: true });
    try {
        return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
    } catch {
        // Windows-1252 text with å, ä, ö is almost never valid UTF-8, so invalid UTF-8 means Windows-1252.
        return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
}

function decodeWindows1252(bytes: Uint8Array): string {
    if (windows1252 === undefined) {
        try {
            windows1252 = new TextDecoder('windows-1252');
        } catch {
            // A runtime without full ICU: Latin-1 differs from Windows-1252 only in 0x80–0x9F (€, curly quotes).
            windows1252 = null;
        }
    }
    if (windows1252) {
        return windows1252.decode(bytes);
    }
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return text;
}

/**
 * True when the start of the text looks like binary content (an image, a zip, an .xlsx saved as .csv):
 * NUL characters or many control characters that no text editor or exporter writes.
 */
export function looksBinary(text: string): boolean {
    const end = Math.min(text.length, 8192);
    let controls = 0;
    for (let i = 0; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0) {
            return true;
        }
        if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) {
            controls++;
        } else if (c === 0xfffd) {
            controls++;
        }
    }
    return end > 0 && controls * 50 > end;
}
