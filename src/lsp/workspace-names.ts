import { URI, UriUtils } from 'langium';

/**
 * A file as the editor's surfaces name it: relative to the workspace folder that holds it, decoded, with `/`
 * (`nämnderna.styr`, `data/resultat.csv`), also in VS Code for the Web, where every file is a `vscode-remote:`
 * or `vscode-vfs:` URI; outside every folder, its base name. `file` is a path or a URI string (SourceLocation).
 */
export function workspaceName(file: string, folders: readonly { uri: string }[] | undefined): string {
    const uri = /^[a-z][a-z0-9+.-]*:\/\//i.test(file) ? URI.parse(file) : URI.file(file);
    for (const folder of folders ?? []) {
        const root = URI.parse(folder.uri);
        if (root.scheme !== uri.scheme || root.authority !== uri.authority) continue;
        const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
        if (uri.path.startsWith(base)) return uri.path.slice(base.length);
    }
    return UriUtils.basename(uri);
}
