import {
    chmodSync,
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
import { writeFileAtomically } from '../../src/cli/write-output.js';
import { runCli } from './run-cli.js';

const UNFORMATTED = 'vision   V "Vision"\n';

describe('writing a file in place', () => {
    it("format keeps the file's permissions", () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-mode-'));
        const file = join(folder, 'm.styr');
        writeFileSync(file, UNFORMATTED);
        chmodSync(file, 0o640);
        const result = runCli(['format', file], folder);
        expect(result.status).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe('vision V "Vision"\n');
        expect(statSync(file).mode & 0o777).toBe(0o640);
    });

    it('format writes through a symlink and keeps the link', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-link-'));
        mkdirSync(join(folder, 'riktig'));
        const target = join(folder, 'riktig', 'm.styr');
        writeFileSync(target, UNFORMATTED);
        const link = join(folder, 'länk.styr');
        symlinkSync(target, link);
        const result = runCli(['format', link], folder);
        expect(result.status).toBe(0);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(target, 'utf8')).toBe('vision V "Vision"\n');
    });

    it('a failed write leaves no temporary file and says so in Swedish', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-fail-'));
        const path = join(folder, 'upptagen');
        mkdirSync(path);
        expect(() => writeFileAtomically(path, 'text')).toThrow(/^Kan inte skriva .*upptagen: /);
        expect(readdirSync(folder)).toEqual(['upptagen']);
    });
});
