/**
 * Numbers as the model's text writes them (LANGUAGE.md section 3): a decimal comma, no grouping, no trailing zeros,
 * an ASCII minus, full precision (`87,5`, `-5`, `0,875`). The one rule for every place that writes a number back
 * into model syntax or quotes the planner's own number: checks' messages, quick fixes, the diff's outline and
 * plan, threshold text. What a reader sees goes through render/format.ts instead (rounding, grouping, unit).
 */

/** A number in model syntax; never an exponent (`1e21` is written out), so the text parses again. */
export function formatModelNumber(value: number): string {
    const plain = String(value);
    const digits = /e/i.test(plain)
        ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
        : plain;
    return digits.replace('.', ',');
}

/** Parses `87,5`, `87.5`, `-5` and `−5` (U+2212, as word processors write it); NaN when it is no number. */
export function parseModelNumber(text: string): number {
    return Number(text.replace('\u2212', '-').replace(',', '.'));
}
