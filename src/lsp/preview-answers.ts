/**
 * The preview's answers, packed (render/shared-graph.ts) once per analysis of a model and named by a version, and the
 * tables (a standing's codes and values, read from the data) each answer referenced, so that the next answer to a
 * client holding that one leaves out the tables it already has. Per keystroke only the results travel; the
 * tables only when the data changed.
 */
import type { ModelAnalysisResult } from '../language/analysis/model-analysis.js';
import { renderInputOf } from '../language/analysis/model-analysis.js';
import { type PackedRenderInput, packRenderInput } from '../render/render-input.js';

export interface PackedAnswer {
    /** Complete: every table it references is in `input.tables`. */
    input: PackedRenderInput;
    /** Names this answer of this server process (a new analysis, a new version). */
    version: string;
    tableIds: string[];
}

/** How many answered versions the server remembers the tables of (one per open preview and year is enough). */
const REMEMBERED_VERSIONS = 16;

export class PreviewAnswers {
    private readonly answers = new WeakMap<ModelAnalysisResult, PackedAnswer | undefined>();
    /** Ids of tables by identity: the data's arrays live as long as the data file is unchanged. */
    private readonly tableIds = new WeakMap<readonly unknown[], string>();
    /** Unique to this server process, so that an id from before a restart never names another table. */
    private readonly session = Math.random().toString(36).slice(2, 8);
    private nextTable = 0;
    private nextVersion = 0;
    /** The tables each recently answered version referenced, oldest first. */
    private readonly answered = new Map<string, ReadonlySet<string>>();

    /** The analysis's answer, assembled and packed once per analysis (i.e. once per change of the model). */
    of(analysis: ModelAnalysisResult): PackedAnswer | undefined {
        if (!this.answers.has(analysis)) this.answers.set(analysis, this.pack(analysis));
        return this.answers.get(analysis);
    }

    /** Remembers that a client received `version`: it holds that answer's tables. */
    sent(version: string, tableIds: readonly string[]): void {
        this.answered.delete(version);
        this.answered.set(version, new Set(tableIds));
        if (this.answered.size > REMEMBERED_VERSIONS) this.answered.delete(this.answered.keys().next().value!);
    }

    /** The tables a client holding `version` has; empty when this server never answered it (or forgot). */
    heldWith(version: string | undefined): ReadonlySet<string> {
        return (version === undefined ? undefined : this.answered.get(version)) ?? new Set();
    }

    private pack(analysis: ModelAnalysisResult): PackedAnswer | undefined {
        const input = renderInputOf(analysis);
        if (!input) return undefined;
        const { tableIds, ...packed } = packRenderInput(input, { tableId: table => this.tableId(table) });
        // An analysis is computed once per change of its model (ModelAnalysis evicts by model) and never changed,
        // so a new one is a new version: no need to hash the answer's JSON on every keystroke.
        return { input: packed, version: `${this.session}-${this.nextVersion++}`, tableIds };
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
