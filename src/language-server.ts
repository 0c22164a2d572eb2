import { startLanguageServer as startLangiumServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { prepareConnection, registerCustomHandlers } from './lsp/custom-handlers.js';
import { createStyrmodellServices } from './services.js';

/**
 * Starts the language server on the process's stdio (or the transport given on the command line): the
 * connection, the services and the custom handlers, wired above `lsp/` like the services themselves.
 */
export function startLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    prepareConnection(connection);
    const { shared, Styrmodell } = createStyrmodellServices({ connection, ...NodeFileSystem });
    registerCustomHandlers(shared, Styrmodell);
    startLangiumServer(shared);
}
