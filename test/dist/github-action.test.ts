import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KUMLA, ROOT } from '../cli/run-cli.js';
import { cleanEnv, packProject } from './packed.js';

const SCRIPT = join(ROOT, 'scripts', 'github-action.sh');

/**
 * The composite action's script, run as GitHub would run it on a pull request: a repository with two commits on
 * a feature branch whose second commit lowers a target, an `origin` holding the base branch, and the variables
 * Actions sets. The package it installs is this project, packed.
 */
describe('the GitHub action script on a pull request', () => {
    let tarball: string;
    let repo: string;

    beforeAll(() => {
        tarball = packProject().tarball;
        const origin = mkdtempSync(join(tmpdir(), 'styrmodell-origin-'));
        execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
        repo = mkdtempSync(join(tmpdir(), 'styrmodell-pr-'));
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: repo });
        git('init', '-q', '-b', 'main');
        // A folder name with a space, as municipalities name them: the paths input must keep it whole.
        cpSync(KUMLA, join(repo, 'Kumla kommun'), { recursive: true });
        git('add', '.');
        git('commit', '-qm', 'Kumla');
        git('remote', 'add', 'origin', origin);
        git('push', '-q', 'origin', 'main');
        git('checkout', '-q', '-b', 'sankta-mal');
        const file = join(repo, 'Kumla kommun', 'nämnderna.styr');
        writeFileSync(file, readFileSync(file, 'utf8').replace('hel  när rang <= 10', 'hel  när rang <= 12'));
        git('commit', '-qam', 'Lägre mål för direktsvar');
    }, 120_000);

    const runAction = (failOnWeakened: boolean, extra: Record<string, string> = {}) => {
        const temp = mkdtempSync(join(tmpdir(), 'styrmodell-runner-'));
        const summary = join(temp, 'summary.md');
        const output = join(temp, 'output.txt');
        writeFileSync(summary, '');
        const run = spawnSync('bash', [SCRIPT], {
            cwd: repo,
            encoding: 'utf8',
            timeout: 180_000,
            env: cleanEnv({
                GITHUB_ACTIONS: 'true',
                GITHUB_WORKSPACE: repo,
                GITHUB_STEP_SUMMARY: summary,
                GITHUB_OUTPUT: output,
                GITHUB_EVENT_NAME: 'pull_request',
                GITHUB_BASE_REF: 'main',
                GITHUB_HEAD_REF: 'sankta-mal',
                RUNNER_TEMP: temp,
                GITHUB_SERVER_URL: 'https://github.com',
                GITHUB_REPOSITORY: 'kumla/styrmodell',
                GITHUB_SHA: 'abc123',
                STYRMODELL_PACKAGE: tarball,
                // One path per line, with blanks and a Windows line end around it.
                STYRMODELL_PATHS: '  Kumla kommun \r\n\n',
                STYRMODELL_FAIL_ON_WEAKENED: String(failOnWeakened),
                ...extra
            })
        });
        const outputs: Record<string, string> = Object.fromEntries(
            readFileSync(output, 'utf8')
                .trim()
                .split('\n')
                .map(line => line.split(/=(.*)/s).slice(0, 2))
        );
        return { run, summary: readFileSync(summary, 'utf8'), outputs };
    };

    it('annotates, writes the summary, the SARIF file and the HTML report, and fails with fail-on-weakened', () => {
        const { run, summary, outputs } = runAction(true);
        expect(run.stderr).not.toMatch(/internt fel|fel:/);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/^::warning file=Kumla kommun\/nämnderna\.styr,line=87,/m);
        expect(summary).toContain('## styrmodell validate');
        expect(summary).toContain('**0 fel, 1 varning, 0 info** i 2 filer.');
        expect(summary).toContain('[Kumla kommun/nämnderna.styr:87:');
        expect(summary).toContain(
            '(https://github.com/kumla/styrmodell/blob/abc123/Kumla%20kommun/n%C3%A4mnderna.styr#L87)'
        );
        expect(summary).toMatch(/^# .*Kumla/m);
        expect(summary).toContain('## Ändringar i styrmodellen mot origin/main');
        expect(summary).toContain('**sänkt**');
        expect(
            JSON.parse(readFileSync(outputs.sarif!, 'utf8')).runs[0].results[0].locations[0].physicalLocation
                .artifactLocation.uri
        ).toBe('Kumla%20kommun/n%C3%A4mnderna.styr');
        expect(existsSync(outputs.report!)).toBe(true);
        expect(readFileSync(outputs.report!, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    });

    it('sets the outputs errors, warnings and weakened', () => {
        const { outputs } = runAction(false);
        expect([outputs.errors, outputs.warnings, outputs.weakened]).toEqual(['0', '1', '1']);
    });

    it("keeps the summary's headings in order: one first-level heading, then no level skipped", () => {
        const { summary } = runAction(false);
        const levels = summary
            .replace(/^```[\s\S]*?^```$/gm, '')
            .split('\n')
            .filter(line => /^#{1,6} /.test(line))
            .map(line => line.indexOf(' '));
        expect(levels[0]).toBe(1);
        expect(levels.filter(level => level === 1)).toHaveLength(1);
        levels.forEach((level, index) => {
            if (index > 0) expect(level, `heading ${index + 1}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
        });
    });

    it('passes when fail-on-weakened is off, and still shows the weakened target', () => {
        const { run, summary } = runAction(false);
        expect(run.status).toBe(0);
        expect(summary).toContain('**sänkt**');
    });

    it('with site: true writes the citizens\u2019 site for GitHub Pages and names its folder', () => {
        const { run, outputs } = runAction(false, {
            STYRMODELL_SITE: 'true',
            STYRMODELL_SITE_URL: 'https://kumla.github.io/mal'
        });
        expect(run.stderr).not.toMatch(/internt fel|fel:/);
        expect(outputs.site).toMatch(/webbplats$/);
        const start = readFileSync(join(outputs.site!, 'index.html'), 'utf8');
        expect(start).toContain('<link rel="canonical" href="https://kumla.github.io/mal/">');
        expect(existsSync(join(outputs.site!, 'sitemap.xml'))).toBe(true);
        const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
        expect(action).toMatch(/upload-pages-artifact@v4\n\s+with:\n\s+path: \$\{\{ steps\.run\.outputs\.site \}\}/);
    });

    it('action.yml runs this script with every input passed through', () => {
        const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
        expect(action).toContain('using: composite');
        // The majors that run on the node24 runtime; node20-era majors are deprecated on GitHub's runners.
        expect([...action.matchAll(/uses: (\S+)/g)].map(m => m[1])).toEqual([
            'actions/setup-node@v7',
            'github/codeql-action/upload-sarif@v4',
            'actions/upload-artifact@v7',
            'actions/upload-pages-artifact@v4'
        ]);
        // SARIF upload fails on private repositories without GitHub Code Security: opt-in.
        expect(action).toMatch(/upload-sarif:\n(?: {4}.*\n)+? {4}default: 'false'/);
        for (const output of ['errors', 'warnings', 'weakened']) {
            expect(action).toContain(`  ${output}:\n    description:`);
            expect(action).toContain(`value: \${{ steps.run.outputs.${output} }}`);
        }
        expect(action).toContain('"$GITHUB_ACTION_PATH/scripts/github-action.sh"');
        // The action installs the release it belongs to.
        const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(action).toMatch(new RegExp(`default: styrmodell@${version.replace(/\./g, '\\.')}\n`));
        for (const variable of readFileSync(SCRIPT, 'utf8').matchAll(/\$\{(STYRMODELL_[A-Z_]+)/g)) {
            expect(action).toContain(`${variable[1]}: \${{ inputs.`);
        }
    });
});
