import type { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Rebuilds the documents at `uris` (every loaded document when none are given) once the workspace is ready, under
 * the workspace lock: for changes Langium does not see itself (a data file, the year, workspace trust).
 */
export function rebuildDocuments(shared: LangiumSharedServices, uris?: URI[]): void {
    const all = uris ?? shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
    void shared.workspace.WorkspaceManager.ready.then(() =>
        shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(all, [], token))
    );
}
