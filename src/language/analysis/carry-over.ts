/**
 * What one computation of a model hands to the next (issue 20): a keystroke changes one measure, so the others
 * keep their view objects and the data its combined lookup, and the engine then reuses their results
 * (fulfilment/measure-reuse.ts) instead of computing every measure for every year again.
 */
import { combineDataFiles, type DataFileCache, type ModelData, type ParsedDataFile } from '../../data/index.js';
import type { MeasureResultReuse } from '../../fulfilment/index.js';
import { measureKey } from '../../model/measure-key.js';
import type { DataSourceView, MeasureView, ModelView } from '../../model/model-view.js';

export interface CarriedModel {
    view: ModelView;
    data: ModelData;
    /** The parsed files `data` combines, as the cache gave them (the same object while a file is unchanged). */
    files: readonly ParsedDataFile[];
    /** The data lines `data` was combined for (sourcesKey). */
    sources: string;
    /** Absent after a model's first computation: only a model computed again (edited) keeps its results. */
    reuse?: MeasureResultReuse;
}

/** Each measure's view as JSON, computed once per view object. */
const texts = new WeakMap<MeasureView, string>();

function textOf(measure: MeasureView): string {
    let text = texts.get(measure);
    if (text === undefined) {
        text = JSON.stringify(measure);
        texts.set(measure, text);
    }
    return text;
}

/**
 * `view` (just built, not yet shared) with every measure whose view is the same as before, locations included,
 * replaced by the earlier view's object: the measure's identity (goal and name) finds it, the JSON compares it.
 * A measure's view refers to nothing outside itself, so the view reads the same either way.
 */
export function keepUnchangedMeasures(view: ModelView, before: CarriedModel | undefined): ModelView {
    if (before === undefined) return view;
    const earlier = new Map<string, MeasureView | undefined>();
    for (const goal of before.view.goals) {
        for (const measure of goal.measures) {
            const key = measureKey(measure);
            // A name given twice (an error the checks report) keeps neither: the identity is not one measure.
            earlier.set(key, earlier.has(key) ? undefined : measure);
        }
    }
    for (const goal of view.goals) {
        goal.measures = goal.measures.map(measure => {
            const key = measureKey(measure);
            const kept = earlier.get(key);
            if (kept === undefined || textOf(kept) !== textOf(measure)) return measure;
            earlier.set(key, undefined);
            return kept;
        });
    }
    return view;
}

/** The data lines as the combined data depends on them (not their place in the model). */
function sourcesKey(sources: readonly DataSourceView[]): string {
    return JSON.stringify(sources.map(source => [source.path, source.resolvedPath, source.kpi, source.sheet]));
}

/** The model's data (as data/loadModelData), the earlier combination itself when its files and lines are the same. */
export function loadCarriedData(
    sources: readonly DataSourceView[],
    cache: DataFileCache,
    before: CarriedModel | undefined
): { data: ModelData; files: ParsedDataFile[]; sources: string } {
    const files = sources.map(source => cache.load(source.resolvedPath, source.sheet));
    const key = sourcesKey(sources);
    const same =
        before !== undefined &&
        before.sources === key &&
        before.files.length === files.length &&
        files.every((file, i) => file === before.files[i]);
    const data = same ? before.data : combineDataFiles(sources.map((source, i) => ({ source, data: files[i]! })));
    return { data, files, sources: key };
}
