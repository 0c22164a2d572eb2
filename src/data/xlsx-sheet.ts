import { XmlError, xmlText } from './xml-text.js';

/**
 * Scans one worksheet's XML (`xl/worksheets/sheetN.xml`) into rows of cell texts, one pass with indexOf. A cell's
 * text is what Excel *stores*, never what it displays: a number is its `<v>` exactly as written (`87.5`,
 * `1.2E-3`), so the CSV rules read the very double Excel saved; a date is its serial number; a shared string is
 * looked up; a boolean is `SANT` or `FALSKT` (Swedish Excel's words), an error its code (`#N/A`).
 */

/** Excel's widest sheet (column XFD). */
const MAX_COLUMNS = 16384;
/** Excel's tallest sheet. */
const MAX_ROWS = 1048576;

export interface SheetRows {
    /** Cell texts by row number (1-based, as Excel numbers rows); rows without cells are absent. */
    rows: Map<number, string[]>;
    /** Columns of the widest row. */
    width: number;
}

/**
 * @param sharedStrings the workbook's shared strings, as the caller wants them in cells
 * @param asText applied to every other text cell (inline strings, formula strings), as the caller prepared the shared ones
 */
export function scanSheet(
    xml: string,
    sharedStrings: readonly string[],
    asText: (text: string) => string = text => text
): SheetRows {
    const rows = new Map<number, string[]>();
    let width = 0;
    const dataStart = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
    if (dataStart < 0) {
        return { rows, width };
    }
    let p = dataStart;
    let rowNumber = 0;
    let cells: string[] | undefined;
    let column = -1;
    for (;;) {
        const lt = xml.indexOf('<', p + 1);
        if (lt < 0) {
            break;
        }
        const gt = xml.indexOf('>', lt);
        if (gt < 0) {
            throw new XmlError(`en tagg avslutas aldrig (tecken ${lt})`);
        }
        const tag = tagName(xml, lt + 1);
        p = gt;
        if (tag === 'row') {
            const r = numberAttribute(xml, lt, gt, 'r');
            rowNumber = r > 0 ? r : rowNumber + 1;
            if (rowNumber > MAX_ROWS) {
                throw new XmlError(`rad ${rowNumber} är längre ned än Excels sista rad`);
            }
            cells = [];
            column = -1;
            if (xml.charCodeAt(gt - 1) === 47) {
                cells = undefined;
            }
        } else if (tag === '/row') {
            if (cells !== undefined && cells.length > 0) {
                rows.set(rowNumber, cells);
                width = Math.max(width, cells.length);
            }
            cells = undefined;
        } else if (tag === 'c') {
            const reference = textAttribute(xml, lt, gt, 'r');
            column = reference !== undefined ? columnIndex(reference) : column + 1;
            if (column < 0 || column >= MAX_COLUMNS) {
                throw new XmlError(`cellen ${reference ?? '?'} har ingen giltig kolumn`);
            }
            if (xml.charCodeAt(gt - 1) === 47) {
                continue; // <c r="B2" s="1"/>: an empty, formatted cell
            }
            let end: number;
            let text: string;
            const type = textAttribute(xml, lt, gt, 't');
            // The usual cell, `<c r="B2"><v>87.5</v></c>`, read without slicing its content first.
            if (xml.startsWith('<v>', gt + 1) && type !== 'inlineStr') {
                const valueEnd = xml.indexOf('<', gt + 4);
                if (valueEnd < 0) throw new XmlError(`cellen ${reference ?? '?'} avslutas aldrig`);
                end = valueEnd;
                text = typedText(xml.slice(gt + 4, valueEnd), type, sharedStrings, asText);
            } else {
                end = findClose(xml, gt, 'c');
                text = cellText(xml.slice(gt + 1, end), type, sharedStrings, asText);
            }
            p = end;
            if (text.length > 0) {
                if (cells === undefined) {
                    // A cell outside any <row>: broken, but its row is unknown.
                    throw new XmlError('en cell står utanför en rad');
                }
                while (cells.length < column) {
                    cells.push('');
                }
                cells[column] = text;
            }
        } else if (tag === '/sheetData') {
            break;
        }
    }
    return { rows, width };
}

function cellText(
    content: string,
    type: string | undefined,
    sharedStrings: readonly string[],
    asText: (text: string) => string
): string {
    if (type === 'inlineStr') {
        return asText(inlineText(content));
    }
    const value = valueOf(content);
    return value === undefined ? '' : typedText(value, type, sharedStrings, asText);
}

/** A `<v>`'s text as the reader sees it, by the cell's type. */
function typedText(
    value: string,
    type: string | undefined,
    sharedStrings: readonly string[],
    asText: (text: string) => string
): string {
    switch (type) {
        case 's': {
            const text = sharedStrings[Number(value)];
            if (text === undefined) {
                throw new XmlError(`cellen pekar på delad text nummer ${value}, som inte finns`);
            }
            return text;
        }
        case 'b':
            return value.trim() === '1' ? 'SANT' : 'FALSKT';
        case 'str':
        case 'e':
        case 'd':
            return asText(xmlText(value));
        default:
            // A number: `<v>` holds the stored double in its shortest round-trip form.
            return value.trim();
    }
}

function valueOf(content: string): string | undefined {
    const open = content.search(/<(?:[\w.-]+:)?v[\s>]/);
    if (open < 0) {
        return undefined;
    }
    const start = content.indexOf('>', open) + 1;
    if (content.charCodeAt(start - 2) === 47) {
        return undefined;
    }
    const end = content.indexOf('<', start);
    return end < 0 ? undefined : content.slice(start, end);
}

function inlineText(content: string): string {
    let text = '';
    const t = /<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)</g;
    for (let match = t.exec(content); match !== null; match = t.exec(content)) {
        text += xmlText(match[1] ?? '');
    }
    return text;
}

/** Position of `</c>` (any prefix) after `from`. */
function findClose(xml: string, from: number, name: string): number {
    let p = from;
    for (;;) {
        const close = xml.indexOf('</', p);
        if (close < 0) {
            throw new XmlError(`elementet <${name}> avslutas aldrig`);
        }
        if (localName(xml, close + 2) === name) {
            return close;
        }
        p = close + 2;
    }
}

/** The tag name after `<` without its prefix, `/` kept for end tags: `row`, `/row`, `c`. */
function localName(xml: string, start: number): string {
    let end = start;
    for (;;) {
        const ch = xml.charCodeAt(end);
        // Stop at whitespace, `>`, `/` (after the first character) and the end.
        if (
            Number.isNaN(ch) ||
            ch === 32 ||
            ch === 9 ||
            ch === 10 ||
            ch === 13 ||
            ch === 62 ||
            (ch === 47 && end > start)
        ) {
            break;
        }
        end++;
    }
    const name = xml.slice(start, end);
    const colon = name.indexOf(':');
    if (colon < 0) {
        return name;
    }
    return name.startsWith('/') ? `/${name.slice(colon + 1)}` : name.slice(colon + 1);
}

/** The value of ` name="…"` in the tag `xml[start, end)`, found without slicing the tag. */
function textAttribute(xml: string, start: number, end: number, name: string): string | undefined {
    const at = xml.indexOf(` ${name}="`, start);
    if (at < 0 || at > end) {
        return undefined;
    }
    const valueStart = at + name.length + 3;
    const valueEnd = xml.indexOf('"', valueStart);
    return valueEnd < 0 || valueEnd > end ? undefined : xml.slice(valueStart, valueEnd);
}

function numberAttribute(xml: string, start: number, end: number, name: string): number {
    const text = textAttribute(xml, start, end, name);
    return text === undefined ? -1 : Number(text);
}

/** The tag after `<`, the common unprefixed names told by their characters without making a string. */
function tagName(xml: string, start: number): string {
    // A fast path only: for each of these names localName gives the same answer, so a mutant that makes a test
    // here fail (or pass for another tag in the scanned loop, where only row and c elements are met) changes nothing.
    // Stryker disable all: equivalent, see above
    const first = xml.charCodeAt(start);
    const after = (n: number) => {
        const ch = xml.charCodeAt(start + n);
        return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
    };
    if (first === 99 && after(1)) return 'c';
    if (first === 114 && xml.startsWith('ow', start + 1) && after(3)) return 'row';
    if (first === 47 && xml.startsWith('row', start + 1) && after(4)) return '/row';
    if (first === 47 && xml.startsWith('c', start + 1) && after(2)) return '/c';
    // Stryker restore all
    return localName(xml, start);
}

/** `AB12` → 27 (0-based column); -1 when the reference has no letters. */
export function columnIndex(reference: string): number {
    let column = 0;
    let i = 0;
    for (; i < reference.length; i++) {
        const c = reference.charCodeAt(i) | 32;
        if (c < 97 || c > 122) {
            break;
        }
        column = column * 26 + (c - 96);
        if (column > MAX_COLUMNS) {
            return -1;
        }
    }
    return i === 0 ? -1 : column - 1;
}
