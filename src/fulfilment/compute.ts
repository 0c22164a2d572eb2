/**
 * The engine's entry points: a whole model for one year, one measure, and the years a model has data for.
 * Pure: everything it knows comes from the ModelView and the DataLookup.
 */
import type { DataLookup } from '../data/data-api.js';
import type { FollowUpDate } from '../model/follow-up-date.js';
import { measureKey } from '../model/measure-key.js';
import {
    type Base,
    DEFAULT_BOUNDS,
    type FollowUpEntryView,
    type MeasureView,
    type ModelView
} from '../model/model-view.js';
import { areaRollUp } from './area-roll-up.js';
import { computeBase, finiteBase } from './bases.js';
import { baseKey, decide, evaluateCondition } from './decide.js';
import { isMeasureStatus, judgementOf, measureScore, notesOf } from './follow-up.js';
import { type MeasureResultReuse, resultKey } from './measure-reuse.js';
import { applicableTarget, applicableThresholds } from './plan.js';
import type { BaseResult, MeasureResult, ModelResult, SeriesValue } from './result.js';
import { rollUp } from './roll-up.js';
import { computeStanding } from './standing.js';
import { createRunContext, fromPoint, measureSeries, measureValue, type RunContext } from './values.js';

/**
 * Computes fulfilment for every measure, goal and the vision of `model` for `year`, with the year's final
 * follow-up; with `per`, with the interim follow-up of that date in its place (LANGUAGE.md section 9).
 */
export function computeFulfilment(
    model: ModelView,
    data: DataLookup,
    year: number,
    per?: FollowUpDate,
    options: RunOptions = {}
): ModelResult {
    return computeInContext(withOptions(createRunContext(model, data, year, new Map(), per), options));
}

/** What a computation of one year may leave out or take over; the same for computeFulfilment and computeYears. */
export interface RunOptions {
    /**
     * Leave out each measure's comparison with all municipalities (`standing`): for years a surface never shows
     * it for (the site shows it for the model's year only, and 290 models' nine other years of it cost the site
     * of all of them a second of its time), and in `validate`, whose checks never read it.
     */
    withoutStanding?: boolean;
    /** Results kept from an earlier computation of the same model (measure-reuse.ts). */
    reuse?: MeasureResultReuse;
}

function withOptions(ctx: RunContext, options: RunOptions): RunContext {
    if (options.withoutStanding) ctx.withoutStanding = true;
    ctx.reuse = options.reuse;
    return ctx;
}

function computeInContext(ctx: RunContext): ModelResult {
    const { model, year } = ctx;
    const measures: MeasureResult[] = [];
    for (const goal of model.goals) {
        for (const measure of goal.measures) {
            measures.push(evaluateMeasure(ctx, measure));
        }
    }
    const bounds = model.bounds ?? DEFAULT_BOUNDS;
    const { goals, vision } = rollUp(
        model.goals,
        model.vision,
        new Map(measures.map(measure => [measureKey(measure), measure])),
        bounds,
        ctx.notes
    );
    const result: ModelResult = {
        model: model.id,
        title: model.title,
        year,
        bounds: { achieved: bounds.achieved, partly: bounds.partly },
        goals,
        areas: areaRollUp(model.areas, model.goals, goals, measures, bounds),
        measures
    };
    if (model.municipality !== undefined) {
        result.municipality = model.municipality;
    }
    if (ctx.followUp !== undefined) {
        const { year: followUpYear, title, location, per } = ctx.followUp;
        result.followUp = { year: followUpYear, title, location };
        if (per) result.followUp.per = per;
    }
    if (vision !== undefined) {
        result.vision = vision;
    }
    return result;
}

/** One measure for one year, for callers (hover) that need no roll-up. */
export function computeMeasure(model: ModelView, data: DataLookup, year: number, measure: MeasureView): MeasureResult {
    return evaluateMeasure(createRunContext(model, data, year), measure);
}

function evaluateMeasure(ctx: RunContext, measure: MeasureView): MeasureResult {
    const entry = ctx.notes.measure(measure.goal, measure.id);
    const key = ctx.reuse && resultKey(ctx.year, ctx.per, ctx.withoutStanding);
    const kept = key === undefined ? undefined : ctx.reuse!.result(measure, key, entry);
    // Reused only with the series this computation shares between years: one array per measure, as computed anew.
    if (kept !== undefined && (ctx.series.get(measure) ?? kept.series) === kept.series) {
        ctx.series.set(measure, kept.series);
        return kept;
    }
    const result = computeMeasureResult(ctx, measure, entry);
    if (key !== undefined) ctx.reuse!.keep(measure, key, entry, result);
    return result;
}

function computeMeasureResult(
    ctx: RunContext,
    measure: MeasureView,
    entry: FollowUpEntryView | undefined
): MeasureResult {
    const own = measureValue(ctx, measure, ctx.year);
    const bases = new Map<string, BaseResult>();
    const baseFor = (base: Base): BaseResult => {
        const key = baseKey(base);
        let result = bases.get(key);
        if (result === undefined) {
            result = finiteBase(computeBase(ctx, measure, base, own));
            bases.set(key, result);
        }
        return result;
    };
    const lines = applicableThresholds(measure, ctx.year);
    const full = lines.full ? evaluateCondition(lines.full, baseFor) : undefined;
    const half = lines.half ? evaluateCondition(lines.half, baseFor) : undefined;
    let decision = decide(full, half);
    if (decision.status === 'ej_bedomd' && measure.thresholds.length > 0) {
        const first = Math.min(...measure.thresholds.map(line => line.from ?? Infinity));
        decision = { ...decision, cause: { kind: 'noThresholdYet', year: ctx.year, first } };
    }
    if (!own.ok && decision.status !== 'ej_bedomd') {
        // No value is saknas before any threshold is looked at (LANGUAGE.md 4.1).
        decision = { status: 'saknas', score: null, cause: own.cause };
    }
    // The follow-up's assessment replaces the status; the computed one stays beside it (section 8.1).
    const assessment = judgementOf(entry?.assessment, isMeasureStatus);
    const target = applicableTarget(measure, ctx.year);

    const result: MeasureResult = {
        id: measure.id,
        title: measure.title,
        goal: measure.goal,
        location: measure.location,
        year: ctx.year,
        value: own.ok ? own.value.value : null,
        status: assessment?.status ?? decision.status,
        score: assessment ? measureScore(assessment.status) : decision.score,
        computedStatus: decision.status,
        computedScore: decision.score,
        ...notesOf(entry),
        target: target ? fromPoint(target, 'målvärde') : null,
        weight: measure.weight,
        bases: [...bases.values()],
        series: measureSeries(ctx, measure)
    };
    if (measure.unit !== undefined) {
        result.unit = measure.unit;
    }
    if (assessment) {
        result.assessment = assessment;
    }
    if (own.ok) {
        result.valueSource = own.value;
    }
    if (full) {
        result.full = full;
    }
    if (half) {
        result.half = half;
    }
    if (decision.decidedBy) {
        result.decidedBy = decision.decidedBy;
    }
    if (decision.cause !== undefined) {
        result.cause = decision.cause;
    }
    const standing = ctx.withoutStanding
        ? undefined
        : computeStanding(ctx, measure, own.ok ? own.value : undefined, result.bases);
    if (standing !== undefined) {
        result.standing = standing;
    }
    return result;
}

/**
 * Every year the model's measures have numbers for (their `utfall` years, or the years data holds
 * for their `nyckeltal` and gender), ascending: the years a report or a trend can show.
 */
export function modelYears(model: ModelView, data: DataLookup): number[] {
    const years = new Set<number>();
    for (const goal of model.goals) {
        for (const measure of goal.measures) {
            if (measure.actual !== undefined) {
                for (const point of measure.actual) {
                    years.add(point.year);
                }
            } else if (measure.kpi !== undefined) {
                for (const year of data.years(measure.kpi, measure.gender)) {
                    years.add(year);
                }
            }
        }
    }
    return [...years].sort((a, b) => a - b);
}

export interface YearsOptions extends RunOptions {
    /**
     * A result of the same model view for another year, already computed: its measures' series are the same every
     * year, so the results computed here share those arrays (one series per measure, sent once: render/shared-graph.ts).
     */
    sharingSeriesWith?: ModelResult;
}

/** computeFulfilment for several years (for trends); one result per year, in the order given. */
export function computeYears(
    model: ModelView,
    data: DataLookup,
    years: readonly number[],
    options: YearsOptions = {}
): ModelResult[] {
    // Series are the same every year: read once, shared by the results.
    const series = new Map<MeasureView, SeriesValue[]>();
    if (options.sharingSeriesWith) seriesOf(model, options.sharingSeriesWith, series);
    return years.map(year => computeInContext(withOptions(createRunContext(model, data, year, series), options)));
}

/** The series of `result`'s measures by the view's measures: computeInContext evaluates them in the view's order. */
function seriesOf(model: ModelView, result: ModelResult, into: Map<MeasureView, SeriesValue[]>): void {
    let i = 0;
    for (const goal of model.goals) {
        for (const measure of goal.measures) {
            const computed = result.measures[i++];
            if (computed?.id === measure.id && computed.goal === measure.goal) into.set(measure, computed.series);
        }
    }
}
