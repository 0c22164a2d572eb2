import { dirname, resolve } from 'node:path';
import { URI, UriUtils } from 'langium';

/**
 * The one rule for where a `data "path"` points: relative to the folder of the file that names it. `file` is
 * what `fileOf` gives: a file-system path for saved files, a URI string for anything else (VS Code for the Web's
 * `vscode-vfs:`, `vscode-remote:`), and the result has the same form, so it keys the data cache either way.
 */
export function resolveDataPath(file: string, path: string): string {
    if (!file.includes('://')) return resolve(dirname(file), path);
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) return path;
    return UriUtils.resolvePath(UriUtils.dirname(URI.parse(file)), path.replace(/\\/g, '/')).toString();
}

/** The key a changed file has in the data cache: its file-system path, or its URI string off the file system. */
export function dataFileKey(uri: URI): string {
    return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}
