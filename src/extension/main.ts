import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateWith } from './activate.js';
import { startLanguageClient } from './language-client.js';

let client: LanguageClient | undefined;

/** The extension is thin: it starts the language server, registers the commands and hosts the preview. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = await startLanguageClient(context);
    activateWith(context, client);
}

/**
 * VS Code waits for this on a window reload: the server is stopped (at most 2 s) before the extension host goes,
 * so that no request is left half-way. A stop that times out is no news for the user.
 */
export async function deactivate(): Promise<void> {
    await client?.stop(2000).catch(() => undefined);
}
