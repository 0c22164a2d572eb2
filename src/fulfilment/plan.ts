/**
 * Targets that change over the years (LANGUAGE.md section 7): which `hel`/`halv` line applies in a year,
 * and the step function of `målvärde`.
 */
import type { MeasureView, SeriesPoint, ThresholdLine } from '../model/model-view.js';

/**
 * The line of `level` that applies in `year`: the one with the greatest `från` at or before the year; a line
 * without `från` applies to every year before the first `från` (and to all years when it is the only one).
 * undefined: the level does not exist that year. Two lines with the same `från` are an error the checks
 * report; the first one written counts here.
 */
export function applicableLine(
    lines: readonly ThresholdLine[],
    level: ThresholdLine['level'],
    year: number
): ThresholdLine | undefined {
    let dated: ThresholdLine | undefined;
    let undated: ThresholdLine | undefined;
    for (const line of lines) {
        if (line.level !== level) {
            continue;
        }
        if (line.from === undefined) {
            undated ??= line;
        } else if (line.from <= year && (dated === undefined || line.from > dated.from!)) {
            dated = line;
        }
    }
    return dated ?? undated;
}

/** The `hel` and `halv` lines that apply in `year`. */
export function applicableThresholds(
    measure: MeasureView,
    year: number
): { full?: ThresholdLine; half?: ThresholdLine } {
    return {
        full: applicableLine(measure.thresholds, 'full', year),
        half: applicableLine(measure.thresholds, 'half', year)
    };
}

/**
 * The `målvärde` line that applies in `year`: the one for the year, else the latest one before it.
 * undefined when the block has none at or before the year (or the measure has no block).
 */
export function applicableTarget(measure: MeasureView, year: number): SeriesPoint | undefined {
    let best: SeriesPoint | undefined;
    for (const point of measure.target ?? []) {
        if (point.year <= year && (best === undefined || point.year > best.year)) {
            best = point;
        }
    }
    return best;
}
