/**
 * A model's measure results kept from one computation to the next, so that a keystroke in the language server
 * recomputes only the measures whose own definition changed (issue 20): a national model has 60 measures over
 * ten years, and an edit changes one of them.
 *
 * A measure's result for a year depends on its view (the MeasureView object: the language layer keeps an
 * unchanged measure's view as the same object, model-analysis.ts), on the data, the model's municipality and
 * comparison groups (the context, fixed per instance), on the year, the follow-up entry for the measure (by
 * identity: the result refers to its locations) and on whether the comparison is left out. A result is reused
 * only when all of these are the same; it is then the very object computed before, referring to the same view
 * objects and the same series array, so that it cannot be told from one computed now (render/shared-graph.ts
 * packs shared objects by identity).
 */
import type { DataLookup } from '../data/data-api.js';
import type { FollowUpDate } from '../model/follow-up-date.js';
import type { FollowUpEntryView, MeasureView, ModelView } from '../model/model-view.js';
import type { MeasureResult, SeriesValue } from './result.js';

interface KeptMeasure {
    /** The measure's series: the same every year, so one array for all of its results. */
    series?: SeriesValue[];
    /** By year, follow-up date and comparison (resultKey). */
    results: Map<string, { entry: FollowUpEntryView | undefined; result: MeasureResult }>;
}

export class MeasureResultReuse {
    /** By the view's object: a changed measure has a new view, and the old one's results go with it. */
    private readonly kept = new WeakMap<MeasureView, KeptMeasure>();
    private readonly context: string;

    constructor(
        view: ModelView,
        private readonly data: DataLookup
    ) {
        this.context = reuseContext(view);
    }

    /** Whether results kept here hold for `view` on `data`: the same data and the same model-wide context. */
    fits(view: ModelView, data: DataLookup): boolean {
        return data === this.data && reuseContext(view) === this.context;
    }

    series(measure: MeasureView): SeriesValue[] | undefined {
        return this.kept.get(measure)?.series;
    }

    keepSeries(measure: MeasureView, series: SeriesValue[]): void {
        this.entryOf(measure).series ??= series;
    }

    /** The result kept for the measure with this key and follow-up entry; undefined when there is none. */
    result(measure: MeasureView, key: string, entry: FollowUpEntryView | undefined): MeasureResult | undefined {
        const kept = this.kept.get(measure)?.results.get(key);
        return kept !== undefined && kept.entry === entry ? kept.result : undefined;
    }

    keep(measure: MeasureView, key: string, entry: FollowUpEntryView | undefined, result: MeasureResult): void {
        this.entryOf(measure).results.set(key, { entry, result });
    }

    private entryOf(measure: MeasureView): KeptMeasure {
        let kept = this.kept.get(measure);
        if (kept === undefined) {
            kept = { results: new Map() };
            this.kept.set(measure, kept);
        }
        return kept;
    }
}

/** What a measure's result reads from the model beyond its own view: the municipality and the comparison groups. */
function reuseContext(view: ModelView): string {
    return JSON.stringify([view.municipality ?? null, view.groups]);
}

/** The key of one computation of a measure: the year, the interim follow-up's date and whether the comparison is left out. */
export function resultKey(year: number, per: FollowUpDate | undefined, withoutStanding: boolean | undefined): string {
    return `${year}|${per ? `${per.day}.${per.month}` : ''}|${withoutStanding ? 'utan' : 'med'}`;
}
