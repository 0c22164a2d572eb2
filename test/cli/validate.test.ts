import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KUMLA, ROOT, runCli } from './run-cli.js';

function brokenModel(): string {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-cli-'));
    writeFileSync(
        join(folder, 'modell.styr'),
        [
            'styrmodell T "Test" {',
            '    kommun "1881"',
            '    år 2019',
            '}',
            '',
            'vision V "Vision"',
            '',
            'nämnd KS "Kommunstyrelsen"',
            '',
            'mål Kf "Fullmäktigemål" {',
            '    nivå fullmäktige',
            '    bidrar till V',
            '}',
            '',
            'mål Nm "Nämndmål" {',
            '    nivå nämnd',
            '    ansvarig KS',
            '',
            '    mått M "Mått" {',
            '        enhet "%"',
            '        högre är bättre',
            '        utfall {',
            '            2019 80',
            '        }',
            '        hel  när värde >= 0,9',
            '        halv när värde >= 0,8',
            '    }',
            '}',
            ''
        ].join('\n')
    );
    return folder;
}

describe('styrmodell validate', () => {
    it('names a skipped folder that holds .styr files, and is quiet about one that holds none', () => {
        const folder = brokenModel();
        mkdirSync(join(folder, 'out', 'äldre'), { recursive: true });
        writeFileSync(join(folder, 'out', 'äldre', 'gammal.styr'), 'del av T\n');
        mkdirSync(join(folder, 'node_modules', 'paket'), { recursive: true });
        writeFileSync(join(folder, 'node_modules', 'paket', 'index.js'), '');
        const run = runCli(['validate', '--format', 'json'], folder);
        expect(JSON.parse(run.stdout).diagnostics.map((d: { file: string }) => d.file)).not.toContain(
            'out/äldre/gammal.styr'
        );
        expect(run.stderr).toBe(
            'obs: out/ har .styr-filer men genomsöks inte (mappar som node_modules, .git, out, .e2e och dolda mappar hoppas över). Ange mappen som sökväg för att ta med dem.\n'
        );
    });

    it('reports no errors and the one missing-value warning on the reference, exit 0', () => {
        const run = runCli(['validate', KUMLA, '--format', 'json']);
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout);
        expect(json.errors).toBe(0);
        expect(json.warnings).toBe(1);
        expect(json.diagnostics[0]).toMatchObject({
            file: relative(ROOT, join(KUMLA, 'nämnderna.styr')),
            line: 87,
            severity: 'warning',
            code: 'no-value-for-year'
        });
    });

    it('exits 1 with --strict when there are warnings', () => {
        expect(runCli(['validate', KUMLA, '--strict']).status).toBe(1);
    });

    it('exits 1 on errors and names file, line, column, severity and code in text', () => {
        const folder = brokenModel();
        const run = runCli(['validate', '.'], folder);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('modell.styr:15:5: fel: Nämndmålet Nm bidrar inte till något fullmäktigemål');
        expect(run.stdout).toContain('[committee-goal-without-contribution]');
        expect(run.stdout).toMatch(/modell\.styr:25:\d+: varning: .*\[percentage-as-fraction\]/);
        expect(run.stdout.trim().split('\n').pop()).toMatch(/^1 fel, 3 varningar$/);
    });

    it('writes SARIF 2.1.0 with a rule per code', () => {
        const run = runCli(['validate', '.', '--format', 'sarif'], brokenModel());
        const sarif = JSON.parse(run.stdout);
        expect(sarif.version).toBe('2.1.0');
        const [only] = sarif.runs;
        expect(only.tool.driver.name).toBe('styrmodell');
        const ruleIds = only.tool.driver.rules.map((r: { id: string }) => r.id);
        expect(ruleIds).toContain('committee-goal-without-contribution');
        const result = only.results.find((r: { ruleId: string }) => r.ruleId === 'committee-goal-without-contribution');
        expect(result.level).toBe('error');
        expect(result.locations[0].physicalLocation).toMatchObject({
            artifactLocation: { uri: 'modell.styr' },
            region: { startLine: 15, startColumn: 5 }
        });
    });

    it('writes GitHub workflow commands', () => {
        const run = runCli(['validate', '.', '--format', 'github'], brokenModel());
        expect(run.stdout).toMatch(
            /^::error file=modell\.styr,line=15,col=5,endLine=\d+,endColumn=\d+,title=committee-goal-without-contribution::Nämndmålet Nm/m
        );
        expect(run.stdout).toMatch(/^::warning file=modell\.styr,line=25,/m);
    });

    it.each([
        [['validate', 'finns-inte'], /Sökvägen finns inte: finns-inte/],
        [['validate', 'package.json'], /package\.json är ingen \.styr-fil/],
        [['validate', '--okänd'], /okänd flagga '--okänd'/],
        [['validate', '--format', 'xml'], /Okänt värde "xml"/],
        [['validate', '--year', 'nitton'], /Året ska vara fyra siffror/],
        [['okänt-kommando'], /okänt kommando/]
    ])('%j is a usage error: exit 2 with a Swedish message on stderr', (args, message) => {
        const run = runCli(args);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(message);
    });

    it('evaluates --year: 2018 has values for Besöksnöjdhet', () => {
        const run = runCli(['validate', KUMLA, '--format', 'json', '--year', '2018']);
        const json = JSON.parse(run.stdout);
        expect(json.diagnostics.some((d: { message: string }) => d.message.includes('Besöksnöjdhet'))).toBe(false);
    });
});
