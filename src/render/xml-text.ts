/**
 * XML 1.0 cannot hold C0 control characters (but tab and line breaks), U+FFFE, U+FFFF or a lone surrogate; one
 * in a title makes a Word or Excel file that does not open (issue 18). The Office writers remove them, here.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML cannot hold. */
export function xmlText(text: string): string {
    return text.replace(NOT_XML, '');
}

/**
 * A copy of a plain value (the render input: objects, arrays, strings, numbers) with every string made
 * xmlText, for writers such as the docx library that build their XML from many fields. An object met twice is
 * copied once, so the copy keeps the input's sharing.
 */
export function withXmlText<T>(value: T, copies = new Map<object, unknown>()): T {
    if (typeof value === 'string') return xmlText(value) as T;
    if (value === null || typeof value !== 'object') return value;
    const known = copies.get(value);
    if (known !== undefined) return known as T;
    if (Array.isArray(value)) {
        const copy: unknown[] = [];
        copies.set(value, copy);
        for (const item of value) copy.push(withXmlText(item, copies));
        return copy as T;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const copy: Record<string, unknown> = {};
    copies.set(value, copy);
    for (const [key, item] of Object.entries(value)) copy[key] = withXmlText(item, copies);
    return copy as T;
}
