import { DocumentState, type LangiumDocument } from 'langium';
import { DataFileCache, type ModelData } from '../../data/index.js';
import { computeFulfilment, MeasureResultReuse, type ModelResult, modelResults } from '../../fulfilment/index.js';
import type { FollowUpDate } from '../../model/follow-up-date.js';
import type { ModelView } from '../../model/model-view.js';
import type { RenderInput } from '../../render/render-input.js';
import type { Document } from '../generated/ast.js';
import { idOfKey, type ModelMembership } from '../model-membership.js';
import { buildModelView } from '../model-view-builder.js';
import type { StyrmodellLanguageServices } from '../styrmodell-module.js';
import { type CarriedModel, keepUnchangedMeasures, loadCarriedData } from './carry-over.js';

/** A model as the checks, hover, inlay hints, reports and the preview see it. */
export interface ModelAnalysisResult {
    view: ModelView;
    data: ModelData;
    /** The year evaluated: the override (CLI `--year`, the preview's year selector) or the model's `år`. */
    year?: number;
    /** Fulfilment for `year`; undefined when the model names no year. */
    result?: ModelResult;
    /** The measure results kept for the next computation of this model and for the other years (measure-reuse.ts). */
    reuse?: MeasureResultReuse;
}

/** The first syntax error (lexer or parser) of a model: its document's URI and 1-based line. */
export interface SyntaxErrorLocation {
    uri: string;
    line: number;
}

/**
 * What the editor's surfaces (code lens, inlay hints, hover, preview) show for a model, all from this one answer
 * so they never disagree (READERS.md section 7): the current result; while a document of the model has a syntax
 * error, the last result computed without one, or nothing when there has been none.
 */
export type ShownAnalysis =
    | { kind: 'current'; analysis: ModelAnalysisResult }
    | { kind: 'last-valid'; analysis: ModelAnalysisResult; error: SyntaxErrorLocation }
    | { kind: 'none'; error: SyntaxErrorLocation };

/**
 * Builds each model's view, loads its data and computes fulfilment once per change, for everything that
 * shows a number. Data files are parsed once and shared between models (DataFileCache).
 */
export class ModelAnalysis {
    readonly dataCache = new DataFileCache();
    private readonly membership: ModelMembership;
    /**
     * By model key, then year: until a document of that model changes (its main file or a `del av` file), so that
     * an edit in one model leaves the others' results as they are.
     */
    private readonly results = new Map<string, Map<string, ModelAnalysisResult>>();
    /** By the same key: the last result computed while no document of the model had a syntax error. */
    private readonly lastValid = new Map<string, ModelAnalysisResult>();
    /** By model key: what the model's last computation built, to keep what an edit left unchanged (carry-over.ts). */
    private readonly carried = new Map<string, CarriedModel>();
    private yearOverride?: number;
    private dataAllowed = true;
    private forChecksOnly = false;

    constructor(services: StyrmodellLanguageServices) {
        this.membership = services.references.ModelMembership;
        const builder = services.shared.workspace.DocumentBuilder;
        // Before the change is parsed, the membership still names the model a changed or deleted file belonged to;
        // once the changed files are indexed, it names the model they belong to now (a `del av` may have moved).
        builder.onUpdate((changed, deleted) => {
            // A deletion has already left the membership's index: which model lost a file is not known, so all go.
            if (deleted.length > 0) this.results.clear();
            for (const uri of changed) this.evict(this.membership.modelKeyOfUri(uri.toString()));
        });
        builder.onBuildPhase(DocumentState.IndexedContent, documents => {
            for (const document of documents) this.evict(this.membership.modelKeyOf(document));
        });
    }

    private evict(modelKey: string | undefined): void {
        if (modelKey !== undefined) this.results.delete(modelKey);
    }

    /** Evaluate every model for this year instead of its `år` (undefined: back to `år`). */
    setYear(year: number | undefined): void {
        if (year !== this.yearOverride) this.results.clear();
        this.yearOverride = year;
    }

    /**
     * Only the checks read the results (`styrmodell validate`): each measure's standing among the municipalities,
     * which only the preview, reports and the site show, is not computed, and nothing is kept for the editor (the
     * last valid result, what an edit carries over), so a model's result goes with its group's documents.
     */
    resultsForChecksOnly(): void {
        this.forChecksOnly = true;
        this.results.clear();
    }

    /**
     * Whether data files may be read. An untrusted workspace (VS Code's Restricted Mode) reads none: its models
     * are computed from what they say themselves, and the data checks are not run.
     */
    get readsData(): boolean {
        return this.dataAllowed;
    }

    setReadsData(allowed: boolean): void {
        if (allowed !== this.dataAllowed) {
            this.results.clear();
            // A result from data that may no longer be read is not shown as the last valid one either.
            this.lastValid.clear();
            this.carried.clear();
        }
        this.dataAllowed = allowed;
    }

    analyseDocument(document: LangiumDocument): ModelAnalysisResult | undefined {
        const key = this.membership.modelKeyOf(document);
        return key === undefined ? undefined : this.analyse(key);
    }

    /** The model with this key (ModelMembership); undefined when no document declares its header. */
    analyse(modelKey: string, year?: number): ModelAnalysisResult | undefined {
        const modelId = idOfKey(modelKey);
        const documents = this.membership.documentsOf(modelKey);
        if (!documents.some(d => d.parseResult.value.headers.some(h => h.name === modelId))) return undefined;
        const effectiveYear = year ?? this.yearOverride;
        const key = this.cacheKey(modelKey, year);
        let byYear = this.results.get(modelKey);
        if (byYear === undefined) {
            byYear = new Map();
            this.results.set(modelKey, byYear);
        }
        let result = byYear.get(key);
        if (result === undefined) {
            result = this.compute(modelKey, modelId, documents, effectiveYear);
            byYear.set(key, result);
        }
        // For the editor's surfaces only: validate would keep every model's result to the end of the run.
        if (!this.forChecksOnly && firstSyntaxError(documents) === undefined) this.lastValid.set(key, result);
        return result;
    }

    /** What the editor's surfaces show for this model (see ShownAnalysis); undefined as for `analyse`. */
    shown(modelKey: string, year?: number): ShownAnalysis | undefined {
        const error = firstSyntaxError(this.membership.documentsOf(modelKey));
        if (error === undefined) {
            const analysis = this.analyse(modelKey, year);
            return analysis && { kind: 'current', analysis };
        }
        const last = this.lastValid.get(this.cacheKey(modelKey, year));
        return last ? { kind: 'last-valid', analysis: last, error } : { kind: 'none', error };
    }

    shownForDocument(document: LangiumDocument): ShownAnalysis | undefined {
        const key = this.membership.modelKeyOf(document);
        return key === undefined ? undefined : this.shown(key);
    }

    private cacheKey(modelKey: string, year: number | undefined): string {
        return `${modelKey}\u0001${year ?? this.yearOverride ?? ''}`;
    }

    private compute(
        modelKey: string,
        modelId: string,
        documents: LangiumDocument<Document>[],
        effectiveYear: number | undefined
    ): ModelAnalysisResult {
        // An edit changes a measure or two: the others keep their view objects, and with them their results.
        const before = this.carried.get(modelKey);
        const view = keepUnchangedMeasures(buildModelView(modelId, documents), before);
        const { data, files, sources } = loadCarriedData(
            this.dataAllowed ? view.dataSources : [],
            this.dataCache,
            before
        );
        // Kept from the second computation of a model on (an edit): `validate` computes each model once.
        const reuse =
            before === undefined
                ? undefined
                : before.reuse?.fits(view, data.lookup)
                  ? before.reuse
                  : new MeasureResultReuse(view, data.lookup);
        // Carried to the model's next computation after an edit; validate computes each model once.
        if (!this.forChecksOnly) this.carried.set(modelKey, { view, data, files, sources, reuse });
        const evaluated = effectiveYear ?? view.year;
        return {
            view,
            data,
            year: evaluated,
            result:
                evaluated === undefined
                    ? undefined
                    : computeFulfilment(view, data.lookup, evaluated, undefined, {
                          reuse,
                          withoutStanding: this.forChecksOnly
                      }),
            reuse
        };
    }

    /** Forgets a changed data file; returns the keys of the models that name it, which must be rebuilt. */
    dataFileChanged(path: string): string[] {
        this.dataCache.invalidate(path);
        const affected = this.membership
            .modelKeys()
            .filter(key =>
                buildModelView(idOfKey(key), this.membership.documentsOf(key)).dataSources.some(
                    source => source.resolvedPath === path
                )
            );
        for (const key of affected) this.evict(key);
        return affected;
    }
}

/** The first lexer or parser error in the model's documents, in their order; undefined when they parse. */
export function firstSyntaxError(documents: readonly LangiumDocument[]): SyntaxErrorLocation | undefined {
    for (const document of documents) {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length === 0 && parserErrors.length === 0) continue;
        // A parser error at the end of the text has no offset (NaN): it is on the last line.
        const offsets = [...lexerErrors.map(e => e.offset), ...parserErrors.map(e => e.token.startOffset)].filter(
            Number.isFinite
        );
        const text = document.textDocument;
        const line = offsets.length > 0 ? text.positionAt(Math.min(...offsets)).line + 1 : Math.max(1, text.lineCount);
        return { uri: document.uri.toString(), line };
    }
    return undefined;
}

export interface RenderInputOptions {
    /**
     * Only the model's year carries the comparison with all municipalities: for the site, which shows the
     * comparison for that year only. (That year's result is always the one the analysis computed.)
     */
    standingOfYearOnly?: boolean;
}

/**
 * What the preview and the reports draw: the model view and its results (fulfilment/model-results.ts); with
 * `per`, the year's interim follow-up of that date is shown first.
 */
export function renderInputOf(
    analysis: ModelAnalysisResult,
    per?: FollowUpDate,
    options: RenderInputOptions = {}
): RenderInput | undefined {
    const { view, data, year } = analysis;
    if (year === undefined) return undefined;
    // The analysis computed the model's year already (with the comparison): every surface takes that result.
    return {
        view,
        ...modelResults(view, data, year, per, {
            yearResult: analysis.result,
            otherYearsWithoutStanding: options.standingOfYearOnly,
            reuse: analysis.reuse
        })
    };
}
