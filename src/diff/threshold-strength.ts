import type { Comparison, Condition } from '../model/model-view.js';

/**
 * Whether a changed threshold became easier (sänkt) or harder (höjd) to reach.
 */
export type Strength = 'weakened' | 'raised' | 'same' | 'incomparable';

function baseKey(c: Comparison): string {
    const base = c.base as { kind: string; group?: string };
    return `${base.kind}:${base.group ?? ''}`;
}

/**
 * +1 when a larger threshold number is easier to reach, -1 when harder. The operator says which end the
 * planner aims at: `värde >= 90` is easier with a smaller number, `rang <= 10` or `värde <= 6` with a larger one.
 */
function easierWhenLarger(c: Comparison): number {
    return c.operator.startsWith('>') ? -1 : 1;
}

function comparePart(before: Comparison, after: Comparison): Strength {
    const sameFamily = before.operator[0] === after.operator[0];
    if (!sameFamily || before.operator === '=' || after.operator === '=') {
        return before.operator === after.operator && before.value === after.value ? 'same' : 'incomparable';
    }
    const sign = easierWhenLarger(after);
    if (before.value !== after.value) return (after.value - before.value) * sign > 0 ? 'weakened' : 'raised';
    if (before.operator === after.operator) return 'same';
    // Same number: `>=` is easier than `>`, `<=` easier than `<`.
    return after.operator.length > before.operator.length ? 'weakened' : 'raised';
}

function combine(strengths: Strength[]): Strength {
    const set = new Set(strengths.filter(s => s !== 'same'));
    if (set.size === 0) return 'same';
    if (set.size === 1) return [...set][0];
    return 'incomparable';
}

/** Compares two versions of one condition (`hel` or `halv`); undefined means the threshold is absent. */
export function compareConditions(before: Condition | undefined, after: Condition | undefined): Strength {
    if (!before && !after) return 'same';
    // A threshold that appears gives a score that was not possible before: easier. One that goes: harder.
    if (!before) return 'weakened';
    if (!after) return 'raised';
    const strengths: Strength[] = [];
    const afterByKey = new Map(after.parts.map(p => [baseKey(p), p]));
    const beforeKeys = new Set(before.parts.map(baseKey));
    for (const part of before.parts) {
        const match = afterByKey.get(baseKey(part));
        // A part of an `och` that is dropped makes the condition easier.
        strengths.push(match ? comparePart(part, match) : 'weakened');
    }
    for (const part of after.parts) {
        if (!beforeKeys.has(baseKey(part))) strengths.push('raised');
    }
    return combine(strengths);
}
