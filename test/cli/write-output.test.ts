import { spawn, spawnSync } from 'node:child_process';
import {
    cpSync,
    lstatSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    statSync,
    symlinkSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically, writeOutput } from '../../src/cli/write-output.js';
import { KUMLA, runCli } from './run-cli.js';

/** CLI.md "Every command", Writing: exclusive temporary files, in-place writes onto non-regular files, no writes through links. */

function kumlaCopy(): string {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-out-'));
    cpSync(KUMLA, folder, { recursive: true });
    return folder;
}

describe('--out and symbolic links', () => {
    it("refuses a link to the model's .styr file and leaves the model as it was", () => {
        const folder = kumlaCopy();
        const model = join(folder, 'styrmodell.styr');
        const before = readFileSync(model, 'utf8');
        symlinkSync(model, join(folder, 'rapport.md'));
        const result = runCli(['report', folder, '--format', 'md', '--out', join(folder, 'rapport.md')], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/länk till modellfilen/);
        expect(readFileSync(model, 'utf8')).toBe(before);
        expect(lstatSync(join(folder, 'rapport.md')).isSymbolicLink()).toBe(true);
    });

    it('refuses a link to a file outside the folder the link is in', () => {
        const outside = mkdtempSync(join(tmpdir(), 'styrmodell-outside-'));
        const victim = join(outside, 'viktig.txt');
        writeFileSync(victim, 'orörd');
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-in-'));
        symlinkSync(victim, join(folder, 'ut.md'));
        expect(() => writeOutput('ny text', join(folder, 'ut.md'))).toThrow(/utanför mappen/);
        expect(readFileSync(victim, 'utf8')).toBe('orörd');
    });

    it('writes through a link to a file in the same folder (the link stays a link)', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-in-'));
        mkdirSync(join(folder, 'arkiv'));
        writeFileSync(join(folder, 'arkiv', 'r.md'), 'gammal');
        symlinkSync(join(folder, 'arkiv', 'r.md'), join(folder, 'senaste.md'));
        writeOutput('ny', join(folder, 'senaste.md'));
        expect(readFileSync(join(folder, 'arkiv', 'r.md'), 'utf8')).toBe('ny');
        expect(lstatSync(join(folder, 'senaste.md')).isSymbolicLink()).toBe(true);
    });

    it('refuses a dangling link', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-in-'));
        symlinkSync(join(folder, 'saknas', 'x.md'), join(folder, 'ut.md'));
        expect(() => writeOutput('ny', join(folder, 'ut.md'))).toThrow(/pekar på något som inte finns/);
    });
});

describe('the temporary file', () => {
    it('does not follow a link planted at the name the temporary file used to have', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-tmp-'));
        const victim = join(folder, 'offer.txt');
        writeFileSync(victim, 'orörd');
        const target = join(folder, 'rapport.md');
        symlinkSync(victim, `${target}.${process.pid}.tmp`);
        writeFileAtomically(target, 'rapport');
        expect(readFileSync(victim, 'utf8')).toBe('orörd');
        expect(readFileSync(target, 'utf8')).toBe('rapport');
        // Only what was there, and the report: no temporary file left.
        expect(readdirSync(folder).sort()).toEqual(['offer.txt', 'rapport.md', `rapport.md.${process.pid}.tmp`]);
    });
});

describe('--out onto something that is not a regular file', () => {
    // A twin of /dev/null made for the test (as root, as in CI containers): a failing run must not replace the
    // machine's own /dev/null.
    const canMakeDevices = process.getuid?.() === 0;
    it.skipIf(!canMakeDevices)('a device stays a device (a twin of /dev/null)', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-dev-'));
        const device = join(folder, 'null');
        expect(spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status).toBe(0);
        const result = runCli(['report', KUMLA, '--format', 'md', '--out', device]);
        expect(result.stderr).not.toMatch(/fel:/);
        expect(result.status).toBe(0);
        expect(statSync(device).isCharacterDevice()).toBe(true);
        expect(readdirSync(folder)).toEqual(['null']);
    });

    it('a FIFO stays a FIFO and its reader gets the report', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-fifo-'));
        const fifo = join(folder, 'rör.md');
        expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
        const reader = spawn('cat', [fifo]);
        let read = '';
        reader.stdout.on('data', chunk => (read += chunk));
        const readerDone = new Promise(resolve => reader.on('close', resolve));
        writeOutput('genom röret\n', fifo);
        await readerDone;
        expect(read).toBe('genom röret\n');
        expect(lstatSync(fifo).isFIFO()).toBe(true);
    });
});
