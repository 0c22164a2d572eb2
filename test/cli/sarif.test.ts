import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { asSarif } from '../../src/cli/sarif.js';
import { ROOT, runCli } from './run-cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'resources', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

/** Files whose names need percent-encoding: a space, a comma, `%` and å/ä/ö, in a folder with a space. */
const AWKWARD = ['nämnd, 2019.styr', '100% klart.styr', 'å ä ö.styr'];

const committeeGoalWithoutContribution = (name: string) =>
    [
        'del av T',
        '',
        `mål ${name} "Nämndmål utan bidrar till" {`,
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
    ].join('\n');

describe('validate --format sarif', () => {
    let repo: string;
    let folder: string;

    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'styrmodell-sarif-'));
        folder = join(repo, 'modeller', 'Kumla kommun');
        mkdirSync(folder, { recursive: true });
        writeFileSync(
            join(folder, 'styrmodell.styr'),
            'styrmodell T "Test" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "Vision"\nnämnd KS "Kommunstyrelsen"\n'
        );
        AWKWARD.forEach((name, index) =>
            writeFileSync(join(folder, name), committeeGoalWithoutContribution(`Nm${index}`))
        );
        execFileSync('git', ['init', '-q'], { cwd: repo });
    });

    const sarifFrom = (cwd: string, env: NodeJS.ProcessEnv = {}) => {
        const run = runCli(['validate', '.', '--format', 'sarif'], cwd, env);
        expect(run.status).toBe(1);
        return JSON.parse(run.stdout);
    };

    it('is valid against the official SARIF 2.1.0 schema', () => {
        const sarif = sarifFrom(folder);
        const valid = validateSarif(sarif);
        expect(validateSarif.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        expect(sarif.runs[0].results.length).toBeGreaterThanOrEqual(AWKWARD.length * 2);
    });

    it('names files by percent-encoded URIs relative to the repository root, with uriBaseId %SRCROOT%', () => {
        const [run] = sarifFrom(folder).runs;
        const uris = new Set(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
        expect([...uris].sort()).toEqual(
            [
                'modeller/Kumla%20kommun/100%25%20klart.styr',
                'modeller/Kumla%20kommun/n%C3%A4mnd%2C%202019.styr',
                'modeller/Kumla%20kommun/%C3%A5%20%C3%A4%20%C3%B6.styr'
            ].sort()
        );
        expect(
            new Set(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uriBaseId))
        ).toEqual(new Set(['%SRCROOT%']));
        const base = new URL(run.originalUriBaseIds['%SRCROOT%'].uri);
        for (const uri of uris) {
            expect(decodeURIComponent(new URL(uri as string, base).pathname)).toMatch(
                /\/modeller\/Kumla kommun\/[^/]+\.styr$/
            );
        }
    });

    it('gives every rule a name and help text with a link to its section of docs/checks.md', () => {
        const { rules } = sarifFrom(folder).runs[0].tool.driver;
        const rule = rules.find((r: any) => r.id === 'committee-goal-without-contribution');
        expect(rule.name).toBe('CommitteeGoalWithoutContribution');
        expect(rule.shortDescription.text).toBe('Nämndmålet bidrar inte till något');
        // Swedish like the messages: the title, the message the check gives, and the model written right.
        expect(rule.fullDescription.text).toMatch(/^Nämndmålet bidrar inte till något\. Till exempel: ”.{20,}”$/);
        expect(rule.help.text).toMatch(/^Nämndmålet bidrar inte till något\.\n\nTill exempel: ”/);
        expect(rule.help.text).toContain('Så här blir det rätt:\n\nmål ');
        const prose = rule.help.text.split('Så här blir det rätt:')[0];
        expect(prose).not.toMatch(/\b(the|goal|must)\b/);
        expect(rule.help.markdown).toContain('docs/checks.md#committee-goal-without-contribution');
        // At the release's tag, so that the alert keeps the text of the version that raised it.
        const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(rule.helpUri).toBe(
            `https://github.com/styrmodell/styrmodell/blob/v${version}/docs/checks.md#committee-goal-without-contribution`
        );
        expect(rule.defaultConfiguration.level).toBe('error');
        for (const r of rules) expect(r.name).not.toBe(r.id);
    });

    it('names the version semantically and gives each result a fingerprint that survives a moved line', () => {
        const first = sarifFrom(folder).runs[0];
        const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(first.tool.driver.semanticVersion).toBe(version);
        const key = (r: any) => r.partialFingerprints['styrmodellResult/v1'];
        expect(first.results.map(key).every((f: string) => /^[0-9a-f]{32}:\d+$/.test(f))).toBe(true);
        expect(new Set(first.results.map(key)).size).toBe(first.results.length);
        const file = join(folder, AWKWARD[0]!);
        writeFileSync(file, `// En kommentar flyttar allt en rad ned.\n${readFileSync(file, 'utf8')}`);
        const moved = sarifFrom(folder).runs[0];
        writeFileSync(file, committeeGoalWithoutContribution('Nm0'));
        expect(moved.results.map(key).sort()).toEqual(first.results.map(key).sort());
        expect(moved.results.map((r: any) => r.locations[0].physicalLocation.region.startLine)).not.toEqual(
            first.results.map((r: any) => r.locations[0].physicalLocation.region.startLine)
        );
    });

    it('keeps at most 25,000 results, the most severe, and says how many it left out', () => {
        const diagnostic = (i: number, severity: 'error' | 'warning' | 'info') => ({
            file: 'x.styr',
            line: i + 1,
            column: 1,
            endLine: i + 1,
            endColumn: 2,
            severity,
            code: 'duplicate-name',
            message: `Namnet M${i} finns redan.`
        });
        const many = Array.from({ length: 26_000 }, (_, i) =>
            diagnostic(i, i < 1_500 ? 'info' : i % 2 ? 'warning' : 'error')
        );
        const [run] = asSarif(many, '1.2.3').runs;
        expect(run!.results).toHaveLength(25_000);
        expect(run!.results!.filter(r => r.level === 'note')).toHaveLength(500);
        expect(run!.properties).toMatchObject({ errors: 12_250, warnings: 12_250, infos: 1_500, omitted: 1_000 });
        expect(run!.invocations![0]!.toolExecutionNotifications![0]!.message.text).toContain(
            '25\u00a0000 allvarligaste av 26\u00a0000 resultat'
        );
        expect(validateSarif(JSON.parse(JSON.stringify({ version: '2.1.0', runs: [run] })))).toBe(true);
        expect(asSarif(many.slice(0, 10), '1.2.3').runs[0]!.invocations).toBeUndefined();
    });

    it('in GitHub Actions takes the root and the file names from GITHUB_WORKSPACE', () => {
        const workspace = join(repo, 'modeller');
        const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: '' };
        const [run] = sarifFrom(folder, env).runs;
        expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^Kumla%20kommun\//);
        const json = JSON.parse(runCli(['validate', '.', '--format', 'json'], folder, env).stdout);
        expect(json.diagnostics[0].file).toMatch(/^Kumla kommun\//);
    });
});
