/**
 * A single-pass CSV scanner over decoded text. It records where each field of the current row starts and ends
 * instead of building strings, so a reader can compare, parse numbers and intern codes straight from the text.
 * RFC 4180 quoting (`"a;b"`, `""` for a quote, line breaks inside quotes), CRLF, LF and lone CR.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

export type Separator = ';' | ',' | '\t';

export class CsvScanner {
    /** Field ranges of the current row: `[starts[i], ends[i])`, quotes excluded. */
    starts = new Int32Array(16);
    ends = new Int32Array(16);
    /** 1 when field i was quoted and holds `""` escapes, so its text must be unescaped. */
    escaped = new Uint8Array(16);
    /** Fields in the current row. */
    count = 0;
    /** 1-based line where the current row starts. */
    line = 0;
    private pos: number;
    private nextLine: number;
    private readonly sep: number;

    constructor(
        readonly text: string,
        separator: Separator,
        start = 0,
        startLine = 1
    ) {
        this.sep = separator.charCodeAt(0);
        this.pos = start;
        this.nextLine = startLine;
    }

    /** Moves to the next row; false at the end of the text. */
    next(): boolean {
        const text = this.text;
        const len = text.length;
        const sep = this.sep;
        let p = this.pos;
        if (p >= len) {
            return false;
        }
        this.line = this.nextLine;
        let n = 0;
        for (;;) {
            if (n === this.starts.length) {
                this.grow();
            }
            let c = p < len ? text.charCodeAt(p) : -1;
            if (c === QUOTE) {
                const open = p + 1;
                let q = open;
                let escapes = 0;
                let close: number;
                for (;;) {
                    close = text.indexOf('"', q);
                    if (close < 0) {
                        close = len;
                        break;
                    }
                    if (text.charCodeAt(close + 1) === QUOTE) {
                        escapes = 1;
                        q = close + 2;
                        continue;
                    }
                    break;
                }
                this.starts[n] = open;
                this.ends[n] = close;
                this.escaped[n] = escapes;
                this.nextLine += countLineBreaks(text, open, close);
                p = close + 1;
                // Text after the closing quote (`"a"b;`) is not valid CSV; skipping it keeps the row aligned.
                while (p < len) {
                    c = text.charCodeAt(p);
                    if (c === sep || c === LF || c === CR) {
                        break;
                    }
                    p++;
                }
            } else {
                const s = p;
                while (p < len) {
                    c = text.charCodeAt(p);
                    if (c === sep || c === LF || c === CR) {
                        break;
                    }
                    p++;
                }
                this.starts[n] = s;
                this.ends[n] = p;
                this.escaped[n] = 0;
            }
            n++;
            if (p >= len) {
                break;
            }
            c = text.charCodeAt(p);
            if (c === sep) {
                p++;
                continue;
            }
            p++;
            if (c === CR && p < len && text.charCodeAt(p) === LF) {
                p++;
            }
            this.nextLine++;
            break;
        }
        this.pos = p;
        this.count = n;
        return true;
    }

    /** The trimmed, unescaped text of field i ('' when the row has no such field). */
    field(i: number): string {
        if (i >= this.count) {
            return '';
        }
        const raw = this.text.slice(this.starts[i], this.ends[i]);
        return (this.escaped[i] ? raw.replace(/""/g, '"') : raw).trim();
    }

    /** True when every field of the row is empty or blank (blank lines, Excel's `;;;` rows). */
    isBlank(): boolean {
        for (let i = 0; i < this.count; i++) {
            const end = this.ends[i] as number;
            if (trimStart(this.text, this.starts[i] as number, end) < end) {
                return false;
            }
        }
        return true;
    }

    /** True when every field from `first` on is empty or blank (trailing separators). */
    isBlankFrom(first: number): boolean {
        for (let i = first; i < this.count; i++) {
            const end = this.ends[i] as number;
            if (trimStart(this.text, this.starts[i] as number, end) < end) {
                return false;
            }
        }
        return true;
    }

    private grow(): void {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        starts.set(this.starts);
        const ends = new Int32Array(size);
        ends.set(this.ends);
        const escaped = new Uint8Array(size);
        escaped.set(this.escaped);
        this.starts = starts;
        this.ends = ends;
        this.escaped = escaped;
    }
}

export function trimStart(text: string, start: number, end: number): number {
    while (start < end) {
        const c = text.charCodeAt(start);
        if (c !== SPACE && c !== TAB && c !== 0xa0) {
            break;
        }
        start++;
    }
    return start;
}

export function trimEnd(text: string, start: number, end: number): number {
    while (end > start) {
        const c = text.charCodeAt(end - 1);
        if (c !== SPACE && c !== TAB && c !== 0xa0) {
            break;
        }
        end--;
    }
    return end;
}

function countLineBreaks(text: string, start: number, end: number): number {
    let lines = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
            lines++;
        }
    }
    return lines;
}

/**
 * The separator of a header line: the most frequent of `;`, tab and `,` outside quotes. Ties go to `;` and
 * tab, because a comma may also be a decimal comma in a Swedish file while the others never are data.
 */
export function detectSeparator(line: string): Separator | undefined {
    let semicolons = 0;
    let tabs = 0;
    let commas = 0;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (c === QUOTE) {
            quoted = !quoted;
        } else if (!quoted) {
            if (c === 59) {
                semicolons++;
            } else if (c === TAB) {
                tabs++;
            } else if (c === 44) {
                commas++;
            }
        }
    }
    const best = Math.max(semicolons, tabs, commas);
    if (best === 0) {
        return undefined;
    }
    if (semicolons === best) {
        return ';';
    }
    return tabs === best ? '\t' : ',';
}
