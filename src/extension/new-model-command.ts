import * as vscode from 'vscode';
import { MODEL_FILE, newModelFiles, SNAPSHOT_FILE } from '../init/new-model.js';
import { MUNICIPALITIES } from '../model/municipalities.js';

/**
 * *Ny styrmodell…*: the same files as `styrmodell init`, written through `vscode.workspace.fs` so that it works
 * in VS Code for the Web as well. Never overwrites: a folder with a `.styr` file is refused, an earlier snapshot kept.
 */
export async function newModel(): Promise<void> {
    const picked = await vscode.window.showQuickPick(
        [...MUNICIPALITIES].map(([code, name]) => ({ label: name, description: code, code })),
        {
            title: vscode.l10n.t('New governance model'),
            placeHolder: vscode.l10n.t('Municipality (name or code)'),
            matchOnDescription: true
        }
    );
    if (!picked) return;
    const folder = await pickFolder();
    if (!folder) return;
    const existing = await existingModels(folder);
    if (existing.length > 0) {
        void vscode.window.showErrorMessage(
            vscode.l10n.t('{0} already holds a model ({1}). Choose another folder.', folder.path, existing.join(', '))
        );
        return;
    }
    const year = new Date().getFullYear() - 1;
    for (const file of newModelFiles(picked.code, year) ?? []) {
        const uri = vscode.Uri.joinPath(folder, file.name);
        if (file.name === SNAPSHOT_FILE && (await exists(uri))) continue;
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(file.text));
    }
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, MODEL_FILE));
    void vscode.window.showInformationMessage(
        vscode.l10n.t(
            'Next step: fetch the Kolada values with `npx styrmodell fetch --out {0}` in the folder.',
            SNAPSHOT_FILE
        )
    );
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) return folders[0].uri;
    const chosen = await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        canSelectMany: false,
        defaultUri: folders[0]?.uri,
        openLabel: vscode.l10n.t('Write the model here')
    });
    return chosen?.[0];
}

async function existingModels(folder: vscode.Uri): Promise<string[]> {
    try {
        const entries = await vscode.workspace.fs.readDirectory(folder);
        return entries
            .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.styr'))
            .map(([name]) => name);
    } catch {
        return [];
    }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
