import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { clientOptions, sendTrustWhenGranted } from './client-options.js';
import { startQuietly } from './quiet-while-stopped.js';

/** Starts the bundled language server (out/server/main.cjs) over IPC for `.styr` files. */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const module = context.asAbsolutePath('out/server/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    // Files on disk and new unsaved ones only: a `git:` document (the diff view's other side) or any other
    // scheme would join the model as a second copy and get false duplicate-name errors.
    const client = new LanguageClient(
        'styrmodell',
        vscode.l10n.t('Styrmodell language server'),
        serverOptions,
        clientOptions(['file', 'untitled'])
    );
    context.subscriptions.push(client);
    await startQuietly(client);
    sendTrustWhenGranted(context, client);
    return client;
}
