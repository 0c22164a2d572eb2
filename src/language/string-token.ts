import type { CustomPatternMatcherFunc } from 'chevrotain';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The line terminators that neither a string's character nor its escape (`.` in the old pattern) may be. */
function isLineTerminator(code: number): boolean {
    return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * The STRING terminal (`/"(\\.|[^"\\\r\n])*"/` in the grammar) as a linear scan. The regular expression
 * backtracks once per character and overflows V8's stack on a literal of about 5 MB (issue 18), taking every
 * command and the language server down; this loop reads any length. It matches exactly what the pattern
 * matches: an escape is a backslash and any character but a line terminator, and a string ends at its line.
 */
export const matchString: CustomPatternMatcherFunc = (text, offset) => {
    if (text.charCodeAt(offset) !== QUOTE) return null;
    let at = offset + 1;
    for (;;) {
        if (at >= text.length) return null;
        const code = text.charCodeAt(at);
        if (code === QUOTE) break;
        if (code === BACKSLASH) {
            if (at + 1 >= text.length || isLineTerminator(text.charCodeAt(at + 1))) return null;
            at += 2;
        } else if (code === 0x0a || code === 0x0d) {
            return null;
        } else {
            at++;
        }
    }
    const match = [text.slice(offset, at + 1)] as unknown as RegExpExecArray;
    return match;
};
