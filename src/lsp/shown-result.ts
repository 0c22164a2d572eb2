import type { LangiumDocument } from 'langium';
import type { ModelAnalysisResult } from '../language/analysis/model-analysis.js';
import { lastValidNote, noValidResultNote } from '../text/last-valid.js';
import type { StyrmodellServices } from './lsp-services.js';
import { workspaceName } from './workspace-names.js';

/**
 * The result the code lenses, inlay hints, hover and preview show for a document's model, taken from one answer
 * (ModelAnalysis.shown) so they never disagree: `note` marks a last valid result kept through a syntax error
 * ("Senaste giltiga resultat; rad 32 har fel"), or says there is none (then `analysis` is undefined).
 */
export interface ShownResult {
    analysis?: ModelAnalysisResult;
    note?: string;
}

export function shownResultOf(
    services: StyrmodellServices,
    document: LangiumDocument,
    year?: number
): ShownResult | undefined {
    const key = services.references.ModelMembership.modelKeyOf(document);
    const shown = key === undefined ? undefined : services.analysis.ModelAnalysis.shown(key, year);
    if (!shown) return undefined;
    if (shown.kind === 'current') return { analysis: shown.analysis };
    const folders = services.shared.workspace.WorkspaceManager.workspaceFolders;
    const error = { file: workspaceName(shown.error.uri, folders), line: shown.error.line };
    const current = workspaceName(document.uri.toString(), folders);
    return shown.kind === 'last-valid'
        ? { analysis: shown.analysis, note: lastValidNote(error, current) }
        : { note: noValidResultNote(error, current) };
}
