import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, KUMLA } from './run-cli.js';

/**
 * `report --out` interrupted at any moment (CLI.md "Every command"; issue 18): no temporary file survives, and
 * the target is either absent or a whole Word file, never half of one. The delays spread the signal over start-up,
 * computing and writing; the writer's cleanup is registered for the whole time its temporary file exists.
 */
const cases = [
    ['SIGINT', 150],
    ['SIGTERM', 350],
    ['SIGHUP', 550],
    ['SIGTERM', 750],
    ['SIGINT', 950],
    ['SIGTERM', 1150]
] as const;

function isWholeZip(bytes: Buffer): boolean {
    // A zip ends with its end-of-central-directory record (signature PK\x05\x06, 22 bytes without a comment).
    const end = bytes.subarray(-22);
    return bytes.subarray(0, 2).toString('latin1') === 'PK' && end.readUInt32LE(0) === 0x06054b50;
}

describe('report --out interrupted by a signal', () => {
    it.each(cases)(
        '%s after %i ms leaves no temporary file and no half-written report',
        async (signal, delay) => {
            const folder = mkdtempSync(join(tmpdir(), 'styrmodell-write-sig-'));
            cpSync(KUMLA, folder, { recursive: true });
            const child = spawn(process.execPath, [BIN, 'report', '--format', 'docx', '--out', 'rapport.docx'], {
                cwd: folder,
                stdio: 'ignore'
            });
            const exited = new Promise<void>(resolve => child.on('exit', () => resolve()));
            const timer = setTimeout(() => child.kill(signal), delay);
            await exited;
            clearTimeout(timer);
            expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
            const target = join(folder, 'rapport.docx');
            if (existsSync(target)) expect(isWholeZip(readFileSync(target))).toBe(true);
        },
        30_000
    );
});
