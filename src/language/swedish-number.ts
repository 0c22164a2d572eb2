/**
 * A fraction written where a percentage is meant (0,8755 for 87,55 %), as the percentage: the one conversion the
 * percentage-as-fraction check names and its quick fix writes, exact but for binary noise (0,29 × 100 is 28,999…).
 */
export function fractionAsPercent(value: number): number {
    return Math.round(value * 100 * 1e6) / 1e6;
}
