/** Small pieces of Swedish every reader text is put together from. */

/** `a`, `a och b`, `a, b och c`. */
export function joinSwedish(parts: readonly string[]): string {
    if (parts.length <= 1) {
        return parts[0] ?? '';
    }
    return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

/** The text with its first letter in upper case: a sentence's start. */
export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first sentence of a text from the model (a motivation): up to the first `.`, `!` or `?` that ends a sentence. */
export function firstSentence(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    const end = /[.!?](?=\s+[A-ZÅÄÖ0-9"”(])/.exec(flat);
    return end ? flat.slice(0, end.index + 1) : flat;
}
