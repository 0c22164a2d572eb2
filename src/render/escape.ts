/** Escaping for the three places text from a model ends up: HTML, an inline JSON script, and Markdown. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value in HTML (both quotes escaped, so it is safe in either kind of attribute). */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]!);
}

/** A value inside a double-quoted attribute, apostrophes left as they are (CSP sources read better). */
export function escapeAttribute(text: string): string {
    return text.replace(/[&<>"]/g, c => HTML_ESCAPES[c]!);
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` as `\u00XX` escapes (so no
 * `</script>` or `<!--` can end or change the element), and U+2028/U+2029 escaped. `JSON.parse` of the
 * element's text gives the value back unchanged.
 */
export function jsonForScript(value: unknown): string {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

/**
 * Script text that can sit inside an inline `<script>`: a `</script` or `<!--` in a string literal is
 * written `<\/script` and `<\!--`, which JavaScript reads as the same string.
 */
export function scriptForInline(script: string): string {
    return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Text in Markdown: characters that would start emphasis, code, links, HTML, an entity (`&amp;`) or a table cell are
 * backslash-escaped, and line breaks become spaces (a title never breaks a table row or a heading).
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|#&]/g, c => `\\${c}`);
}
