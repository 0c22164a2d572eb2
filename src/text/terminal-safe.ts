/**
 * Text for a terminal: control characters from a model or data file (ESC starts a sequence that can set the
 * window title, clear the screen or colour a fake "0 fel") are shown in a visible escaped form instead, as
 * `\u001b`, `\u009b` or `\u202e` (CLI.md "Every command"). Tab stays; a line break stays only where the caller
 * allows it (a message's own layout), never inside a quoted name. Bidirectional overrides and isolates are
 * escaped too, since they reorder what the reader sees.
 */
const UNSAFE = /(?![\t\n])[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;
const UNSAFE_WITH_NEWLINES = /(?!\t)[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/** `\u001b`: visible, and in JSON output the same character as an escape, so the JSON stays valid. */
function visible(char: string): string {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `text` with every control character but tab and line feed escaped, for output that has lines of its own. */
export function terminalSafe(text: string): string {
    return text.replace(UNSAFE, visible);
}

/** `text` on one line: line breaks are escaped too (a file name, a message in a one-line format). */
export function terminalSafeLine(text: string): string {
    return text.replace(UNSAFE_WITH_NEWLINES, visible);
}
