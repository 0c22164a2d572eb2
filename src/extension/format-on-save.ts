import * as vscode from 'vscode';

/** With `styrmodell.formatOnSave`, a `.styr` file is formatted as it is saved (off by default: no surprises). */
export function registerFormatOnSave(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.workspace.onWillSaveTextDocument(event => {
        if (event.document.languageId !== 'styrmodell') return;
        if (!vscode.workspace.getConfiguration('styrmodell', event.document.uri).get<boolean>('formatOnSave')) return;
        event.waitUntil(Promise.resolve(vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', event.document.uri, { tabSize: 4, insertSpaces: true }))
            .then(edits => edits ?? []));
    }));
}
