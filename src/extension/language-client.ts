import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Starts the bundled language server (out/server/main.cjs) over IPC for `.styr` files. */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const module = context.asAbsolutePath('out/server/main.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'styrmodell' }],
        synchronize: { configurationSection: 'styrmodell' },
        initializationOptions: { year: vscode.workspace.getConfiguration('styrmodell').get<number | null>('year') ?? undefined }
    };
    const client = new LanguageClient('styrmodell', vscode.l10n.t('Styrmodell language server'), serverOptions, clientOptions);
    context.subscriptions.push(client);
    await client.start();
    return client;
}
