/**
 * How the municipality stands among the others for one measure and year (READERS.md 4), as Kolada's
 * *Jämföraren* shows it: every municipality's value, the rank in the measure's direction, the lowest, median and
 * highest value, Riket, the members of the group the measure compares with, and kvinnor/män beside the total.
 * Computed from the data the engine already reads; the own municipality takes part with its own value (the
 * typed one when the measure has `utfall`), once, as in `rang` (population.ts), so the rank here is the rank
 * a `rang` threshold sees.
 */
import type { DataValue } from '../data/data-api.js';
import type { MeasureView } from '../model/model-view.js';
import { groupMembers } from './bases.js';
import { round10 } from './numbers.js';
import { rankAll } from './population.js';
import type { BaseResult, SourcedValue, Standing, StandingEntry } from './result.js';
import { nationalValue, population, type RunContext } from './values.js';

interface Sorted {
    codes: string[];
    values: number[];
}

/**
 * Every municipality of one data map ascending by value (then by code, so ties keep one order), shared by every
 * measure and model that reads the same map: the arrays are handed out as they are and never changed.
 */
const sortedTables = new WeakMap<ReadonlyMap<string, DataValue>, Sorted>();

function sortedTable(data: ReadonlyMap<string, DataValue>): Sorted {
    let table = sortedTables.get(data);
    if (table === undefined) {
        const entries = [...data.entries()]
            .filter(([, entry]) => Number.isFinite(entry.value))
            .sort(([codeA, a], [codeB, b]) => round10(a.value) - round10(b.value) || (codeA < codeB ? -1 : 1));
        table = { codes: entries.map(([code]) => code), values: entries.map(([, entry]) => entry.value) };
        sortedTables.set(data, table);
    }
    return table;
}

/** The table with the own municipality at its own value (a typed `utfall` value, or missing from the data). */
function withOwn(table: Sorted, self: string, own: number): Sorted {
    const at = table.codes.indexOf(self);
    if (at >= 0 && table.values[at] === own) {
        return table;
    }
    const codes = table.codes.filter(code => code !== self);
    const values = table.values.filter((_, index) => table.codes[index] !== self);
    let insert = 0;
    while (insert < values.length && round10(values[insert]!) <= round10(own)) {
        insert++;
    }
    codes.splice(insert, 0, self);
    values.splice(insert, 0, own);
    return { codes, values };
}

function median(values: readonly number[]): number {
    const middle = values.length >> 1;
    return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
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
    const table = withOwn(sortedTable(data), self, own.value);
    if (table.values.length < 2) {
        return undefined;
    }
    const named = (code: string, value: number): StandingEntry => {
        const name = ctx.data.municipalityName(code);
        return name === undefined ? { code, value } : { code, value, name };
    };
    const last = table.values.length - 1;
    const standing: Standing = {
        year: own.year,
        own: named(self, own.value),
        count: table.values.length,
        lowest: named(table.codes[0]!, table.values[0]!),
        median: median(table.values),
        highest: named(table.codes[last]!, table.values[last]!),
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
                const value = code === self ? own.value : (data.get(code)?.value ?? null);
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
