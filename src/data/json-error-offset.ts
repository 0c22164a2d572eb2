/**
 * Where a text stops being JSON, for the errors whose message gives no position: V8 writes `Unexpected token 'x',
 * "…" is not valid JSON` with a quote of the text instead of an offset, and a planner still needs the line.
 * A small state machine over the grammar of RFC 8259; it only finds the first offending character.
 */

type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

function skipSpace(text: string, at: number): number {
    let i = at;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
        i++;
    }
    return i;
}

/** The end of the string starting at `at` (its opening quote), or the negated offset of its first error minus 1. */
function stringEnd(text: string, at: number): number {
    let i = at + 1;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 34) return i + 1;
        if (c < 32) return -i - 1;
        if (c === 92) {
            const escape = text[i + 1];
            if (escape === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i - 1;
                i += 6;
            } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
            else return -i - 1;
        } else i++;
    }
    return -text.length - 1;
}

/** The end of the number or literal starting at `at`, or -1 when none starts there. */
function scalarEnd(text: string, at: number): number {
    NUMBER.lastIndex = at;
    if (NUMBER.test(text)) return NUMBER.lastIndex;
    const literal = LITERALS.find(word => text.startsWith(word, at));
    return literal ? at + literal.length : -1;
}

/** The offset of the first character that makes `text` invalid JSON (its length when it ends too early); -1 if valid. */
export function jsonErrorOffset(text: string): number {
    const open: string[] = [];
    let state: State = 'value';
    let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
    for (; ; i = skipSpace(text, i)) {
        if (i >= text.length) return state === 'after' && open.length === 0 ? -1 : text.length;
        const c = text[i];
        if (state === 'after') {
            const top = open.at(-1);
            if (c === ',' && top) state = top === '[' ? 'value' : 'key';
            else if ((c === ']' && top === '[') || (c === '}' && top === '{')) open.pop();
            else return i;
            i++;
        } else if ((state === 'value-or-close' && c === ']') || (state === 'key-or-close' && c === '}')) {
            open.pop();
            state = 'after';
            i++;
        } else if (state === 'key' || state === 'key-or-close') {
            if (c !== '"') return i;
            const end = stringEnd(text, i);
            if (end < 0) return -end - 1;
            i = skipSpace(text, end);
            if (text[i] !== ':') return Math.min(i, text.length);
            state = 'value';
            i++;
        } else if (c === '[' || c === '{') {
            open.push(c);
            state = c === '[' ? 'value-or-close' : 'key-or-close';
            i++;
        } else {
            const end = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
            if (end < 0) return c === '"' ? -end - 1 : i;
            state = 'after';
            i = end;
        }
    }
}
