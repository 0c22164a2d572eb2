/**
 * Which measures lack a value because a data file could not be read (LANGUAGE.md section 5: a broken data
 * file never stops the model; the report says what it cost). Pure: the model, its data problems, what the
 * other files hold and the result in; one entry per broken file out.
 */
import type { DataLookup, DataProblem } from '../data/data-api.js';
import { measureKey } from '../model/measure-key.js';
import type { ModelView } from '../model/model-view.js';
import type { ModelResult } from './result.js';

export interface DataGap {
    /** The broken file (absolute, as on the `data` line resolved). */
    file: string;
    /** Why it could not be read: its first error, in Swedish, with its place in the file as fields. */
    problem: DataProblem;
    /** Measures without a value for the year that this file would have given. */
    measures: Array<{ goal: string; id: string; title: string }>;
}

/**
 * A file is broken when it has an error (missing, unreadable, invalid JSON, an unknown layout, ...). A measure
 * lacks data because of it when it takes its value from data (a `nyckeltal`, no `utfall`), has none for the
 * year, and the file would hold its KPI: the `data` line names that KPI, or names none and no readable file has
 * any value for the KPI.
 */
export function dataGaps(
    view: ModelView,
    problems: readonly DataProblem[],
    lookup: DataLookup,
    result: ModelResult
): DataGap[] {
    const broken = new Map<string, DataProblem>();
    for (const problem of problems) {
        if (problem.severity === 'error' && !broken.has(problem.file)) {
            broken.set(problem.file, problem);
        }
    }
    const views = new Map(view.goals.flatMap(goal => goal.measures).map(measure => [measureKey(measure), measure]));
    const gaps: DataGap[] = [];
    for (const [file, problem] of broken) {
        const declared = view.dataSources.filter(source => source.resolvedPath === file).map(source => source.kpi);
        const measures = result.measures.filter(measure => {
            const source = views.get(measureKey(measure));
            if (measure.value !== null || source?.kpi === undefined || source.actual !== undefined) {
                return false;
            }
            return declared.some(
                kpi =>
                    kpi === source.kpi || (kpi === undefined && lookup.years(source.kpi!, source.gender).length === 0)
            );
        });
        gaps.push({ file, problem, measures: measures.map(m => ({ goal: m.goal, id: m.id, title: m.title })) });
    }
    return gaps;
}
