/**
 * The largest number a model may write (in absolute value): 10^15, above any count, amount or rate a
 * municipality follows up, and small enough that sums, differences, ratios and percentages of such numbers stay
 * finite and exact to the cent. A 400-digit `vikt` parses as Infinity and `1e307` overflows on the first
 * multiplication (issue 18); such a number is an error on its line, so the engine never sees one.
 */
export const LARGEST_MODEL_NUMBER = 1e15;

export function numberFits(value: number): boolean {
    return Number.isFinite(value) && Math.abs(value) <= LARGEST_MODEL_NUMBER;
}
