import * as vscode from 'vscode';
import { startLanguageClient } from './language-client.js';
import { PreviewManager } from './preview-manager.js';
import { registerCommands } from './commands.js';
import { registerFormatOnSave } from './format-on-save.js';

/** The extension is thin: it starts the language server, registers the commands and hosts the preview. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const client = await startLanguageClient(context);
    const previews = new PreviewManager(context, client);
    context.subscriptions.push(previews);
    registerCommands(context, client, previews);
    registerFormatOnSave(context);
}

export function deactivate(): void {
    // The client is disposed through context.subscriptions.
}
