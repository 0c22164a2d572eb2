import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { closestName } from '../text/closest-name.js';
import { emptyParsedFile, type ParsedDataFile } from './parsed-data-file.js';
import { DataProblemCode } from './problems.js';
import { parseDataFile } from './read-data-file.js';

/** "Menade du resultat.csv?" when a file in the same folder is one typo away from the name on the data line. */
function nearbyFile(path: string): string {
    try {
        const name = closestName(
            basename(path),
            readdirSync(dirname(path)).filter(file => !file.startsWith('.'))
        );
        return name ? ` Menade du ${name}?` : '';
    } catch {
        return '';
    }
}

/** Joins a workbook's path and sheet into one cache key; a character no path or sheet name holds. */
const SHEET_SEPARATOR = '\u0000';

function cacheKey(path: string, sheet: string | undefined): string {
    return sheet === undefined ? path : `${path}${SHEET_SEPARATOR}${sheet}`;
}

export type EntryKind = 'file' | 'directory' | 'other';

/** Our code for a path that is neither a file nor a folder: a device (`/dev/zero`), a pipe, a socket. */
const NOT_A_REGULAR_FILE = 'not-a-regular-file';

function kindOf(stats: { isFile(): boolean; isDirectory(): boolean }): EntryKind {
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other';
}

/**
 * How the cache reads a file synchronously. Node's file system by default; VS Code for the Web's language server
 * reads the client's workspace ahead of each build and answers from memory. A failure throws an error whose
 * `code` is Node's (`ENOENT`, `EISDIR`, …).
 */
export interface SyncFileAccess {
    stat(path: string): { mtimeNs: bigint; size: bigint; kind: EntryKind };
    read(path: string): Uint8Array;
}

const NODE_FILES: SyncFileAccess = {
    stat(path) {
        const stats = statSync(path, { bigint: true });
        return { mtimeNs: stats.mtimeNs, size: stats.size, kind: kindOf(stats) };
    },
    read: path => readFileSync(path)
};

interface CacheEntry {
    mtimeNs: bigint;
    size: bigint;
    data: ParsedDataFile;
}

/**
 * Parsed data files by absolute path, shared by every model that names them (a workspace with Kumla and its
 * committees' files parses `resultat.csv` once). An entry is reused while the file's modification time
 * (nanoseconds) and size are unchanged; `invalidate` is for the file watcher, which may know sooner.
 * Missing and unreadable files are not cached, so they are found as soon as they appear.
 */
export class DataFileCache {
    private readonly entries = new Map<string, CacheEntry>();
    private readonly pending = new Map<string, Promise<ParsedDataFile>>();

    constructor(private access: SyncFileAccess = NODE_FILES) {}

    /** Reads through another file system from now on (the web language server's); forgets what was cached. */
    useFileAccess(access: SyncFileAccess): void {
        this.access = access;
        this.entries.clear();
    }

    /** The parsed file (for a workbook, its sheet `sheet` or the first); never throws. */
    load(path: string, sheet?: string): ParsedDataFile {
        const key = cacheKey(path, sheet);
        let stats;
        try {
            stats = this.access.stat(path);
        } catch (error) {
            return this.failure(path, error);
        }
        const cached = this.fresh(key, path, stats.mtimeNs, stats.size, stats.kind);
        if (cached) {
            return cached;
        }
        let bytes: Uint8Array;
        try {
            bytes = this.access.read(path);
        } catch (error) {
            return this.failure(path, error);
        }
        return this.store(key, stats.mtimeNs, stats.size, parseDataFile(bytes, path, sheet));
    }

    /**
     * Like {@link load}, reading the file without blocking; parsing is still synchronous. Concurrent calls for
     * one path share one read, so a model naming a file twice, or two models validated at once, parse it once.
     */
    loadAsync(path: string, sheet?: string): Promise<ParsedDataFile> {
        const key = cacheKey(path, sheet);
        let pending = this.pending.get(key);
        if (pending === undefined) {
            pending = this.readAsync(key, path, sheet).finally(() => this.pending.delete(key));
            this.pending.set(key, pending);
        }
        return pending;
    }

    private async readAsync(key: string, path: string, sheet: string | undefined): Promise<ParsedDataFile> {
        let stats;
        try {
            stats = await stat(path, { bigint: true });
        } catch (error) {
            return this.failure(path, error);
        }
        const cached = this.fresh(key, path, stats.mtimeNs, stats.size, kindOf(stats));
        if (cached) {
            return cached;
        }
        let bytes: Uint8Array;
        try {
            bytes = await readFile(path);
        } catch (error) {
            return this.failure(path, error);
        }
        return this.store(key, stats.mtimeNs, stats.size, parseDataFile(bytes, path, sheet));
    }

    /**
     * The parse of a file read without a sheet, with the modification time and size it was read at: what another
     * thread's cache needs to {@link adopt} it. Undefined when the file is not cached (missing, unreadable, not read).
     */
    entry(path: string): { mtimeNs: bigint; size: bigint; data: ParsedDataFile } | undefined {
        const entry = this.entries.get(cacheKey(path, undefined));
        return entry && { ...entry };
    }

    /**
     * Takes a parse made by another thread's cache for the file as it was at `mtimeNs` and `size`. As for every
     * entry, {@link load} still compares them with the file, so a file changed since is read again.
     */
    adopt(path: string, mtimeNs: bigint, size: bigint, data: ParsedDataFile): void {
        this.store(cacheKey(path, undefined), mtimeNs, size, data);
    }

    /** Forgets the file, every sheet of it read so far included. */
    invalidate(path: string): void {
        this.entries.delete(path);
        const sheets = `${path}${SHEET_SEPARATOR}`;
        for (const key of this.entries.keys()) {
            if (key.startsWith(sheets)) this.entries.delete(key);
        }
    }

    clear(): void {
        this.entries.clear();
    }

    /** Paths currently cached, for a file watcher that wants to know what to watch. */
    paths(): string[] {
        return [...new Set([...this.entries.values()].map(entry => entry.data.file))];
    }

    private fresh(
        key: string,
        path: string,
        mtimeNs: bigint,
        size: bigint,
        kind: EntryKind
    ): ParsedDataFile | undefined {
        const entry = this.entries.get(key);
        if (entry && entry.mtimeNs === mtimeNs && entry.size === size) {
            return entry.data;
        }
        this.entries.delete(key);
        if (kind !== 'file') {
            return this.failure(
                path,
                Object.assign(new Error('not a file'), { code: kind === 'directory' ? 'EISDIR' : NOT_A_REGULAR_FILE })
            );
        }
        return undefined;
    }

    private store(key: string, mtimeNs: bigint, size: bigint, data: ParsedDataFile): ParsedDataFile {
        this.entries.set(key, { mtimeNs, size, data });
        return data;
    }

    private failure(path: string, error: unknown): ParsedDataFile {
        const code = (error as { code?: unknown } | undefined)?.code;
        const result = emptyParsedFile(path);
        const missing = code === 'ENOENT' || code === 'ENOTDIR';
        result.problems.push({
            code: missing ? DataProblemCode.fileMissing : DataProblemCode.fileUnreadable,
            file: path,
            line: 0,
            message: missing
                ? `Datafilen ${path} finns inte.${nearbyFile(path)} Kontrollera sökvägen på data-raden; ` +
                  'den räknas från mappen där .styr-filen ligger.'
                : code === 'EISDIR'
                  ? `${path} är en mapp, inte en fil. Skriv sökvägen till datafilen på data-raden.`
                  : code === NOT_A_REGULAR_FILE
                    ? `${path} är ingen vanlig fil (utan till exempel en enhet eller en pipe) och läses inte. ` +
                      'Skriv sökvägen till datafilen (.csv eller .json) på data-raden.'
                    : `Datafilen ${path} kan inte läsas (${typeof code === 'string' ? code : 'okänt fel'}). ` +
                      'Kontrollera att filen inte är låst av ett annat program och att du har behörighet att läsa den.',
            severity: 'error'
        });
        return result;
    }
}
