/**
 * Where a measure's numbers come from: its own value (typed `utfall` or data), its series over the
 * years, and the population of municipalities it is ranked and averaged among.
 */
import type { DataLookup, DataValue } from '../data/data-api.js';
import type { MeasureView, ModelView, PeerGroupView, SeriesPoint } from '../model/model-view.js';
import { round10 } from './numbers.js';
import type { Origin, SeriesValue, SourcedValue } from './result.js';

/** Kolada's code for Riket. */
export const NATIONAL_CODE = '0000';

/** One computation (one model, one year): the inputs plus caches shared by all its measures. */
export interface RunContext {
    model: ModelView;
    data: DataLookup;
    year: number;
    municipality?: string;
    groups: ReadonlyMap<string, PeerGroupView>;
    /** Data values per (kpi, year, gender), read and rounded once however many measures rank on them. */
    populations: Map<string, PopulationEntry[]>;
}

export function createRunContext(model: ModelView, data: DataLookup, year: number): RunContext {
    return {
        model,
        data,
        year,
        municipality: model.municipality,
        groups: new Map(model.groups.map((group) => [group.id, group])),
        populations: new Map()
    };
}

export interface PopulationEntry {
    code: string;
    value: number;
    /** `value` rounded to 10 decimals, for ties (see numbers.ts). */
    rounded: number;
}

/** A number, or the Swedish reason why there is none. */
export type Lookup<T> = { ok: true; value: T } | { ok: false; reason: string };

function found<T>(value: T): Lookup<T> {
    return { ok: true, value };
}

function missing<T>(reason: string): Lookup<T> {
    return { ok: false, reason };
}

function fromPoint(point: SeriesPoint, block: 'utfall' | 'riket' | 'medel'): SourcedValue {
    return { year: point.year, value: point.value, origin: { kind: 'model', block, location: point.location } };
}

function fromData(year: number, data: DataValue): SourcedValue {
    return { year, value: data.value, origin: { kind: 'data', file: data.origin.file, line: data.origin.line } };
}

/** The first line for a year counts; a repeated year is the language checks' concern, not the engine's. */
function pointFor(points: readonly SeriesPoint[], year: number): SeriesPoint | undefined {
    return points.find((point) => point.year === year);
}

/**
 * The measure's value for a year: from `utfall` when the measure has an `utfall` block at all (then data
 * is never consulted, so a year missing there is missing), else from data for the model's municipality.
 */
export function measureValue(ctx: RunContext, measure: MeasureView, year: number): Lookup<SourcedValue> {
    if (measure.actual !== undefined) {
        const point = pointFor(measure.actual, year);
        return point ? found(fromPoint(point, 'utfall')) : missing(`inget utfall för ${year}`);
    }
    if (measure.kpi === undefined) {
        return missing('måttet har varken nyckeltal eller utfall');
    }
    if (ctx.municipality === undefined) {
        return missing('modellen anger ingen kommun');
    }
    const data = ctx.data.value(measure.kpi, ctx.municipality, year, measure.gender);
    return data ? found(fromData(year, data)) : missing(`inget värde för ${year}`);
}

/** `riket { }` for the year when the measure has that block (no fallback to data), else data code 0000. */
export function nationalValue(ctx: RunContext, measure: MeasureView, year: number): Lookup<SourcedValue> {
    if (measure.national !== undefined) {
        const point = pointFor(measure.national, year);
        return point ? found(fromPoint(point, 'riket')) : missing(`inget riksvärde för ${year} i riket { }`);
    }
    if (measure.kpi === undefined) {
        return missing('inget riksvärde: måttet har inget nyckeltal');
    }
    const data = ctx.data.value(measure.kpi, NATIONAL_CODE, year, measure.gender);
    return data ? found(fromData(year, data)) : missing(`inget riksvärde för ${year}`);
}

/** `medel { }` for the year, when the measure has that block; undefined when it has none. */
export function typedMean(measure: MeasureView, year: number): Lookup<{ value: number; origin: Origin }> | undefined {
    if (measure.mean === undefined) {
        return undefined;
    }
    const point = pointFor(measure.mean, year);
    return point
        ? found({ value: point.value, origin: fromPoint(point, 'medel').origin })
        : missing(`inget medelvärde för ${year} i medel { }`);
}

function populationFromData(ctx: RunContext, kpi: string, year: number, measure: MeasureView): PopulationEntry[] {
    const key = `${kpi}\u0000${year}\u0000${measure.gender}`;
    let entries = ctx.populations.get(key);
    if (entries === undefined) {
        entries = [];
        for (const [code, data] of ctx.data.municipalities(kpi, year, measure.gender)) {
            entries.push({ code, value: data.value, rounded: round10(data.value) });
        }
        ctx.populations.set(key, entries);
    }
    return entries;
}

/**
 * Every municipality with a value for the year, the model's own municipality included, as rank, quartile
 * and mean see them. When the measure has `utfall`, the other municipalities still come from data (the
 * measure's `nyckeltal`) and the own municipality's data value is replaced by the typed one (or dropped
 * when `utfall` has no value for the year), so the typed value is ranked against the same population
 * the data would give. A measure without `nyckeltal` has nothing to compare with.
 */
export function population(ctx: RunContext, measure: MeasureView, own: SourcedValue): Lookup<PopulationEntry[]> {
    if (measure.kpi === undefined) {
        return missing('måttet har inget nyckeltal att jämföra med andra kommuner');
    }
    const fromData = populationFromData(ctx, measure.kpi, own.year, measure);
    const self = ctx.municipality;
    if (measure.actual === undefined) {
        // The own value came from the same data, so the population already holds it.
        return found(fromData);
    }
    const entries = fromData.filter((entry) => entry.code !== self);
    entries.push({ code: self ?? '', value: own.value, rounded: round10(own.value) });
    return found(entries);
}

/** Every year with a value, ascending: from `utfall` when the measure has one, else from data. */
export function measureSeries(ctx: RunContext, measure: MeasureView): SeriesValue[] {
    const series: SeriesValue[] = [];
    if (measure.actual !== undefined) {
        const seen = new Set<number>();
        for (const point of measure.actual) {
            if (!seen.has(point.year)) {
                seen.add(point.year);
                series.push(fromPoint(point, 'utfall'));
            }
        }
        return series.sort((a, b) => a.year - b.year);
    }
    if (measure.kpi === undefined || ctx.municipality === undefined) {
        return series;
    }
    for (const year of ctx.data.years(measure.kpi, measure.gender)) {
        const data = ctx.data.value(measure.kpi, ctx.municipality, year, measure.gender);
        if (data) {
            series.push(fromData(year, data));
        }
    }
    return series.sort((a, b) => a.year - b.year);
}
