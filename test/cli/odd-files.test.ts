import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KUMLA, runCli } from './run-cli.js';

/**
 * CLI.md "Every command": no command reads a FIFO, device or folder that merely has a `.styr` name (issue 18,
 * item 9). In a scan such a thing is skipped with a note; named on the command line it is a usage error.
 */
function kumlaWith(odd: (folder: string) => void): string {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-odd-'));
    cpSync(KUMLA, folder, { recursive: true });
    odd(folder);
    return folder;
}

const fifo = (folder: string) => expect(spawnSync('mkfifo', [join(folder, 'x.styr')]).status).toBe(0);
const dangling = (folder: string) => symlinkSync(join(folder, 'borta.styr'), join(folder, 'x.styr'));
const directory = (folder: string) => mkdirSync(join(folder, 'x.styr'));

describe('odd things with a .styr name', () => {
    it.each([
        ['a FIFO', fifo],
        ['a dangling link', dangling],
        ['a folder', directory]
    ])('%s in a scanned folder is skipped with a note (validate, report, format)', (_name, make) => {
        const folder = kumlaWith(make);
        for (const args of [
            ['validate', '.'],
            ['report', '.', '--format', 'json'],
            ['format', '--check', '.']
        ]) {
            const result = runCli(args, folder);
            expect(result.stderr, args.join(' ')).not.toContain('internt fel');
            expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
            if (make !== directory) expect(result.stderr, args.join(' ')).toMatch(/obs: x\.styr .*hoppas över/);
        }
    });

    it.each([
        ['a FIFO', fifo],
        ['a dangling link', dangling],
        ['a folder', directory]
    ])('%s beside a file named on the command line is left alone', (_name, make) => {
        const folder = kumlaWith(make);
        const result = runCli(['validate', 'styrmodell.styr', 'nämnderna.styr'], folder);
        expect(result.status, result.stderr).toBe(0);
    });

    it('a FIFO named on the command line is a usage error, not a hang', () => {
        const folder = kumlaWith(fifo);
        const result = runCli(['validate', 'x.styr'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('x.styr är ingen vanlig fil');
        expect(readFileSync(join(folder, 'styrmodell.styr'), 'utf8')).toContain('styrmodell');
    });

    it('textconv on a FIFO is a usage error, not a hang', () => {
        const folder = kumlaWith(fifo);
        const result = runCli(['textconv', 'x.styr'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('x.styr är ingen vanlig fil');
    });
});
