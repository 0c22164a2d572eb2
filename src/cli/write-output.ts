import { renameSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from './usage-error.js';

/** Writes through a temporary file and a rename, so a crash never leaves a half-written file. */
export function writeFileAtomically(path: string, text: string | Uint8Array): void {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, text, 'utf8');
        renameSync(temporary, path);
    } catch (error) {
        throw new UsageError(`Kan inte skriva ${path}: ${(error as Error).message}`);
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
