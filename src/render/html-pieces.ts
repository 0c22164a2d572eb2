/**
 * HTML as a list of pieces, for text that many pages share (a comparison's 290 rows and bars, one per KPI and
 * year, on each of 290 models' measure pages). Joined, the pieces are the page's string as before; a writer can
 * instead take each shared piece's UTF-8 bytes, encoded once for all pages, and never copy or encode the page
 * whole (the site of 290 models is 1 GB of such pages).
 */

/** Part of a shared text: its string, and its bytes as a view of the shared text's bytes. */
export interface SharedSlice {
    readonly text: string;
    bytes(): Uint8Array;
}

export type HtmlPiece = string | SharedSlice;

const encoder = new TextEncoder();

/** Strings joined once, with where each one starts, so that a page can take the whole with a few replaced. */
export class SharedText {
    readonly text: string;
    /** `starts[i]` is where part i starts in `text`; one more entry, the text's length. */
    private readonly starts: number[];
    private encoded?: { bytes: Uint8Array; starts: number[] };

    constructor(readonly parts: readonly string[]) {
        const starts = [0];
        for (const part of parts) starts.push(starts[starts.length - 1]! + part.length);
        this.starts = starts;
        this.text = parts.join('');
    }

    /**
     * The text with the parts at some positions replaced: slices of the shared text between them (V8 slices
     * without copying).
     */
    replaced(replacements: ReadonlyMap<number, string>): HtmlPiece[] {
        const pieces: HtmlPiece[] = [];
        let from = 0;
        for (const position of [...replacements.keys()].sort((a, b) => a - b)) {
            if (position > from) pieces.push(this.slice(from, position));
            pieces.push(replacements.get(position)!);
            from = position + 1;
        }
        if (from < this.parts.length) pieces.push(this.slice(from, this.parts.length));
        return pieces;
    }

    private slice(from: number, to: number): SharedSlice {
        return {
            text: this.text.slice(this.starts[from], this.starts[to]),
            bytes: () => {
                const { bytes, starts } = this.bytesOf();
                return bytes.subarray(starts[from], starts[to]);
            }
        };
    }

    /** The UTF-8 of the whole text and where each part starts in it, made on first use (by a writer only). */
    private bytesOf(): { bytes: Uint8Array; starts: number[] } {
        // Stryker disable next-line ConditionalExpression: encoding again each time gives the same bytes, only slower.
        if (this.encoded === undefined) {
            const starts = [0];
            const bytes = encoder.encode(this.text);
            for (const part of this.parts) starts.push(starts[starts.length - 1]! + utf8Length(part));
            this.encoded = { bytes, starts };
        }
        return this.encoded;
    }
}

/** The length of the text in UTF-8, without encoding it (a lone surrogate counts as U+FFFD, as TextEncoder has it). */
function utf8Length(text: string): number {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80) length += 1;
        else if (code < 0x800) length += 2;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                length += 4;
                i++;
            } else length += 3;
        } else length += 3;
    }
    return length;
}

/** The pieces as one string (the page as a string renderer returns it). */
export function piecesText(pieces: readonly HtmlPiece[]): string {
    let text = '';
    for (const piece of pieces) text += typeof piece === 'string' ? piece : piece.text;
    return text;
}
