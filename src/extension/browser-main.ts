/**
 * The extension's web entry (package.json `browser`): VS Code for the Web (vscode.dev, github.dev) runs it in the
 * browser's extension host, with the language server in a web worker. The server has no file system of its own;
 * it asks for the workspace's folders and files (`.styr` and data files) through workspace-fs.ts.
 */
import * as vscode from 'vscode';
import {
    BrowserMessageReader,
    BrowserMessageWriter,
    LanguageClient,
    type MessageTransports
} from 'vscode-languageclient/browser';
import { activateWith } from './activate.js';
import { clientOptions, sendTrustWhenGranted } from './client-options.js';
import { startQuietly } from './quiet-while-stopped.js';
import { serveWorkspaceFiles } from './workspace-fs.js';

/**
 * The browser's Worker, as much of it as this entry uses. The rest of the extension runs in Node, so the project
 * gives no file but the webview's the DOM's types; this one browser global is declared where it is used.
 */
interface BrowserWorker {
    terminate(): void;
}
declare const Worker: new (url: string) => BrowserWorker;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'out', 'server', 'browser.js');
    // A new worker at each (re)start; the previous one is ended. Transports rather than the Worker itself: the web
    // extension host wraps `Worker`, so the client's `instanceof Worker` test would not recognise ours.
    let worker: BrowserWorker | undefined;
    const transports = async (): Promise<MessageTransports> => {
        worker?.terminate();
        worker = await startWorker(serverMain);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    const client = new LanguageClient(
        'styrmodell',
        vscode.l10n.t('Styrmodell language server'),
        transports,
        clientOptions([...(vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.scheme), 'untitled'])
    );
    context.subscriptions.push({ dispose: () => worker?.terminate() });
    serveWorkspaceFiles(client);
    context.subscriptions.push(client);
    await startQuietly(client);
    sendTrustWhenGranted(context, client);
    activateWith(context, client);
}

/**
 * The worker from the extension's own URL where the browser can load it (vscode.dev, github.dev serve extensions
 * over https); from a Blob of its bytes where VS Code refuses a worker URL (an extension installed on a remote
 * such as code-server has a `vscode-remote:` URI, and the web extension host allows no worker from there).
 */
async function startWorker(serverMain: vscode.Uri): Promise<BrowserWorker> {
    if (serverMain.scheme === 'http' || serverMain.scheme === 'https') return new Worker(serverMain.toString(true));
    const script = await vscode.workspace.fs.readFile(serverMain);
    return new Worker(URL.createObjectURL(new Blob([script as Uint8Array<ArrayBuffer>], { type: 'text/javascript' })));
}

export function deactivate(): void {
    // The client (and with it the worker) is disposed through context.subscriptions.
}
