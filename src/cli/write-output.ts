import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Writes through a temporary file and a rename, so a crash never leaves a half-written file. A symlink is
 * written through (the link stays a link), the file keeps its permissions, and a failed write removes the
 * temporary file again.
 */
export function writeFileAtomically(path: string, text: string | Uint8Array): void {
    let target = path;
    let mode: number | undefined;
    try {
        target = realpathSync(path);
        mode = statSync(target).mode & 0o7777;
    } catch {
        // A new file: written where asked, with the default permissions.
    }
    const temporary = `${target}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, text, mode === undefined ? {} : { mode });
        if (mode !== undefined) chmodSync(temporary, mode);
        renameSync(temporary, target);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw new UsageError(`Kan inte skriva ${path}: ${describeWriteError(error)}`);
    }
}

function describeWriteError(error: unknown): string {
    switch ((error as { code?: unknown }).code) {
        case 'EISDIR':
            return 'det är en mapp.';
        case 'EACCES':
        case 'EPERM':
            return 'behörighet saknas.';
        case 'ENOSPC':
            return 'disken är full.';
        case 'EROFS':
            return 'filsystemet är skrivskyddat.';
        case 'ENOENT':
            return 'mappen finns inte.';
        default:
            return (error as Error).message;
    }
}

/** A command's output: to stdout, or to `--out` (never over a model file, which a typo could otherwise erase). */
export function writeOutput(text: string | Uint8Array, out: string | undefined): void {
    if (out === undefined) {
        process.stdout.write(text);
        return;
    }
    if (extname(out) === '.styr') throw new UsageError(`${out} är en modellfil; välj ett annat namn med --out.`);
    writeFileAtomically(out, text);
}
