import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands } from './commands.js';
import { registerFormatOnSave } from './format-on-save.js';
import { PreviewManager } from './preview-manager.js';

/** Everything but the client's start, shared by the desktop (main.ts) and the web (browser-main.ts) entries. */
export function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    const previews = new PreviewManager(context, client);
    context.subscriptions.push(previews);
    registerCommands(context, client, previews);
    registerFormatOnSave(context);
}
