import { jsonErrorOffset } from './json-error-offset.js';

/**
 * Source lines for JSON.parse's result without a position-tracking parser: one cheap scan records the line
 * of every object that is an element of an array under a `"values"` key (Kolada's entries and their inner
 * value objects, and the entries of metadata files) or of a top-level array, grouped by nesting depth
 * (the number of enclosing arrays and objects). Walking the parsed document in
 * order, the k-th such object met at depth d is the k-th recorded at depth d.
 *
 * Assumes what Kolada writes: no duplicate keys (JSON.parse keeps the last, the scan sees both).
 */
export class JsonObjectLines {
    private readonly byDepth: number[][] = [];
    private readonly taken: number[] = [];

    constructor(text: string) {
        this.scan(text);
    }

    /** Line of the next `"values"` element object at this depth (0 when the scan and the walk disagree). */
    next(depth: number): number {
        const lines = this.byDepth[depth];
        const k = this.taken[depth] ?? 0;
        this.taken[depth] = k + 1;
        return lines?.[k] ?? 0;
    }

    private scan(text: string): void {
        const len = text.length;
        // Per open container: 1 for an array that is the value of "values", 0 otherwise.
        const stack: number[] = [];
        let line = 1;
        let keyStart = -1;
        let keyEnd = -1;
        let pendingValuesKey = false;
        for (let i = 0; i < len; i++) {
            const c = text.charCodeAt(i);
            switch (c) {
                case 10: // \n
                    line++;
                    break;
                case 34: {
                    // A string: JSON strings hold no raw line breaks, so jump to the closing quote.
                    let end = text.indexOf('"', i + 1);
                    while (end > 0 && isEscaped(text, end)) {
                        end = text.indexOf('"', end + 1);
                    }
                    if (end < 0) {
                        return;
                    }
                    keyStart = i + 1;
                    keyEnd = end;
                    i = end;
                    break;
                }
                case 58: // :
                    pendingValuesKey = keyEnd - keyStart === 6 && text.startsWith('values', keyStart);
                    break;
                case 44: // ,
                    pendingValuesKey = false;
                    break;
                case 91: // [
                    // A top-level array holds pages or bare entries; either way its objects are counted.
                    stack.push(pendingValuesKey || stack.length === 0 ? 1 : 0);
                    pendingValuesKey = false;
                    break;
                case 123: {
                    // {
                    if (stack[stack.length - 1] === 1) {
                        const depth = stack.length;
                        let lines = this.byDepth[depth];
                        if (lines === undefined) {
                            lines = [];
                            this.byDepth[depth] = lines;
                        }
                        lines.push(line);
                    }
                    stack.push(0);
                    pendingValuesKey = false;
                    break;
                }
                case 93: // ]
                case 125: // }
                    stack.pop();
                    break;
                default:
                    break;
            }
        }
    }
}

function isEscaped(text: string, quote: number): boolean {
    let backslashes = 0;
    for (let i = quote - 1; i >= 0 && text.charCodeAt(i) === 92; i--) {
        backslashes++;
    }
    return backslashes % 2 === 1;
}

/**
 * The 1-based line of a JSON.parse error, from the position or line V8 puts in its message, else found by
 * reading the text; 0 only when the text is valid JSON after all.
 */
export function jsonErrorLine(text: string, error: unknown): number {
    const message = error instanceof Error ? error.message : String(error);
    const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
    if (lineMatch) {
        return Number(lineMatch[1]);
    }
    const positionMatch = /at position (\d+)/.exec(message);
    if (positionMatch) {
        return lineAt(text, Number(positionMatch[1]));
    }
    if (/end of JSON input/i.test(message)) return text.split('\n').length;
    // V8 gives no position for an unexpected token ("Unexpected token 'x', "…" is not valid JSON"): find it.
    const offset = jsonErrorOffset(text);
    return offset < 0 ? 0 : lineAt(text, offset);
}

function lineAt(text: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
}
