/**
 * The preview's answers, packed (render/shared-graph.ts) once per analysis of a model and named by a version, and
 * the answer last sent for each model, so that the next answer to a client holding it carries only what changed (render/json-patch.ts): per keystroke a few results travel, not the model's ten years of them.
 * Each model's answers are packed by one SharedGraphPacker, which takes over the packed parts of the results an
 * edit left unchanged, so the patch meets them as the same objects and skips them at once.
 */
import type { ModelAnalysisResult } from '../language/analysis/model-analysis.js';
import { renderInputOf } from '../language/analysis/model-analysis.js';
import { diffJson, type JsonPatch } from '../render/json-patch.js';
import type { PackedRenderInput } from '../render/render-input.js';
import { SharedGraphPacker } from '../render/shared-graph-packer.js';

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
    /**
     * Per model, the packer of its answers: each answer packed with what the last one shares with it taken over
     * (render/shared-graph-packer.ts), so that packing and the patch of a keystroke cost what it changed.
     */
    private readonly packers = new Map<string, SharedGraphPacker>();

    /** The answer for `model`'s analysis, assembled and packed once per analysis (i.e. once per change of the model). */
    of(analysis: ModelAnalysisResult, model: string): PackedAnswer | undefined {
        if (!this.answers.has(analysis)) this.answers.set(analysis, this.pack(analysis, model));
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

    private pack(analysis: ModelAnalysisResult, model: string): PackedAnswer | undefined {
        const input = renderInputOf(analysis);
        if (!input) return undefined;
        const packed: PackedRenderInput = this.packerOf(model).pack(input);
        // An analysis is computed once per change of its model (ModelAnalysis evicts by model) and never changed,
        // so a new one is a new version: no need to hash the answer's JSON on every keystroke.
        return { input: packed, version: `${this.session}-${this.nextVersion++}` };
    }

    /** The model's packer; the least recently used model's goes (each holds a packed answer and its counts). */
    private packerOf(model: string): SharedGraphPacker {
        let packer = this.packers.get(model);
        if (packer === undefined) packer = new SharedGraphPacker(table => this.tableId(table));
        else this.packers.delete(model);
        this.packers.set(model, packer);
        if (this.packers.size > MODELS) this.packers.delete(this.packers.keys().next().value!);
        return packer;
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
