/**
 * `node:fs` and `node:fs/promises` for the web bundles: there is no local file system in a web worker. Every call
 * fails as a missing file would; the web language server reads through the client instead (ClientFileSystemProvider,
 * PreloadedDataFiles), and what still reaches here (the workspace scan for Kolada metadata) finds nothing.
 */
function failure(path: unknown): Error {
    return Object.assign(new Error(`${String(path)}: ingen lokal fil i webbläsaren`), { code: 'ENOENT' });
}

function missing(path: unknown): never {
    throw failure(path);
}

export const statSync = missing;
export const readFileSync = missing;
export const readdirSync = missing;
export const existsSync = (): boolean => false;
export const stat = (path: unknown): Promise<never> => Promise.reject(failure(path));
export const readFile = (path: unknown): Promise<never> => Promise.reject(failure(path));
export const promises = { stat, readFile };
export default { statSync, readFileSync, readdirSync, existsSync, promises };
