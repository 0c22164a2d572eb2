/**
 * A model's results as every surface draws them (the preview, the reports, the site): each year with data or a
 * follow-up (the year selector, trends), one per interim follow-up, the data gaps of the year shown and the
 * titles of the model's KPIs. The engine's one per-model assembly; the language layer only hands it the model
 * view and the data.
 */
import type { ModelData } from '../data/index.js';
import type { FollowUpDate } from '../model/follow-up-date.js';
import type { ModelView } from '../model/model-view.js';
import { computeFulfilment, computeYears, modelYears } from './compute.js';
import { type DataGap, dataGaps } from './data-gaps.js';
import type { MeasureResultReuse } from './measure-reuse.js';
import type { ModelResult } from './result.js';

export interface ModelResults {
    /** One result per year, ascending; includes `year`. */
    results: ModelResult[];
    year: number;
    /** The municipality's name when a data or metadata file gives it (`Kumla`). */
    municipalityName?: string;
    /**
     * One result per interim follow-up of the model (delårsrapport, LANGUAGE.md section 9): its year computed
     * with the interim assessments in place of the final ones. Absent when the model has none.
     */
    interims?: ModelResult[];
    /** The interim follow-up shown first, when the report is one (`report --per`): its date in `year`. */
    per?: FollowUpDate;
    /** Data files that could not be read, with the measures (for `year`) that lack a value because of them. */
    dataGaps?: DataGap[];
    /** Titles of the model's Kolada KPIs that a metadata file names (`U21468` → its title), for the sources. */
    kpiTitles?: Record<string, string>;
}

export interface ModelResultsOptions {
    /** The result of `year` as already computed (ModelAnalysis, with the comparison), reused, not computed again. */
    yearResult?: ModelResult;
    /** The other years without the comparison with all municipalities (the site shows it for the model's year only). */
    otherYearsWithoutStanding?: boolean;
    /** Results kept from an earlier computation of the same model (measure-reuse.ts). */
    reuse?: MeasureResultReuse;
}

/** The results of `view` on `data` with `year` shown first; with `per`, the year's interim follow-up of that date. */
export function modelResults(
    view: ModelView,
    data: ModelData,
    year: number,
    per?: FollowUpDate,
    options: ModelResultsOptions = {}
): ModelResults {
    // A follow-up of a year without data still shows its text (LANGUAGE.md section 8); an interim report shows
    // the previous year's final status beside each goal and measure (section 9), so that year is computed too.
    const followUpYears = view.followUps.flatMap(followUp =>
        followUp.per ? [followUp.year, followUp.year - 1] : [followUp.year]
    );
    const years = [...new Set([...modelYears(view, data.lookup), ...followUpYears, year])].sort((a, b) => a - b);
    const municipalityName =
        view.municipality === undefined ? undefined : data.lookup.municipalityName(view.municipality);
    const known = options.yearResult;
    const computed = computeYears(view, data.lookup, known ? years.filter(y => y !== known.year) : years, {
        withoutStanding: options.otherYearsWithoutStanding,
        sharingSeriesWith: known,
        reuse: options.reuse
    });
    const all = known ? [...computed, known].sort((a, b) => a.year - b.year) : computed;
    const results = shownResults(all, year);
    const out: ModelResults = { results, year, municipalityName };
    // Computed anew, not from kept results: each has series of its own (as computeFulfilment alone gives), and
    // two follow-ups of the same date (an error the checks report) must not be one kept object twice.
    const interims = view.followUps
        .filter(followUp => followUp.per !== undefined)
        .map(followUp => computeFulfilment(view, data.lookup, followUp.year, followUp.per));
    if (interims.length > 0) out.interims = interims;
    if (per !== undefined) out.per = per;
    const shown = results.find(r => r.year === year);
    const gaps = shown ? dataGaps(view, data.problems, data.lookup, shown) : [];
    if (gaps.length > 0) out.dataGaps = gaps;
    const kpiTitles = modelKpiTitles(view, data);
    if (Object.keys(kpiTitles).length > 0) out.kpiTitles = kpiTitles;
    return out;
}

/**
 * Which years the reports and the preview offer (the year selector, the five-year tables): a year in which one
 * of the model's measures has a value for the model's own municipality, or that has a follow-up, and always the
 * year evaluated. A year that only other municipalities have data for would show nothing but "saknas", so it is
 * left out.
 */
export function shownResults(results: readonly ModelResult[], year: number): ModelResult[] {
    return results.filter(result => result.year === year || hasContent(result));
}

function hasContent(result: ModelResult): boolean {
    return result.followUp !== undefined || result.measures.some(measure => measure.value !== null);
}

/** The titles a metadata file gives for the model's own KPIs (only those: a whole catalogue would bloat the preview). */
function modelKpiTitles(view: ModelView, data: ModelData): Record<string, string> {
    const titles: Record<string, string> = {};
    for (const measure of view.goals.flatMap(goal => goal.measures)) {
        const title = measure.kpi === undefined ? undefined : data.lookup.kpiTitle(measure.kpi);
        if (title !== undefined) titles[measure.kpi!] = title;
    }
    return titles;
}
