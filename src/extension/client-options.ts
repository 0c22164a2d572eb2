import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { WorkspaceTrustedNotification } from '../protocol.js';

/**
 * What the desktop and the web client tell the language server; one place so both behave alike. `schemes` are the
 * document schemes the server gets: only the workspace's own (and untitled), never `git:` and other views of a file.
 */
export function clientOptions(schemes: string[]): LanguageClientOptions {
    return {
        documentSelector: [...new Set(schemes)].map(scheme => ({ scheme, language: 'styrmodell' })),
        synchronize: { configurationSection: 'styrmodell' },
        initializationOptions: {
            year: vscode.workspace.getConfiguration('styrmodell').get<number | null>('year') ?? undefined,
            // Restricted Mode: the language works, but the server reads no data file until the workspace is trusted.
            trusted: vscode.workspace.isTrusted
        }
    };
}

/** Tells the server when the user trusts the workspace, so it starts reading data files. */
export function sendTrustWhenGranted(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(
        vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WorkspaceTrustedNotification))
    );
}
