/**
 * The preview's answers, packed (render/shared-graph.ts) once per analysis of a model and named by a version, and
 * the answer last sent for each model, so that the next answer to a client holding it carries only what changed (render/json-patch.ts): per keystroke a few results travel, not the model's ten years of them.
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
 * How many models' last sent answers are remembered (one open preview needs one; the least recently answered goes).
 * Only the last answer per model: the client shows it (a client that could not show it asks without `known`), and
 * each is a whole packed answer kept alive past the keystroke, which the garbage collector pays for on every edit;
 * two overlapping requests naming an older version get the answer whole.
 */
const MODELS = 4;

export class PreviewAnswers {
    private readonly answers = new WeakMap<ModelAnalysisResult, PackedAnswer | undefined>();
    /** Ids of tables by identity: the data's arrays live as long as the data file is unchanged. */
    private readonly tableIds = new WeakMap<readonly unknown[], string>();
    /** Unique to this server process, so that a version from before a restart never names another answer. */
    private readonly session = Math.random().toString(36).slice(2, 8);
    private nextTable = 0;
    private nextVersion = 0;
    /** Per model (its key), the version last sent and its packed input; the least recently answered model first. */
    private readonly lastSent = new Map<string, { version: string; input: PackedRenderInput }>();

    /** The analysis's answer, assembled and packed once per analysis (i.e. once per change of the model). */
    of(analysis: ModelAnalysisResult): PackedAnswer | undefined {
        if (!this.answers.has(analysis)) this.answers.set(analysis, this.pack(analysis));
        return this.answers.get(analysis);
    }

    /** Remembers that a client of `model` received `version` (with `input`): the next answer may be a patch of it. */
    sent(model: string, version: string, input: PackedRenderInput): void {
        this.lastSent.delete(model);
        this.lastSent.set(model, { version, input });
        if (this.lastSent.size > MODELS) this.lastSent.delete(this.lastSent.keys().next().value!);
    }

    /**
     * What turns the answer of `known`, sent for `model`, into `input`; undefined when this server does not
     * remember sending `known` (never, forgotten, another model), so the answer goes whole.
     */
    patchFrom(model: string, known: string | undefined, input: PackedRenderInput): JsonPatch | undefined {
        const last = this.lastSent.get(model);
        if (known === undefined || last?.version !== known) return undefined;
        // Equal inputs under two versions (the errors changed, not the results) make an empty patch.
        return diffJson(last.input, input) ?? { o: {} };
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
