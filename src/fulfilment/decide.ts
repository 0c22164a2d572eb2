/**
 * Conditions and the measure decision of LANGUAGE.md section 4.2.
 */
import type { Base, ThresholdLine } from '../model/model-view.js';
import type { Cause } from './cause.js';
import { compare } from './numbers.js';
import type { BaseResult, ComparisonResult, ConditionResult, MeasureStatus } from './result.js';
import { LEVEL_STATUS } from './status.js';
import { comparisonText, conditionText } from './text.js';

/** Identifies a base so that `rang <= 10` in `hel` and `rang <= 20` in `halv` share one computation. */
export function baseKey(base: Base): string {
    return 'group' in base && base.group !== undefined ? `${base.kind}:${base.group}` : base.kind;
}

/**
 * Every part of an `och` must hold. A part whose base cannot be computed makes the whole condition
 * undecidable, even when another part fails: the planner asked for all parts to be judged.
 */
export function evaluateCondition(line: ThresholdLine, baseFor: (base: Base) => BaseResult): ConditionResult {
    const { condition } = line;
    const which = line.level;
    const parts: ComparisonResult[] = condition.parts.map(comparison => {
        const base = baseFor(comparison.base);
        const holds = base.value === null ? null : compare(base.value, comparison.operator, comparison.value);
        return { comparison, text: comparisonText(comparison), base, holds };
    });
    const undecided = parts.find(part => part.holds === null);
    const result: ConditionResult = {
        which,
        condition,
        line: line.location,
        text: conditionText(condition),
        holds: undecided ? null : parts.every(part => part.holds === true),
        parts
    };
    if (line.from !== undefined) {
        result.from = line.from;
    }
    if (undecided?.base.cause !== undefined) {
        result.cause = undecided.base.cause;
        result.undecidedBase = undecided.base.base;
    }
    return result;
}

export interface Decision {
    status: MeasureStatus;
    score: number | null;
    decidedBy?: 'full' | 'half';
    cause?: Cause;
}

const SCORES = { full: 1, half: 0.5 } as const;

/**
 * hel when `hel` holds; else halv when `halv` holds; else ingen. The decision stops at the first condition
 * that cannot be decided: saknas, so an undecidable `hel` never falls through to `halv` (the measure might
 * have reached hel, and reporting halv would understate it). Without thresholds, or none that applies for the
 * year (section 7): ej bedömd.
 */
export function decide(full: ConditionResult | undefined, half: ConditionResult | undefined): Decision {
    const conditions = [full, half].filter((condition): condition is ConditionResult => condition !== undefined);
    if (conditions.length === 0) {
        return { status: 'ej_bedomd', score: null, cause: { kind: 'noThresholds' } };
    }
    for (const condition of conditions) {
        if (condition.holds === null) {
            return {
                status: 'saknas',
                score: null,
                decidedBy: condition.which,
                cause: condition.cause ?? { kind: 'undecidable' }
            };
        }
        if (condition.holds) {
            return {
                status: LEVEL_STATUS[condition.which],
                score: SCORES[condition.which],
                decidedBy: condition.which
            };
        }
    }
    return { status: 'ingen', score: 0, decidedBy: conditions[conditions.length - 1]!.which };
}
