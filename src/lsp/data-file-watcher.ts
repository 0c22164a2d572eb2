import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import { dataFileKey } from '../language/data-path.js';
import type { StyrmodellServices } from './lsp-services.js';
import { rebuildDocuments } from './rebuild.js';

const DATA_FILES = /\.(csv|tsv|txt|json)$/i;

/**
 * Langium ignores `.csv` and `.json` changes; a data file that changes on disk must rebuild every model that
 * names it (diagnostics, hover, inlay hints and an open preview follow).
 */
export function registerDataFileWatcher(
    shared: LangiumSharedServices,
    services: StyrmodellServices,
    onChanged?: (key: string) => void
): void {
    const analysis = services.analysis.ModelAnalysis;
    const catalog = services.lsp.KoladaCatalog;
    const membership = services.references.ModelMembership;
    let canRegister = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        canRegister = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
        catalog.setWorkspaceFolders((params.workspaceFolders ?? []).map(folder => URI.parse(folder.uri)));
    });
    shared.lsp.LanguageServer.onInitialized(() => {
        // Clients that take no '**/*' watcher (Langium registers one) still watch data files through this one.
        if (canRegister)
            void shared.lsp.Connection?.client.register(DidChangeWatchedFilesNotification.type, {
                watchers: [{ globPattern: '**/*.{csv,tsv,txt,json}' }]
            });
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const changed = params.changes.map(change => URI.parse(change.uri)).filter(uri => DATA_FILES.test(uri.path));
        if (changed.length === 0) return;
        catalog.invalidate();
        changed.forEach(uri => onChanged?.(dataFileKey(uri)));
        const modelKeys = new Set(changed.flatMap(uri => analysis.dataFileChanged(dataFileKey(uri))));
        const uris = [...modelKeys].flatMap(key => membership.documentsOf(key).map(d => d.uri));
        if (uris.length === 0) return;
        rebuildDocuments(shared, uris);
    });
}
