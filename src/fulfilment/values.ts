/**
 * Where a measure's numbers come from: its own value (typed `utfall` or data), its series over the
 * years, and the population of municipalities it is ranked and averaged among.
 */
import type { DataLookup, DataValue } from '../data/data-api.js';
import type { FollowUpDate } from '../model/follow-up-date.js';
import type { FollowUpView, MeasureView, ModelView, PeerGroupView, SeriesPoint } from '../model/model-view.js';
import type { Cause } from './cause.js';
import { type FollowUpIndex, followUpOf, indexFollowUp } from './follow-up.js';
import type { MeasureResultReuse } from './measure-reuse.js';
import type { Population } from './population.js';
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
    /** Series do not depend on the year: computed once per measure, shared by the years of computeYears. */
    series: Map<MeasureView, SeriesValue[]>;
    /** The year's final `uppföljning`, or the interim one asked for (`per`), when the model has it. */
    followUp?: FollowUpView;
    /** What it says about each goal and measure (empty without a follow-up). */
    notes: FollowUpIndex;
    /** The measures' results leave out the comparison with all municipalities (computeYears' option). */
    withoutStanding?: boolean;
    /** The interim follow-up's date asked for, when one was. */
    per?: FollowUpDate;
    /** Results kept from an earlier computation of the same model, reused for measures that did not change. */
    reuse?: MeasureResultReuse;
}

export function createRunContext(
    model: ModelView,
    data: DataLookup,
    year: number,
    series: Map<MeasureView, SeriesValue[]> = new Map(),
    per?: FollowUpDate
): RunContext {
    const followUp = followUpOf(model, year, per);
    return {
        per,
        model,
        data,
        year,
        municipality: model.municipality,
        groups: new Map(model.groups.map(group => [group.id, group])),
        series,
        followUp,
        notes: indexFollowUp(followUp)
    };
}

/** A number, or why there is none. */
export type Lookup<T> = { ok: true; value: T } | { ok: false; cause: Cause };

function found<T>(value: T): Lookup<T> {
    return { ok: true, value };
}

function missing<T>(cause: Cause): Lookup<T> {
    return { ok: false, cause };
}

/** A number the engine cannot compute with (a value so large it became Infinity) is no value at all. */
function usable<T extends { value: number }>(result: Lookup<T>, year: number): Lookup<T> {
    return result.ok && !Number.isFinite(result.value.value) ? missing({ kind: 'valueTooLarge', year }) : result;
}

export function fromPoint(point: SeriesPoint, block: 'utfall' | 'riket' | 'medel' | 'målvärde'): SourcedValue {
    return { year: point.year, value: point.value, origin: { kind: 'model', block, location: point.location } };
}

function fromData(year: number, data: DataValue): SourcedValue {
    return { year, value: data.value, origin: { kind: 'data', ...data.origin } };
}

/** The first line for a year counts; a repeated year is the language checks' concern, not the engine's. */
function pointFor(points: readonly SeriesPoint[], year: number): SeriesPoint | undefined {
    return points.find(point => point.year === year);
}

/**
 * The measure's value for a year: from `utfall` when the measure has an `utfall` block at all (then data
 * is never consulted, so a year missing there is missing), else from data for the model's municipality.
 */
export function measureValue(ctx: RunContext, measure: MeasureView, year: number): Lookup<SourcedValue> {
    if (measure.actual !== undefined) {
        const point = pointFor(measure.actual, year);
        return point
            ? usable(found(fromPoint(point, 'utfall')), year)
            : missing({ kind: 'noValue', year, typed: true });
    }
    if (measure.kpi === undefined) {
        return missing({ kind: 'noSource' });
    }
    if (ctx.municipality === undefined) {
        return missing({ kind: 'noMunicipality' });
    }
    const data = ctx.data.value(measure.kpi, ctx.municipality, year, measure.gender);
    return data ? usable(found(fromData(year, data)), year) : missing({ kind: 'noValue', year, typed: false });
}

/** `riket { }` for the year when the measure has that block (no fallback to data), else data code 0000. */
export function nationalValue(ctx: RunContext, measure: MeasureView, year: number): Lookup<SourcedValue> {
    if (measure.national !== undefined) {
        const point = pointFor(measure.national, year);
        return point
            ? usable(found(fromPoint(point, 'riket')), year)
            : missing({ kind: 'noNationalValue', year, typed: true });
    }
    if (measure.kpi === undefined) {
        return missing({ kind: 'noNationalKpi' });
    }
    const data = ctx.data.value(measure.kpi, NATIONAL_CODE, year, measure.gender);
    return data ? usable(found(fromData(year, data)), year) : missing({ kind: 'noNationalValue', year, typed: false });
}

/** `medel { }` for the year, when the measure has that block; undefined when it has none. */
export function typedMean(measure: MeasureView, year: number): Lookup<{ value: number; origin: Origin }> | undefined {
    if (measure.mean === undefined) {
        return undefined;
    }
    const point = pointFor(measure.mean, year);
    return point
        ? usable(found({ value: point.value, origin: fromPoint(point, 'medel').origin }), year)
        : missing({ kind: 'noTypedMean', year });
}

/**
 * The municipalities to rank and average among (see population.ts). The other municipalities always
 * come from data (the measure's `nyckeltal`), also when the own value is typed in `utfall`; a measure
 * without `nyckeltal` has nothing to compare with.
 */
export function population(ctx: RunContext, measure: MeasureView, own: SourcedValue): Lookup<Population> {
    if (measure.kpi === undefined) {
        return missing({ kind: 'noComparisonKpi' });
    }
    return found({
        data: ctx.data.municipalities(measure.kpi, own.year, measure.gender),
        self: ctx.municipality ?? '',
        own: own.value
    });
}

/** Every year with a value, ascending: from `utfall` when the measure has one, else from data. */
export function measureSeries(ctx: RunContext, measure: MeasureView): SeriesValue[] {
    let series = ctx.series.get(measure);
    if (series === undefined) {
        series = ctx.reuse?.series(measure) ?? readSeries(ctx, measure);
        ctx.series.set(measure, series);
        ctx.reuse?.keepSeries(measure, series);
    }
    return series;
}

function readSeries(ctx: RunContext, measure: MeasureView): SeriesValue[] {
    const series: SeriesValue[] = [];
    if (measure.actual !== undefined) {
        const seen = new Set<number>();
        for (const point of measure.actual) {
            if (!seen.has(point.year) && Number.isFinite(point.value)) {
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
        if (data && Number.isFinite(data.value)) {
            series.push(fromData(year, data));
        }
    }
    return series.sort((a, b) => a.year - b.year);
}
