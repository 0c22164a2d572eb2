import { startLanguageServer as startLangiumServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { registerDataFileWatcher } from './lsp/data-file-watcher.js';
import { guardDocumentNotifications } from './lsp/message-guard.js';
import { publishPlainTextDiagnostics } from './lsp/plain-text-diagnostics.js';
import { registerPreviewHandler } from './lsp/preview-handler.js';
import { registerWorkspaceTrust } from './lsp/workspace-trust.js';
import { registerYearSetting } from './lsp/year-setting.js';
import { createStyrmodellServices } from './services.js';

/**
 * Starts the language server on the process's stdio (or the transport given on the command line): the
 * connection, the services and the custom handlers, wired above `lsp/` like the services themselves.
 */
export function startLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    guardDocumentNotifications(connection);
    publishPlainTextDiagnostics(connection);
    const { shared, Styrmodell } = createStyrmodellServices({ connection, ...NodeFileSystem });
    registerPreviewHandler(shared, Styrmodell);
    registerDataFileWatcher(shared, Styrmodell, Styrmodell.lsp.KoladaCatalog);
    registerYearSetting(shared, Styrmodell);
    registerWorkspaceTrust(shared, Styrmodell);
    startLangiumServer(shared);
}
