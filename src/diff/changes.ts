/** One semantic change between two versions of a model, as `diff --format json` prints it. */
export interface ModelChange {
    /** What changed, e.g. `threshold-changed`, `goal-added`, `measure-moved`, `status-changed`. */
    kind: ChangeKind;
    /** The goal or measure (`Goal.Measure`), or the header element, that changed. */
    id: string;
    /** Text forms as a planner writes them (`rang <= 10`); null when the element did not exist. */
    before: string | null;
    after: string | null;
    /** True when a target became easier to reach for the measure's direction (sänkt). */
    weakened: boolean;
    /** True when a target became harder to reach (höjd). */
    raised?: boolean;
    /** Swedish explanation for the Markdown report. */
    note?: string;
    /** A threshold line's `från` year, or a `målvärde` line's year: the year from which the change applies. */
    from?: number;
    /** `status-changed`: the year whose status changes (the model's year, or a year with a follow-up). */
    year?: number;
    /** `assessment-*`: the motivations before and after. */
    motivationBefore?: string | null;
    motivationAfter?: string | null;
}

export type ChangeKind =
    | 'model-added'
    | 'model-removed'
    | 'municipality-changed'
    | 'year-changed'
    | 'bounds-changed'
    | 'data-source-added'
    | 'data-source-removed'
    | 'data-source-changed'
    | 'vision-changed'
    | 'goal-added'
    | 'goal-removed'
    | 'goal-renamed'
    | 'goal-moved'
    | 'goal-title-changed'
    | 'goal-level-changed'
    | 'goal-owner-changed'
    | 'goal-weight-changed'
    | 'measure-added'
    | 'measure-removed'
    | 'measure-renamed'
    | 'measure-moved'
    | 'measure-title-changed'
    | 'threshold-added'
    | 'threshold-removed'
    | 'threshold-changed'
    | 'direction-changed'
    | 'measure-weight-changed'
    | 'kpi-changed'
    | 'unit-changed'
    | 'gender-changed'
    | 'target-added'
    | 'target-removed'
    | 'target-changed'
    | 'assessment-added'
    | 'assessment-removed'
    | 'assessment-changed'
    | 'status-changed';

/** One change; `before`/`after` absent is null, and `weakened` false unless `extra` says otherwise. */
export function change(
    kind: ChangeKind,
    id: string,
    before: string | null | undefined,
    after: string | null | undefined,
    extra: Partial<ModelChange> = {}
): ModelChange {
    return { kind, id, before: before ?? null, after: after ?? null, weakened: false, ...extra };
}
