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

/** Swedish abbreviations whose last point does not end a sentence (`t.ex. N00001`, `bl.a. Kolada`). */
const ABBREVIATION =
    /(?:^|[\s(”"])(?:t\.ex|bl\.a|m\.m|m\.fl|d\.v\.s|dvs|o\.s\.v|osv|s\.k|fr\.o\.m|t\.o\.m|jfr|resp|ca|nr|kl|st)\.$/i;

/**
 * The first sentence of a text from the model (a motivation) or a message: up to the first `.`, `!` or `?` that
 * ends a sentence; the point of an abbreviation does not.
 */
export function firstSentence(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    for (const end of flat.matchAll(/[.!?](?=\s+[A-ZÅÄÖ0-9"”(])/g)) {
        const sentence = flat.slice(0, end.index + 1);
        // The end of the sentence is enough: an abbreviation is at most 7 characters and the one before it.
        // Stryker disable next-line MethodExpression: the whole sentence gives the same answer, only slower.
        if (!ABBREVIATION.test(sentence.slice(-8))) {
            return sentence;
        }
    }
    return flat;
}
