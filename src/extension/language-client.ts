import * as vscode from 'vscode';
import { WorkspaceTrustedNotification } from '../lsp/protocol.js';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Starts the bundled language server (out/server/main.cjs) over IPC for `.styr` files. */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const module = context.asAbsolutePath('out/server/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        // Files on disk and new unsaved ones only: a `git:` document (the diff view's other side) or any other
        // scheme would join the model as a second copy and get false duplicate-name errors.
        documentSelector: [{ scheme: 'file', language: 'styrmodell' }, { scheme: 'untitled', language: 'styrmodell' }],
        synchronize: { configurationSection: 'styrmodell' },
        initializationOptions: {
            year: vscode.workspace.getConfiguration('styrmodell').get<number | null>('year') ?? undefined,
            // Restricted Mode: the language works, but the server reads no data file until the workspace is trusted.
            trusted: vscode.workspace.isTrusted
        }
    };
    const client = new LanguageClient('styrmodell', vscode.l10n.t('Styrmodell language server'), serverOptions, clientOptions);
    context.subscriptions.push(client);
    await client.start();
    context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WorkspaceTrustedNotification)));
    return client;
}
