/**
 * The preview's answers, packed (render/shared-graph.ts) once per analysis of a model and named by a version, and
 * the answers recently sent for each model, so that the next answer to a client holding one of them carries only
 * what changed (render/json-patch.ts): per keystroke a few results travel, not the model's ten years of them.
 */
import type { ModelAnalysisResult } from '../language/analysis/model-analysis.js';
import { renderInputOf } from '../language/analysis/model-analysis.js';
import { diffJson, type JsonPatch } from '../render/json-patch.js';
import { type PackedRenderInput, packRenderInput } from '../render/render-input.js';

export interface PackedAnswer {
    /** Complete: every table it references is in `input.tables`. */
    input: PackedRenderInput;
    /** Names this answer of this server process (a new analysis, a new version). */
    version: string;
}

/**
 * How many sent versions are remembered per model: the last, which the client shows (a client that could not show
 * it asks without `known`). Each is a whole packed answer, kept alive past the next keystroke: more would cost the
 * garbage collector on every edit; two overlapping requests naming an older version get the answer whole.
 */
const VERSIONS_PER_MODEL = 1;
/** How many models' sent answers are remembered (one open preview needs one; the least recently answered goes). */
const MODELS = 4;

export class PreviewAnswers {
    private readonly answers = new WeakMap<ModelAnalysisResult, PackedAnswer | undefined>();
    /** Ids of tables by identity: the data's arrays live as long as the data file is unchanged. */
    private readonly tableIds = new WeakMap<readonly unknown[], string>();
    /** Unique to this server process, so that a version from before a restart never names another answer. */
    private readonly session = Math.random().toString(36).slice(2, 8);
    private nextTable = 0;
    private nextVersion = 0;
    /** Per model (its key), the packed inputs of the versions recently sent, oldest first; models oldest first. */
    private readonly sentByModel = new Map<string, Map<string, PackedRenderInput>>();

    /** The analysis's answer, assembled and packed once per analysis (i.e. once per change of the model). */
    of(analysis: ModelAnalysisResult): PackedAnswer | undefined {
        if (!this.answers.has(analysis)) this.answers.set(analysis, this.pack(analysis));
        return this.answers.get(analysis);
    }

    /** Remembers that a client of `model` received `version` (with `input`): the next answer may be a patch of it. */
    sent(model: string, version: string, input: PackedRenderInput): void {
        const versions = this.sentByModel.get(model) ?? new Map<string, PackedRenderInput>();
        this.sentByModel.delete(model);
        this.sentByModel.set(model, versions);
        versions.delete(version);
        versions.set(version, input);
        if (versions.size > VERSIONS_PER_MODEL) versions.delete(versions.keys().next().value!);
        if (this.sentByModel.size > MODELS) this.sentByModel.delete(this.sentByModel.keys().next().value!);
    }

    /**
     * What turns the answer of `known`, sent for `model`, into `input`; undefined when this server does not
     * remember sending `known` (never, forgotten, another model), so the answer goes whole.
     */
    patchFrom(model: string, known: string | undefined, input: PackedRenderInput): JsonPatch | undefined {
        const before = known === undefined ? undefined : this.sentByModel.get(model)?.get(known);
        if (before === undefined) return undefined;
        // Equal inputs under two versions (the errors changed, not the results) make an empty patch.
        return diffJson(before, input) ?? { o: {} };
    }

    private pack(analysis: ModelAnalysisResult): PackedAnswer | undefined {
        const input = renderInputOf(analysis);
        if (!input) return undefined;
        const packed = packRenderInput(input, { tableId: table => this.tableId(table) });
        // An analysis is computed once per change of its model (ModelAnalysis evicts by model) and never changed,
        // so a new one is a new version: no need to hash the answer's JSON on every keystroke.
        return { input: packed, version: `${this.session}-${this.nextVersion++}` };
    }

    private tableId(table: readonly unknown[]): string {
        let id = this.tableIds.get(table);
        if (id === undefined) {
            id = `${this.session}-${this.nextTable++}`;
            this.tableIds.set(table, id);
        }
        return id;
    }
}
