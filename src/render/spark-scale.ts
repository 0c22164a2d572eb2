/**
 * How much of a change a small chart may stretch over its whole height (READERS.md 5): never less than what
 * separates the measure's `hel` and `halv` bounds, or 5 % of its value where the thresholds give no such
 * distance. A 0,3-point dip of a measure whose bounds lie 5 points apart is then a small dip, as it should be.
 */
import type { MeasureView, ThresholdLine } from '../model/model-view.js';

/** Share of the value used when the thresholds do not say how far apart hel and halv are. */
const VALUE_SHARE = 0.05;

/**
 * The distance between a `hel` and a `halv` bound on the same base (`värde >= 90` and `värde >= 85`: 5;
 * `skillnad mot riket >= 0` and `>= -3`: 3), taking the largest where several pairs exist; 0 when none pair up.
 */
export function boundDistance(thresholds: readonly ThresholdLine[]): number {
    let distance = 0;
    for (const full of thresholds.filter(line => line.level === 'full')) {
        for (const half of thresholds.filter(line => line.level === 'half')) {
            for (const a of full.condition.parts) {
                for (const b of half.condition.parts) {
                    // Rank and quartile bounds are not on the value axis.
                    const onValueAxis = a.base.kind !== 'rank' && a.base.kind !== 'quartile';
                    if (onValueAxis && JSON.stringify(a.base) === JSON.stringify(b.base)) {
                        distance = Math.max(distance, Math.abs(a.value - b.value));
                    }
                }
            }
        }
    }
    return distance;
}

/** The least value range a measure's sparkline spans. */
export function measureMinSpan(view: Pick<MeasureView, 'thresholds'>, values: readonly (number | null)[]): number {
    const bounds = boundDistance(view.thresholds);
    if (bounds > 0) {
        return bounds;
    }
    const largest = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)).map(Math.abs));
    return largest > 0 ? largest * VALUE_SHARE : 1;
}

/** The least range (in percent) a goal's fulfilment sparkline spans: the distance between the model's bounds. */
export function goalMinSpan(bounds: { achieved: number; partly: number }): number {
    return Math.abs(bounds.achieved - bounds.partly) * 100;
}
