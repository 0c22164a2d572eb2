/**
 * Whether a changed condition became easier (sänkt) or harder (höjd) to meet, judged by the set of values
 * that satisfy it, whatever the operators: a condition is weakened when the values that satisfy it after the
 * change strictly contain those that did before (more outcomes reach the status), raised when they are strictly
 * contained, the same when the sets are equal, and incomparable (ändrad) when neither contains the other.
 *
 * This needs no direction: `högre är bättre` or not, a status that more values reach is easier to get.
 *
 * Each part `BAS OP TAL` is an interval of the base's values; the parts of an `och` on one base intersect to one
 * interval, and the condition is the product of its bases' intervals (a base the condition does not use is
 * unconstrained). Bases are compared as independent: `rang` and `kvartil`, or `rang` and `rang i Länet`, are
 * different bases, so a condition moved from one to another is ändrad. Ranks are whole numbers from 1 and
 * quartiles whole numbers 1 to 4, so `rang < 11` is `rang <= 10` and `kvartil <= 1` is `kvartil = 1`.
 * An absent condition is satisfied by nothing: a threshold that appears is easier, one that goes is harder.
 */
import { baseKey } from '../fulfilment/decide.js';
import { round10 } from '../fulfilment/numbers.js';
import type { Base, Comparison, Condition } from '../model/model-view.js';

export type Strength = 'weakened' | 'raised' | 'same' | 'incomparable';

/** The values of one base that satisfy some parts: from `low` to `high`, each end included or not. */
interface Interval {
    low: number;
    lowIncluded: boolean;
    high: number;
    highIncluded: boolean;
}

const EVERYTHING: Interval = { low: -Infinity, lowIncluded: false, high: Infinity, highIncluded: false };

/** The whole numbers a base can take, when it only takes whole numbers. */
function wholeRange(base: Base): { min: number; max: number } | undefined {
    switch (base.kind) {
        case 'rank':
            return { min: 1, max: Infinity };
        case 'quartile':
            return { min: 1, max: 4 };
        default:
            return undefined;
    }
}

function partInterval(part: Comparison): Interval {
    const n = round10(part.value);
    switch (part.operator) {
        case '>=':
            return { ...EVERYTHING, low: n, lowIncluded: true };
        case '>':
            return { ...EVERYTHING, low: n, lowIncluded: false };
        case '<=':
            return { ...EVERYTHING, high: n, highIncluded: true };
        case '<':
            return { ...EVERYTHING, high: n, highIncluded: false };
        case '=':
            return { low: n, lowIncluded: true, high: n, highIncluded: true };
    }
}

function intersect(a: Interval, b: Interval): Interval {
    const low = a.low > b.low ? a : b.low > a.low ? b : { low: a.low, lowIncluded: a.lowIncluded && b.lowIncluded };
    const high =
        a.high < b.high ? a : b.high < a.high ? b : { high: a.high, highIncluded: a.highIncluded && b.highIncluded };
    return { low: low.low, lowIncluded: low.lowIncluded, high: high.high, highIncluded: high.highIncluded };
}

/** On a whole-number base, the interval as its smallest and greatest whole numbers, both included. */
function toWhole(interval: Interval, range: { min: number; max: number }): Interval {
    let low = interval.lowIncluded ? Math.ceil(interval.low) : Math.floor(interval.low) + 1;
    let high = interval.highIncluded ? Math.floor(interval.high) : Math.ceil(interval.high) - 1;
    low = Math.max(low, range.min);
    high = Math.min(high, range.max);
    return { low, lowIncluded: true, high, highIncluded: true };
}

function isEmpty(i: Interval): boolean {
    return i.low > i.high || (i.low === i.high && !(i.lowIncluded && i.highIncluded));
}

/** Whether `outer` holds every value of `inner` (both non-empty). */
function contains(outer: Interval, inner: Interval): boolean {
    const lowOk = outer.low < inner.low || (outer.low === inner.low && (outer.lowIncluded || !inner.lowIncluded));
    const highOk =
        outer.high > inner.high || (outer.high === inner.high && (outer.highIncluded || !inner.highIncluded));
    return lowOk && highOk;
}

/** The condition as one interval per base it uses; undefined when no value satisfies it. */
function satisfyingSet(condition: Condition): Map<string, Interval> | undefined {
    const bases = new Map<string, { base: Base; interval: Interval }>();
    for (const part of condition.parts) {
        const key = baseKey(part.base);
        const known = bases.get(key);
        const interval = partInterval(part);
        bases.set(key, { base: part.base, interval: known ? intersect(known.interval, interval) : interval });
    }
    const set = new Map<string, Interval>();
    for (const [key, { base, interval }] of bases) {
        const range = wholeRange(base);
        const normal = range ? toWhole(interval, range) : interval;
        if (isEmpty(normal)) return undefined;
        // A whole-number base constrained to everything it can take is not constrained at all.
        if (range && normal.low === range.min && normal.high === range.max) continue;
        set.set(key, normal);
    }
    return set;
}

/** Whether the product set `outer` holds every point of `inner` (both non-empty). */
function holdsAll(outer: Map<string, Interval>, inner: Map<string, Interval>): boolean {
    for (const [key, interval] of outer) {
        if (!contains(interval, inner.get(key) ?? EVERYTHING)) return false;
    }
    return true;
}

/** Compares two versions of one condition (`hel` or `halv`); undefined means the threshold is absent. */
export function compareConditions(before: Condition | undefined, after: Condition | undefined): Strength {
    const b = before ? satisfyingSet(before) : undefined;
    const a = after ? satisfyingSet(after) : undefined;
    if (!b && !a) return 'same';
    if (!b) return 'weakened';
    if (!a) return 'raised';
    const afterHoldsBefore = holdsAll(a, b);
    const beforeHoldsAfter = holdsAll(b, a);
    if (afterHoldsBefore && beforeHoldsAfter) return 'same';
    if (afterHoldsBefore) return 'weakened';
    if (beforeHoldsAfter) return 'raised';
    return 'incomparable';
}
