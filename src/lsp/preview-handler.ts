import { DocumentState, type LangiumDocument, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { renderInputOf } from '../language/analysis/model-analysis.js';
import type { StyrmodellServices } from './lsp-services.js';
import {
    ModelChangedNotification,
    type ModelErrors,
    PreviewRequest,
    type PreviewResult,
    UNTRUSTED_PREVIEW_MESSAGE
} from '../protocol.js';
import { shownResultOf } from './shown-result.js';
import { workspaceName } from './workspace-names.js';

/**
 * Answers the preview's request with the same result objects hover and reports use, for every year with data,
 * and tells the client when a model was rebuilt so an open preview can refresh.
 */
export function registerPreviewHandler(shared: LangiumSharedServices, services: StyrmodellServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const builder = shared.workspace.DocumentBuilder;
    const membership = services.references.ModelMembership;

    connection.onRequest(PreviewRequest, async params => {
        const uri = URI.parse(params.uri);
        await builder.waitUntil(DocumentState.Validated);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) return { kind: 'unavailable', message: 'Dokumentet är inte öppet i språkservern.' };
        return preview(services, document, params.year);
    });

    builder.onBuildPhase(DocumentState.Validated, documents => {
        const uris = new Set<string>();
        for (const document of documents) {
            for (const uri of membership.urisSharingModelWith(document)) uris.add(uri);
        }
        if (uris.size > 0) {
            void connection.sendNotification(ModelChangedNotification, { uris: [...uris] });
        }
    });
}

export function preview(services: StyrmodellServices, document: LangiumDocument, year?: number): PreviewResult {
    if (!services.analysis.ModelAnalysis.readsData) return { kind: 'unavailable', message: UNTRUSTED_PREVIEW_MESSAGE };
    // The same result as the code lenses, inlay hints and hover: during a syntax error the last valid one, or none.
    const shown = shownResultOf(services, document, year);
    if (shown?.note && !shown.analysis) return { kind: 'unavailable', message: `${shown.note}.` };
    const analysis = shown?.analysis;
    if (!analysis)
        return {
            kind: 'unavailable',
            message: 'Filen hör inte till någon modell med huvud (`styrmodell Id "namn" { … }`).'
        };
    const input = renderInputOf(analysis);
    if (!input) return { kind: 'unavailable', message: 'Modellen anger inget år. Skriv `år 2019` i huvudet.' };
    const key = services.references.ModelMembership.modelKeyOf(document)!;
    const errors = modelErrors(
        services.references.ModelMembership.documentsOf(key),
        services.shared.workspace.WorkspaceManager.workspaceFolders
    );
    if (shown.note) errors.lastValid = shown.note;
    return errors.count > 0 || errors.lastValid ? { kind: 'ok', input, errors } : { kind: 'ok', input };
}

/** The errors (severity 1) of the model's documents as last validated, the first named workspace-relative. */
function modelErrors(
    documents: readonly LangiumDocument[],
    folders: readonly { uri: string }[] | undefined
): ModelErrors {
    let count = 0;
    let first: ModelErrors['first'];
    for (const document of documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            if (diagnostic.severity !== 1) continue;
            count++;
            first ??= {
                file: workspaceName(document.uri.toString(), folders),
                line: diagnostic.range.start.line + 1,
                message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
            };
        }
    }
    return first ? { count, first } : { count };
}
