/**
 * Diff of the plan over the years (LANGUAGE.md section 7): threshold lines matched by level and `från`,
 * and the `målvärde` series. A new `från` line is ranked against the line it replaces in its year.
 */
import { conditionText } from '../fulfilment/index.js';
import { applicableLine, applicableTarget } from '../fulfilment/plan.js';
import { LEVEL_STATUS } from '../fulfilment/status.js';
import { formatModelNumber } from '../model/model-number.js';
import type { MeasureView, ThresholdLine } from '../model/model-view.js';
import { type ChangeKind, change, type ModelChange } from './changes.js';
import { compareConditions, type Strength } from './threshold-strength.js';

export function lineText(line: ThresholdLine | undefined): string | null {
    if (!line) return null;
    const from = line.from === undefined ? '' : ` från ${line.from}`;
    return `${LEVEL_STATUS[line.level]} när ${conditionText(line.condition)}${from}`;
}

function lineKey(line: ThresholdLine): string {
    return `${line.level}:${line.from ?? ''}`;
}

function ranking(strength: Strength, from?: number): Partial<ModelChange> {
    const when = from === undefined ? '' : ` från ${from}`;
    return {
        weakened: strength === 'weakened',
        raised: strength === 'raised',
        note:
            strength === 'weakened'
                ? `sänkt${when}`
                : strength === 'raised'
                  ? `höjd${when}`
                  : strength === 'incomparable'
                    ? 'ändrad: varken sänkt eller höjd'
                    : 'samma krav, annan skrivning',
        ...(from === undefined ? {} : { from })
    };
}

/**
 * Threshold lines matched by level and `från`. A line on one side only is compared with the line that
 * applies in its year on the other side: a new `från 2027` line with what applied in 2027 before, a removed
 * one with what applies in its year now. A line without `från` on one side only is compared with nothing.
 */
export function diffThresholdLines(id: string, old: MeasureView, measure: MeasureView): ModelChange[] {
    const changes: ModelChange[] = [];
    const first = (lines: readonly ThresholdLine[]) => {
        const map = new Map<string, ThresholdLine>();
        for (const line of lines) if (!map.has(lineKey(line))) map.set(lineKey(line), line);
        return map;
    };
    const before = first(old.thresholds);
    const after = first(measure.thresholds);
    const keys = [...new Set([...before.keys(), ...after.keys()])];
    for (const key of keys) {
        const b = before.get(key);
        const a = after.get(key);
        const line = (a ?? b)!;
        const word = LEVEL_STATUS[line.level];
        const changeId = line.from === undefined ? `${id}.${word}` : `${id}.${word}.${line.from}`;
        if (a && b) {
            if (lineText(a) === lineText(b)) continue;
            changes.push(
                change(
                    'threshold-changed',
                    changeId,
                    lineText(b),
                    lineText(a),
                    ranking(compareConditions(b.condition, a.condition), line.from)
                )
            );
        } else if (a) {
            // What applied in the new line's year before it was written (nothing for a line without `från`).
            const replaced = a.from === undefined ? undefined : applicableLine(old.thresholds, a.level, a.from);
            changes.push(
                change(
                    'threshold-added',
                    changeId,
                    lineText(replaced),
                    lineText(a),
                    ranking(compareConditions(replaced?.condition, a.condition), a.from)
                )
            );
        } else if (b) {
            const replacing = b.from === undefined ? undefined : applicableLine(measure.thresholds, b.level, b.from);
            changes.push(
                change(
                    'threshold-removed',
                    changeId,
                    lineText(b),
                    lineText(replacing),
                    ranking(compareConditions(b.condition, replacing?.condition), b.from)
                )
            );
        }
    }
    return changes;
}

/**
 * `målvärde` by year: every year written on either side is compared through the step function, so a line
 * that moves the target for later years as well is reported once, at its own year. A lower target is sänkt
 * for `högre är bättre` (and a higher one for `lägre är bättre`).
 */
export function diffTargets(id: string, old: MeasureView, measure: MeasureView): ModelChange[] {
    const changes: ModelChange[] = [];
    const years = [...new Set([...(old.target ?? []), ...(measure.target ?? [])].map(p => p.year))].sort(
        (x, y) => x - y
    );
    for (const year of years) {
        const b = (old.target ?? []).find(p => p.year === year);
        const a = (measure.target ?? []).find(p => p.year === year);
        if (a?.value === b?.value) continue;
        const bValue = applicableTarget(old, year)?.value;
        const aValue = applicableTarget(measure, year)?.value;
        const text = (value: number | undefined) =>
            value === undefined ? null : `målvärde ${year}: ${formatModelNumber(value)}`;
        let strength: Strength = 'incomparable';
        if (bValue !== undefined && aValue !== undefined && measure.direction !== undefined) {
            const easier = measure.direction === 'higher' ? aValue < bValue : aValue > bValue;
            strength = aValue === bValue ? 'same' : easier ? 'weakened' : 'raised';
        }
        const kind: ChangeKind = !b ? 'target-added' : !a ? 'target-removed' : 'target-changed';
        const extra = ranking(strength, year);
        if (strength === 'incomparable') extra.note = 'nytt målvärde';
        changes.push(change(kind, `${id}.målvärde.${year}`, text(bValue), text(aValue), extra));
    }
    return changes;
}
