import { startLanguageServer as startLangiumServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createStyrmodellServices } from '../language/styrmodell-module.js';
import { registerDataFileWatcher } from './data-file-watcher.js';
import { registerPreviewHandler } from './preview-handler.js';
import { registerYearSetting } from './year-setting.js';

/** Starts the language server on the process's stdio (or the transport given on the command line). */
export function startLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared, Styrmodell } = createStyrmodellServices({ connection, ...NodeFileSystem });
    registerPreviewHandler(shared, Styrmodell);
    registerDataFileWatcher(shared, Styrmodell, Styrmodell.lsp.KoladaCatalog);
    registerYearSetting(shared, Styrmodell);
    startLangiumServer(shared);
}
