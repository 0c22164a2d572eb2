/**
 * Entry of the web language server (out/server/browser.js): VS Code for the Web starts it in a web worker. The
 * same services as on the desktop, with the client's workspace as the file system (ClientFileSystemProvider) and
 * the `data` files read from it before each build (PreloadedDataFiles).
 */
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { prepareConnection, registerCustomHandlers } from '../lsp/custom-handlers.js';
import { createStyrmodellServices } from '../services.js';
import { ClientFileSystemProvider } from './client-file-system.js';
import { PreloadedDataFiles, registerDataPreload } from './preloaded-data-files.js';

/** The worker's global scope, which the message reader and writer listen on and post to. */
// typescript-eslint's project service does not resolve the package's `browser` subpath types (tsc does).
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const worker = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
prepareConnection(connection);
const { shared, Styrmodell } = createStyrmodellServices({
    connection,
    fileSystemProvider: () => new ClientFileSystemProvider(() => connection)
});
const dataFiles = new PreloadedDataFiles();
registerDataPreload(shared, Styrmodell, dataFiles);
registerCustomHandlers(shared, Styrmodell, path => dataFiles.forget(path));
startLanguageServer(shared);
