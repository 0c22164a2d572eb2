/** What `\b`, `\f`, `\n`, `\r`, `\t`, `\v` and `\0` stand for; any other escaped character stands for itself. */
const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/**
 * A STRING token's value: without its quotes, escapes replaced, as Langium's `convertString` does. That one adds
 * the value character by character (`result += c`), which leaves a rope of one node per character: a 50 MB
 * string held 1.6 GB until the document was dropped (issue 18). This copies the runs between escapes.
 */
export function stringValue(token: string): string {
    const end = token.length - 1;
    let escape = token.indexOf('\\', 1);
    if (escape < 0 || escape >= end) return token.slice(1, end);
    const parts: string[] = [];
    let from = 1;
    while (escape >= 0 && escape < end) {
        parts.push(token.slice(from, escape));
        const char = token.charAt(escape + 1);
        parts.push(ESCAPES[char] ?? char);
        from = escape + 2;
        escape = token.indexOf('\\', from);
    }
    parts.push(token.slice(from, end));
    return parts.join('');
}
