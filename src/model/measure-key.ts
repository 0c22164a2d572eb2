/**
 * A measure's identity. Names are unique per goal only (LANGUAGE.md), so two goals may each have a measure
 * `Nöjdhet`: a measure is always its goal and its name, never its name alone. Every map, lookup, key and
 * label that stands for one measure (engine, report, preview, hover, inlay hints, diff) goes through here.
 */

/** `Goal.Measure`: identifiers never contain a dot, so the key is unambiguous and also reads well. */
export type MeasureKey = `${string}.${string}`;

/** Anything that knows its goal and its own name: a MeasureView, a MeasureResult, a report row. */
export interface MeasureIdentity {
    goal: string;
    id: string;
}

export function measureKey(measure: MeasureIdentity): MeasureKey;
export function measureKey(goal: string, id: string): MeasureKey;
export function measureKey(first: MeasureIdentity | string, id?: string): MeasureKey {
    return typeof first === 'string' ? `${first}.${id!}` : `${first.goal}.${first.id}`;
}

/** Whether two measures are the same measure (same goal, same name). */
export function sameMeasure(a: MeasureIdentity, b: MeasureIdentity): boolean {
    return a.goal === b.goal && a.id === b.id;
}
