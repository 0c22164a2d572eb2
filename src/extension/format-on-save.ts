import * as vscode from 'vscode';

/**
 * The older `styrmodell.formatOnSave` setting, for those who set it: VS Code's own `[styrmodell]`
 * `editor.formatOnSave` is the setting to use, and when that is on this one gives way (no second format).
 */
export function registerFormatOnSave(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.workspace.onWillSaveTextDocument(event => {
            if (event.document.languageId !== 'styrmodell') return;
            if (!vscode.workspace.getConfiguration('styrmodell', event.document.uri).get<boolean>('formatOnSave'))
                return;
            if (vscode.workspace.getConfiguration('editor', event.document).get<boolean>('formatOnSave')) return;
            event.waitUntil(
                Promise.resolve(
                    vscode.commands.executeCommand<vscode.TextEdit[]>(
                        'vscode.executeFormatDocumentProvider',
                        event.document.uri,
                        { tabSize: 4, insertSpaces: true }
                    )
                ).then(edits => edits ?? [])
            );
        })
    );
}
