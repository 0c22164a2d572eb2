/**
 * The municipalities a measure is ranked and averaged among, read straight from the data store's map
 * (no copy: a model with hundreds of ranked measures would otherwise allocate one object per
 * municipality per measure and year).
 */
import type { Direction } from '../model/model-view.js';
import { round10 } from './numbers.js';

/**
 * Every municipality with a value for the year as the data store gives them, plus the model's own
 * municipality with its own value. The own value always takes part, once: it replaces the own data
 * value when the measure has `utfall` (typed values are ranked against the same population the data
 * would give), and is that data value otherwise.
 */
export interface Population {
    data: ReadonlyMap<string, number>;
    self: string;
    own: number;
}

export interface Ranking {
    /** 1 = best; ties share the better rank (1, 2, 2, 4). */
    rank: number;
    ranked: number;
    /** With a group: the members that took part (had a value), in the group's order. */
    codes?: string[];
}

/** `a` is strictly better than `b`, both already rounded (ties are equal after rounding; see numbers.ts). */
function better(a: number, b: number, higher: boolean): boolean {
    return higher ? a > b : a < b;
}

/**
 * Every municipality's rounded value for one (KPI, year, gender), ascending, shared by every model that ranks on
 * the same data map (the data store hands all models naming the same files one map per (KPI, year, gender)),
 * in both directions. Built on a map's second use: one model ranks most maps once, where a scan is cheaper than
 * a sort, while 290 models ranking the same KPI sort it once instead of scanning it 290 times.
 */
const rankTables = new WeakMap<ReadonlyMap<string, number>, Float64Array | 'seen'>();

function rankTable(data: ReadonlyMap<string, number>): Float64Array | undefined {
    const known = rankTables.get(data);
    if (known === undefined) {
        rankTables.set(data, 'seen');
        return undefined;
    }
    if (known !== 'seen') {
        return known;
    }
    const values: number[] = [];
    for (const entry of data.values()) {
        const value = round10(entry);
        // NaN is never better than anything; leaving it out keeps the table ordered.
        if (!Number.isNaN(value)) {
            values.push(value);
        }
    }
    const table = Float64Array.from(values).sort();
    rankTables.set(data, table);
    return table;
}

/** The number of values in the ascending table below `value` (`orEqual`: at most `value`). */
function countBelow(table: Float64Array, value: number, orEqual: boolean): number {
    let low = 0;
    let high = table.length;
    while (low < high) {
        const mid = (low + high) >>> 1;
        const x = table[mid] as number;
        if (x < value || (orEqual && x === value)) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low;
}

/** Rank among all municipalities with a value. */
export function rankAll(population: Population, direction: Direction): Ranking {
    const own = round10(population.own);
    const higher = direction === 'higher';
    // The own row takes part with the own value, not its data value (they differ with `utfall`).
    const selfData = population.data.get(population.self);
    const ranked = population.data.size + (selfData === undefined ? 1 : 0);
    const table = Number.isNaN(own) ? undefined : rankTable(population.data);
    if (table === undefined) {
        return { rank: countAhead(population, own, higher) + 1, ranked };
    }
    let ahead = higher ? table.length - countBelow(table, own, true) : countBelow(table, own, false);
    if (selfData !== undefined && better(round10(selfData), own, higher)) {
        ahead--;
    }
    return { rank: ahead + 1, ranked };
}

/** The others strictly better than `own`, by one scan of the map; the own row is known by its code. */
function countAhead(population: Population, own: number, higher: boolean): number {
    let ahead = 0;
    // forEach (not entries) allocates nothing per municipality.
    population.data.forEach((value, code) => {
        if (code !== population.self && better(round10(value), own, higher)) {
            ahead++;
        }
    });
    return ahead;
}

/** Rank among `members` (the municipality itself always among them) that have a value. */
export function rankAmong(population: Population, members: readonly string[], direction: Direction): Ranking {
    const own = round10(population.own);
    const higher = direction === 'higher';
    let ahead = 0;
    const codes: string[] = [];
    let sawSelf = false;
    for (const code of members) {
        if (code === population.self) {
            sawSelf = true;
            codes.push(code);
            continue;
        }
        const data = population.data.get(code);
        if (data === undefined) {
            continue;
        }
        codes.push(code);
        if (better(round10(data), own, higher)) {
            ahead++;
        }
    }
    if (!sawSelf) {
        codes.push(population.self);
    }
    return { rank: ahead + 1, ranked: codes.length, codes };
}

/** Unweighted mean of all municipalities with a value. */
export function meanAll(population: Population): { value: number; count: number } {
    let sum = population.own;
    let count = 1;
    population.data.forEach((value, code) => {
        if (code !== population.self) {
            sum += value;
            count++;
        }
    });
    return { value: sum / count, count };
}

/** Unweighted mean of the `members` that have a value; the municipality itself only if it is a member. */
export function meanAmong(
    population: Population,
    members: readonly string[]
): { value: number; count: number; codes: string[] } {
    let sum = 0;
    const codes: string[] = [];
    for (const code of members) {
        const value = code === population.self ? population.own : population.data.get(code);
        if (value !== undefined) {
            sum += value;
            codes.push(code);
        }
    }
    return { value: codes.length > 0 ? sum / codes.length : Number.NaN, count: codes.length, codes };
}
