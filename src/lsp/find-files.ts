import { type FileSystemProvider, type URI, UriUtils } from 'langium';

/** How far and for what `findFiles` looks. */
export interface FileSearch {
    /** File names to return. */
    readonly pattern: RegExp;
    /** Sub-folder levels below the starting folder that are read (0: the folder itself only). */
    readonly maxDepth: number;
    /** Folder or file names never entered or returned; names starting with a dot are always skipped. */
    readonly skip: ReadonlySet<string>;
}

/**
 * Files below a folder whose names match, read through Langium's file system so that it works in the web worker
 * too. A folder that cannot be read is passed over: these searches only offer things, they never fail.
 */
export async function findFiles(
    fileSystem: FileSystemProvider,
    folder: URI,
    search: FileSearch,
    depth = 0
): Promise<URI[]> {
    let entries;
    try {
        entries = await fileSystem.readDirectory(folder);
    } catch {
        return [];
    }
    const files: URI[] = [];
    for (const entry of entries) {
        const name = UriUtils.basename(entry.uri);
        if (name.startsWith('.') || search.skip.has(name)) continue;
        if (entry.isFile && search.pattern.test(name)) {
            files.push(entry.uri);
        } else if (entry.isDirectory && depth < search.maxDepth) {
            for (const file of await findFiles(fileSystem, entry.uri, search, depth + 1)) files.push(file);
        }
    }
    return files;
}
