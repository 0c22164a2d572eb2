import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
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
        expect(rule.help.text).toMatch(/^A committee goal .{20,}/s);
        expect(rule.help.markdown).toContain('docs/checks.md#committee-goal-without-contribution');
        expect(rule.helpUri).toMatch(/docs\/checks\.md#committee-goal-without-contribution$/);
        expect(rule.defaultConfiguration.level).toBe('error');
        for (const r of rules) expect(r.name).not.toBe(r.id);
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
