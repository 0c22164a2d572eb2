/** Parses `87,5`, `87.5`, `-5` and `−5` (U+2212, as word processors write it). */
export function parseSwedishNumber(text: string): number {
    return Number(text.replace('\u2212', '-').replace(',', '.'));
}

/** Writes a number the way planners type it: decimal comma, no trailing zeros. */
export function formatSwedishNumber(value: number): string {
    return String(value).replace('.', ',');
}
