import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PreviewRequest } from '../protocol.js';
import { unpackRenderInput } from '../render/render-input.js';
import { buildSite } from '../render/site/build-site.js';
import { manifestText, siteFolderVerdict } from '../render/site/site-manifest.js';
import { SITE_FILES } from '../render/site/site-paths.js';

/**
 * *Publicera webbplats…*: the citizens' site of the open model (the same files as `styrmodell site`), written into
 * a folder the user picks, through `vscode.workspace.fs` so that it works in VS Code for the Web too. The folder
 * must be empty or a site written before (the manifest rule of the command line); the site is written beside it
 * first and then takes its place, so it is replaced whole.
 */
export async function publishSite(client: BaseLanguageClient, uri: vscode.Uri | undefined): Promise<void> {
    if (!uri || !uri.path.endsWith('.styr')) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a .styr file of the model to publish.'));
        return;
    }
    const result = await client.sendRequest(PreviewRequest, { uri: uri.toString() });
    // Asked without `known`, the server never answers `unchanged`.
    if (result.kind !== 'ok') {
        if (result.kind === 'unavailable') void vscode.window.showErrorMessage(result.message);
        return;
    }
    if (result.errors && result.errors.count > 0) {
        void vscode.window.showErrorMessage(
            vscode.l10n.t('The model has {0} errors; correct them before the site can be written.', result.errors.count)
        );
        return;
    }
    const files = buildSite(unpackRenderInput(result.input));
    if (!files) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The model has no results to show.'));
        return;
    }
    const chosen = await vscode.window.showOpenDialog({
        canSelectFolders: true,
        canSelectFiles: false,
        canSelectMany: false,
        defaultUri: vscode.Uri.joinPath(uri, '..'),
        openLabel: vscode.l10n.t('Write the site here'),
        title: vscode.l10n.t('Folder for the site (empty, or a site written before)')
    });
    const folder = chosen?.[0];
    if (!folder) return;
    const verdict = siteFolderVerdict(
        await filesUnder(folder),
        await readText(vscode.Uri.joinPath(folder, SITE_FILES.manifest)),
        folder.path
    );
    if (verdict.kind === 'refused') {
        void vscode.window.showErrorMessage(verdict.reason);
        return;
    }
    const temporary = folder.with({ path: `${folder.path.replace(/\/+$/, '')}.styrmodell-tmp` });
    try {
        await vscode.workspace.fs
            .delete(temporary, { recursive: true, useTrash: false })
            .then(undefined, () => undefined);
        for (const file of [...files, { path: SITE_FILES.manifest, content: manifestText(files) }]) {
            await vscode.workspace.fs.writeFile(
                vscode.Uri.joinPath(temporary, ...file.path.split('/')),
                new TextEncoder().encode(file.content)
            );
        }
        await vscode.workspace.fs.rename(temporary, folder, { overwrite: true });
    } catch (error) {
        await vscode.workspace.fs
            .delete(temporary, { recursive: true, useTrash: false })
            .then(undefined, () => undefined);
        void vscode.window.showErrorMessage(vscode.l10n.t('The site could not be written: {0}', String(error)));
        return;
    }
    const pages = files.filter(f => f.path.endsWith('.html')).length;
    const open = vscode.l10n.t('Open the start page');
    const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t('Wrote the site ({0} pages and the results as CSV and JSON) to {1}.', pages, folder.path),
        open
    );
    if (answer === open) await vscode.env.openExternal(vscode.Uri.joinPath(folder, SITE_FILES.start));
}

/** Every file under the folder, relative with `/`; an empty folder counts as an entry. [] when it does not exist. */
async function filesUnder(folder: vscode.Uri): Promise<string[]> {
    const found: string[] = [];
    const walk = async (dir: vscode.Uri, prefix: string): Promise<void> => {
        const entries = await vscode.workspace.fs.readDirectory(dir);
        if (entries.length === 0 && prefix) found.push(prefix);
        for (const [name, type] of entries) {
            if (type & vscode.FileType.Directory) await walk(vscode.Uri.joinPath(dir, name), `${prefix}${name}/`);
            else found.push(`${prefix}${name}`);
        }
    };
    try {
        await walk(folder, '');
    } catch {
        return [];
    }
    return found.sort();
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
        return undefined;
    }
}
