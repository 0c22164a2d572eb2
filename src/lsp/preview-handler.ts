import { DocumentState, type LangiumDocument, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import {
    ModelChangedNotification,
    type ModelErrors,
    PreviewRequest,
    type PreviewResult,
    UNTRUSTED_PREVIEW_MESSAGE
} from '../protocol.js';
import { contentVersion } from './content-version.js';
import type { StyrmodellServices } from './lsp-services.js';
import { PreviewAnswers } from './preview-answers.js';
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
        return preview(services, document, params.year, params.known);
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

/** One per server process: the answers sent are remembered per model, to send the next one as a patch. */
const answers = new PreviewAnswers();

export function preview(
    services: StyrmodellServices,
    document: LangiumDocument,
    year?: number,
    known?: string
): PreviewResult {
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
    const key = services.references.ModelMembership.modelKeyOf(document)!;
    const answer = answers.of(analysis, key);
    if (!answer) return { kind: 'unavailable', message: 'Modellen anger inget år. Skriv `år 2019` i huvudet.' };
    const errors = modelErrors(
        services.references.ModelMembership.documentsOf(key),
        services.shared.workspace.WorkspaceManager.workspaceFolders
    );
    if (shown.note) errors.lastValid = shown.note;
    const withErrors = errors.count > 0 || errors.lastValid !== undefined;
    // The errors change without the results (a syntax error keeps the last valid ones), so they are in the version.
    const version = withErrors ? contentVersion(answer.version + JSON.stringify(errors)) : answer.version;
    if (known === version) return { kind: 'unchanged', version };
    // To a client holding an answer this server sent, only what changed since.
    const patch = answers.patchFrom(key, known, answer.input);
    answers.sent(key, version, answer.input);
    const result: PreviewResult =
        patch === undefined || known === undefined
            ? { kind: 'ok', input: answer.input, version }
            : { kind: 'delta', patch, base: known, version };
    if (withErrors) result.errors = errors;
    return result;
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
