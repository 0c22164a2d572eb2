import { renameSync, writeFileSync } from 'node:fs';
import { UsageError } from './usage-error.js';

/** Writes to stdout, or to a file through a temporary file and a rename so no half-written file is left. */
export function writeOutput(text: string, out: string | undefined): void {
    if (out === undefined) {
        process.stdout.write(text);
        return;
    }
    const temporary = `${out}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, text, 'utf8');
        renameSync(temporary, out);
    } catch (error) {
        throw new UsageError(`Kan inte skriva ${out}: ${(error as Error).message}`);
    }
}
