import { randomBytes } from 'node:crypto';
import {
    chmodSync,
    linkSync,
    lstatSync,
    realpathSync,
    renameSync,
    rmSync,
    type Stats,
    statSync,
    writeFileSync
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import { cleanUpOnInterrupt } from './interrupt-cleanup.js';
import { UsageError } from './usage-error.js';

/**
 * The one writer of CLI.md "Every command". A regular file is written through a temporary file created
 * exclusively beside it (a random name, `wx`, so a planted link or file is never followed) and a rename, so a
 * crash or an interrupt never leaves a half-written file. Anything else (a device, a FIFO, a terminal) is
 * written in place, so /dev/null stays a device. A symlink is written through (the link stays a link), the
 * file keeps its permissions, and a failed write removes the temporary file again.
 */
export function writeFileAtomically(path: string, text: string | Uint8Array): void {
    const target = resolveTarget(path);
    const existing = statOrUndefined(target);
    if (existing && !existing.isFile() && !existing.isDirectory()) {
        writeInPlace(path, target, text);
        return;
    }
    const mode = existing ? existing.mode & 0o7777 : undefined;
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const remove = () => rmSync(temporary, { force: true });
    const done = cleanUpOnInterrupt(remove);
    let created = false;
    try {
        writeFileSync(temporary, text, { flag: 'wx', ...(mode === undefined ? {} : { mode }) });
        created = true;
        if (mode !== undefined) chmodSync(temporary, mode);
        renameSync(temporary, target);
    } catch (error) {
        // Never remove what someone else created at the temporary name.
        if (created) remove();
        throw new UsageError(`Kan inte skriva ${path}: ${describeWriteError(error)}`);
    } finally {
        done();
    }
}

/**
 * Writes a file that must not exist yet (init never overwrites): the text goes to an exclusive temporary file,
 * which is then hard-linked to its name, so the file appears whole or not at all and anything already at the
 * name, a dangling link included, is refused.
 */
export function writeNewFile(path: string, text: string, shownPath = path): void {
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    const done = cleanUpOnInterrupt(() => rmSync(temporary, { force: true }));
    let created = false;
    try {
        writeFileSync(temporary, text, { flag: 'wx' });
        created = true;
        linkSync(temporary, path);
    } catch (error) {
        if ((error as { code?: unknown }).code === 'EEXIST' && created) {
            throw new UsageError(`${shownPath} finns redan och skrivs inte över.`);
        }
        throw new UsageError(`Kan inte skriva ${shownPath}: ${describeWriteError(error)}`);
    } finally {
        if (created) rmSync(temporary, { force: true });
        done();
    }
}

/** Where a write to `path` lands: the path itself, or what its symlink points to. */
function resolveTarget(path: string): string {
    try {
        return realpathSync(path);
    } catch {
        // A new file (or a dangling link, which --out refuses before this): written where asked.
        return path;
    }
}

function statOrUndefined(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

function writeInPlace(path: string, target: string, text: string | Uint8Array): void {
    try {
        writeFileSync(target, text);
    } catch (error) {
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
        case 'EEXIST':
            return 'en fil med det tillfälliga namnet fanns redan; försök igen.';
        default:
            return (error as Error).message;
    }
}

/**
 * A command's output: to stdout, or to `--out`; never over a model file (which a typo could otherwise erase),
 * and never through a symbolic link to a model file or to a file outside the folder the link is in.
 */
export function writeOutput(text: string | Uint8Array, out: string | undefined): void {
    if (out === undefined) {
        process.stdout.write(text);
        return;
    }
    if (extname(out) === '.styr') throw new UsageError(`${out} är en modellfil; välj ett annat namn med --out.`);
    refuseUnsafeLink(out);
    writeFileAtomically(out, text);
}

function refuseUnsafeLink(out: string): void {
    let link: Stats;
    try {
        link = lstatSync(out);
    } catch {
        return; // Nothing there yet: a new file.
    }
    if (!link.isSymbolicLink()) return;
    let target: string;
    try {
        target = realpathSync(out);
    } catch {
        throw new UsageError(`${out} är en länk som pekar på något som inte finns; välj ett annat namn med --out.`);
    }
    if (extname(target) === '.styr') {
        throw new UsageError(`${out} är en länk till modellfilen ${target}; välj ett annat namn med --out.`);
    }
    const folder = realpathSync(dirname(out));
    const inside = relative(folder, target);
    if (inside.startsWith('..') || isAbsolute(inside)) {
        throw new UsageError(
            `${out} är en länk till ${target}, utanför mappen länken ligger i; välj ett annat namn med --out.`
        );
    }
}
