import type * as vscode from 'vscode';
import { activateWith } from './activate.js';
import { startLanguageClient } from './language-client.js';

/** The extension is thin: it starts the language server, registers the commands and hosts the preview. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    activateWith(context, await startLanguageClient(context));
}

export function deactivate(): void {
    // The client is disposed through context.subscriptions.
}
