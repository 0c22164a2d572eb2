import type { DataGap, ModelResult } from '../fulfilment/index.js';
import type { FollowUpDate } from '../model/follow-up-date.js';
import type { ModelView } from '../model/model-view.js';
import { type PackOptions, packShared, type SharedGraph, unpackShared } from './shared-graph.js';

/**
 * What the report renderers and the preview draw: the model and its results for every year that has data,
 * with `year` the one shown first. Plain JSON, so the language server can send it to the webview as it is.
 */
export interface RenderInput {
    view: ModelView;
    /** One result per year, ascending; includes `year`. */
    results: ModelResult[];
    year: number;
    /**
     * One result per interim follow-up of the model (delårsrapport, LANGUAGE.md section 9): its year computed
     * with the interim assessments in place of the final ones. Absent when the model has none.
     */
    interims?: ModelResult[];
    /** The interim follow-up shown first, when the report is one (`report --per`): its date in `year`. */
    per?: FollowUpDate;
    /** The municipality's name when a data or metadata file gives it (`Kumla`). */
    municipalityName?: string;
    /** Titles of the model's Kolada KPIs that a metadata file names (`U21468` → its title), for the sources. */
    kpiTitles?: Record<string, string>;
    /** Data files that could not be read, with the measures (for `year`) that lack a value because of them. */
    dataGaps?: DataGap[];
    /** The model's warnings, named in the report (the CLI fills them in from the checks). */
    warnings?: ReportWarning[];
}

/** One warning of the model as the report names it: where (absolute file, 1-based line) and what. */
export interface ReportWarning {
    file: string;
    line: number;
    code: string;
    message: string;
}

/**
 * A RenderInput as the language server sends it to the preview: each part the results share (a measure's series,
 * the view's conditions and locations, a standing's codes) once (shared-graph.ts). The brand keeps a packed
 * input from being drawn as it is.
 */
export interface PackedRenderInput extends SharedGraph {
    readonly packedRenderInput?: never;
}

/** Packed; with `tableId`, a standing's codes and values go into `tables` by that id (shared-graph.ts). */
export function packRenderInput(
    input: RenderInput,
    options: PackOptions = {}
): PackedRenderInput & { tableIds: string[] } {
    return packShared(input, options);
}

export function unpackRenderInput(packed: PackedRenderInput): RenderInput {
    return unpackShared<RenderInput>(packed);
}

/** Only the model view of a packed input (what the extension needs to tell models apart), without the results. */
export function packedView(packed: PackedRenderInput): ModelView {
    return unpackShared<ModelView>({ ...packed, root: (packed.root as { view: unknown }).view });
}

/**
 * A packed input whose `held` tables (left out by the server, protocol.ts PreviewResult) are taken from the
 * tables the receiver holds; undefined when one of them is not there.
 */
export function withHeldTables(
    packed: PackedRenderInput,
    held: readonly string[] | undefined,
    holds: PackedRenderInput['tables']
): PackedRenderInput | undefined {
    if (!held || held.length === 0) return packed;
    const tables = { ...packed.tables };
    for (const id of held) {
        const table = holds?.[id];
        if (!table) return undefined;
        tables[id] = table;
    }
    return { ...packed, tables };
}
