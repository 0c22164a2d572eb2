import type { ModelResults } from '../fulfilment/index.js';
import type { ModelView } from '../model/model-view.js';
import { applyJsonPatch, type JsonPatch } from './json-patch.js';
import { type PackOptions, packShared, type SharedGraph, unpackShared } from './shared-graph.js';

/**
 * What the report renderers and the preview draw: the model and its results (fulfilment/model-results.ts) for
 * every year that has data, with `year` the one shown first. Plain JSON, so the language server can send it to
 * the webview (packed, below).
 */
export interface RenderInput extends ModelResults {
    view: ModelView;
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
 * the view's conditions and locations) once, and a standing's codes and values by id (shared-graph.ts). The brand keeps a packed
 * input from being drawn as it is.
 */
export interface PackedRenderInput extends SharedGraph {
    readonly packedRenderInput?: never;
}

/** Packed; with `tableId`, a standing's codes and values go into `tables` by that id (shared-graph.ts). */
export function packRenderInput(input: RenderInput, options: PackOptions = {}): PackedRenderInput {
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
 * The packed input the receiver holds with `patch` applied (protocol.ts PreviewResult `delta`); undefined when the
 * patch does not fit it (it was made against another answer): then the receiver asks for the whole answer.
 */
export function patchedInput(holds: PackedRenderInput, patch: JsonPatch): PackedRenderInput | undefined {
    try {
        return applyJsonPatch(holds, patch) as PackedRenderInput;
    } catch {
        return undefined;
    }
}
