/**
 * How the municipality stands among the others for one measure and year (READERS.md 4), as Kolada's
 * *Jämföraren* shows it: every municipality's value, the rank in the measure's direction, the lowest, median and
 * highest value, Riket, the members of the group the measure compares with, and kvinnor/män beside the total.
 * Computed from the data the engine already reads; the own municipality takes part with its own value (the
 * typed one when the measure has `utfall`), once, as in `rang` (population.ts), so the rank here is the rank
 * a `rang` threshold sees.
 */
import type { MeasureView } from '../model/model-view.js';
import { groupMembers } from './bases.js';
import { round10 } from './numbers.js';
import { rankAll } from './population.js';
import type { BaseResult, SourcedValue, Standing, StandingEntry } from './result.js';
import { nationalValue, population, type RunContext } from './values.js';

/** Every municipality of one data map with a finite value, in the map's order, and where its extremes are. */
interface Table {
    codes: string[];
    values: number[];
    lowest: number;
    highest: number;
    median: number;
}

/**
 * One table per data map, shared by every measure and model that reads the same map (the arrays are handed out
 * as they are and never changed). Built by one scan; the median by selection, not by sorting: a model reads
 * thousands of maps, and a renderer sorts only the few it draws.
 */
const tables = new WeakMap<ReadonlyMap<string, number>, Table>();

function tableOf(data: ReadonlyMap<string, number>): Table {
    let table = tables.get(data);
    if (table === undefined) {
        const codes: string[] = [];
        const values: number[] = [];
        data.forEach((value, code) => {
            if (Number.isFinite(value)) {
                codes.push(code);
                values.push(value);
            }
        });
        table = summarise(codes, values);
        tables.set(data, table);
    }
    return table;
}

/** `a` comes before `b` in ascending order: by rounded value, then by code, so ties keep one order. */
function before(codes: readonly string[], values: readonly number[], a: number, b: number): boolean {
    const x = round10(values[a]!);
    const y = round10(values[b]!);
    return x < y || (x === y && codes[a]! < codes[b]!);
}

function summarise(codes: string[], values: number[]): Table {
    let lowest = 0;
    let highest = 0;
    for (let i = 1; i < values.length; i++) {
        if (before(codes, values, i, lowest)) lowest = i;
        if (before(codes, values, highest, i)) highest = i;
    }
    return { codes, values, lowest, highest, median: median(values) };
}

/** The k-th smallest of `values` (0-based), by selection in a copy. */
function select(values: Float64Array, k: number): number {
    let left = 0;
    let right = values.length - 1;
    while (left < right) {
        const pivot = values[(left + right) >> 1]!;
        let i = left;
        let j = right;
        while (i <= j) {
            while (values[i]! < pivot) i++;
            while (values[j]! > pivot) j--;
            if (i <= j) {
                const t = values[i]!;
                values[i] = values[j]!;
                values[j] = t;
                i++;
                j--;
            }
        }
        if (k <= j) right = j;
        else if (k >= i) left = i;
        else return values[k]!;
    }
    return values[k]!;
}

function median(values: readonly number[]): number {
    if (values.length === 0) {
        return Number.NaN;
    }
    const copy = Float64Array.from(values);
    const middle = values.length >> 1;
    const upper = select(copy, middle);
    return values.length % 2 === 1 ? upper : (select(copy, middle - 1) + upper) / 2;
}

/** The table with the own municipality at its own value (a typed `utfall` value, or missing from the data). */
function withOwn(table: Table, self: string, own: number): Table {
    const at = table.codes.indexOf(self);
    if (at >= 0 && table.values[at] === own) {
        return table;
    }
    const codes = table.codes.filter(code => code !== self);
    const values = table.values.filter((_, index) => table.codes[index] !== self);
    codes.push(self);
    values.push(own);
    return summarise(codes, values);
}

/** The group the measure's conditions compare with (`rang i G`, `kvartil i G`, `skillnad mot G`), if any. */
function comparedGroup(bases: readonly BaseResult[]): string | undefined {
    for (const base of bases) {
        if ('group' in base.base && base.base.group !== undefined) {
            return base.base.group;
        }
    }
    return undefined;
}

/**
 * The measure's standing for the context's year, or undefined when it cannot be shown: no own value, no
 * `nyckeltal`, no municipality, or no other municipality with a value.
 */
export function computeStanding(
    ctx: RunContext,
    measure: MeasureView,
    own: SourcedValue | undefined,
    bases: readonly BaseResult[]
): Standing | undefined {
    const self = ctx.municipality;
    if (own === undefined || self === undefined || measure.kpi === undefined) {
        return undefined;
    }
    const found = population(ctx, measure, own);
    if (!found.ok) {
        return undefined;
    }
    const data = found.value.data;
    const table = withOwn(tableOf(data), self, own.value);
    if (table.values.length < 2) {
        return undefined;
    }
    const named = (code: string, value: number): StandingEntry => {
        const name = ctx.data.municipalityName(code);
        return name === undefined ? { code, value } : { code, value, name };
    };
    const standing: Standing = {
        year: own.year,
        own: named(self, own.value),
        count: table.values.length,
        lowest: named(table.codes[table.lowest]!, table.values[table.lowest]!),
        median: table.median,
        highest: named(table.codes[table.highest]!, table.values[table.highest]!),
        codes: table.codes,
        values: table.values
    };
    if (measure.direction !== undefined) {
        standing.direction = measure.direction;
        standing.rank = rankAll(found.value, measure.direction).rank;
    }
    const national = nationalValue(ctx, measure, own.year);
    if (national.ok) {
        standing.national = national.value.value;
    }
    const groupId = comparedGroup(bases);
    const members = groupId === undefined ? undefined : groupMembers(ctx, groupId);
    if (groupId !== undefined && members?.ok) {
        const group = ctx.groups.get(groupId);
        const codes = members.value.includes(self) ? members.value : [self, ...members.value];
        standing.group = {
            id: groupId,
            ...(group ? { title: group.title } : {}),
            members: codes.map(code => {
                const value = code === self ? own.value : (data.get(code) ?? null);
                const name = ctx.data.municipalityName(code);
                return name === undefined ? { code, value } : { code, value, name };
            })
        };
    }
    // Kvinnor and män beside the total, where the data divides the KPI by gender (and the measure is the total).
    if (measure.gender === 'T' && measure.actual === undefined) {
        const women = ctx.data.value(measure.kpi, self, own.year, 'K');
        const men = ctx.data.value(measure.kpi, self, own.year, 'M');
        if (women !== undefined && men !== undefined) {
            standing.genders = { women: women.value, men: men.value };
        }
    }
    return standing;
}
