import {
    existsSync,
    lstatSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    symlinkSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('styrmodell init', () => {
    it('writes a model for the municipality that validates with no errors and says what to do next', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-init-'));
        const run = runCli(['init', '1881', '--dir', 'kumla', '--year', '2024'], folder);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain('Kumla kommun (1881)');
        expect(run.stdout).toContain('npx styrmodell fetch kumla --out kumla/kolada.json');
        const model = readFileSync(join(folder, 'kumla', 'styrmodell.styr'), 'utf8');
        expect(model).toContain('styrmodell Kumla "Kumla kommun"');
        expect(model).toContain('kommun "1881"');
        expect(model).toContain('år 2024');
        expect(model).toContain('data "kolada.json"');
        const validate = runCli(['validate', 'kumla', '--format', 'json'], folder);
        expect(validate.status, validate.stdout).toBe(0);
        const result = JSON.parse(validate.stdout) as { errors: number };
        expect(result.errors).toBe(0);
        const report = runCli(['report', 'kumla', '--format', 'json'], folder);
        expect(report.status, report.stderr).toBe(0);
        expect(JSON.parse(report.stdout)).toMatchObject({ model: 'Kumla', municipality: '1881', year: 2024 });
    });

    it('names a municipality with spaces and hyphens with a valid id', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-init-'));
        expect(runCli(['init', '0114'], folder).status).toBe(0);
        expect(readFileSync(join(folder, 'styrmodell.styr'), 'utf8')).toContain(
            'styrmodell UpplandsVäsby "Upplands Väsby kommun"'
        );
        expect(runCli(['validate', '.'], folder).status).toBe(0);
    });

    it('never overwrites: an existing model is a usage error, an existing snapshot is kept', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-init-'));
        writeFileSync(join(folder, 'mål.styr'), '// mitt arbete\n');
        const run = runCli(['init', '1881'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('har redan en modell (mål.styr)');
        expect(readFileSync(join(folder, 'mål.styr'), 'utf8')).toBe('// mitt arbete\n');
        expect(existsSync(join(folder, 'styrmodell.styr'))).toBe(false);

        const other = join(folder, 'annan');
        mkdirSync(other);
        writeFileSync(
            join(other, 'kolada.json'),
            '{"values": [{"kpi": "U21468", "municipality": "1881", "period": 2024, "values": []}]}\n'
        );
        expect(runCli(['init', '1881', '--dir', 'annan'], folder).status).toBe(0);
        expect(readFileSync(join(other, 'kolada.json'), 'utf8')).toContain('"period": 2024');
    });

    it.each([
        ['9999', 'ingen kommunkod'],
        ['881', 'ingen kommunkod'],
        ['114', 'menade du 0114?']
    ])('refuses the code %s with a Swedish message', (code, message) => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-init-'));
        const run = runCli(['init', code], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(message);
        expect(existsSync(join(folder, 'styrmodell.styr'))).toBe(false);
    });

    it('refuses a year that is not four digits', () => {
        const run = runCli(['init', '1881', '--year', '19'], mkdtempSync(join(tmpdir(), 'styrmodell-init-')));
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('fyra siffror');
    });

    it.each(['0000', '1899', '2201'])('refuses the year %s, which no model may have, before writing anything', year => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-init-'));
        const run = runCli(['init', '1881', '--year', year], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('1900–2200');
        expect(readdirSync(folder)).toEqual([]);
    });

    it('a dangling kolada.json link is a clear usage error, not a raw EEXIST, and nothing is written', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-init-'));
        symlinkSync(join(folder, 'borta', 'kolada.json'), join(folder, 'kolada.json'));
        const run = runCli(['init', '1881'], folder);
        expect(run.status).toBe(2);
        expect(run.stderr).not.toContain('EEXIST');
        expect(run.stderr).toContain('kolada.json är en länk som pekar på något som inte finns');
        expect(existsSync(join(folder, 'styrmodell.styr'))).toBe(false);
        expect(lstatSync(join(folder, 'kolada.json')).isSymbolicLink()).toBe(true);
    });
});
