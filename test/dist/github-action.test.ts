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
        cpSync(KUMLA, join(repo, 'kumla'), { recursive: true });
        git('add', '.');
        git('commit', '-qm', 'Kumla');
        git('remote', 'add', 'origin', origin);
        git('push', '-q', 'origin', 'main');
        git('checkout', '-q', '-b', 'sankta-mal');
        const file = join(repo, 'kumla', 'nämnderna.styr');
        writeFileSync(file, readFileSync(file, 'utf8').replace('hel  när rang <= 10', 'hel  när rang <= 12'));
        git('commit', '-qam', 'Lägre mål för direktsvar');
    }, 120_000);

    const runAction = (failOnWeakened: boolean) => {
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
                STYRMODELL_PATHS: 'kumla',
                STYRMODELL_FAIL_ON_WEAKENED: String(failOnWeakened)
            })
        });
        const outputs = Object.fromEntries(
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
        expect(run.stdout).toMatch(/^::warning file=kumla\/nämnderna\.styr,line=87,/m);
        expect(summary).toContain('### styrmodell validate');
        expect(summary).toContain('**0 fel, 1 varning, 0 info** i 2 filer.');
        expect(summary).toContain('[kumla/nämnderna.styr:87:');
        expect(summary).toContain('(https://github.com/kumla/styrmodell/blob/abc123/kumla/n%C3%A4mnderna.styr#L87)');
        expect(summary).toMatch(/^# .*Kumla/m);
        expect(summary).toContain('### Ändringar i styrmodellen mot origin/main');
        expect(summary).toContain('**sänkt**');
        expect(
            JSON.parse(readFileSync(outputs.sarif!, 'utf8')).runs[0].results[0].locations[0].physicalLocation
                .artifactLocation.uri
        ).toBe('kumla/n%C3%A4mnderna.styr');
        expect(existsSync(outputs.report!)).toBe(true);
        expect(readFileSync(outputs.report!, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    });

    it('passes when fail-on-weakened is off, and still shows the weakened target', () => {
        const { run, summary } = runAction(false);
        expect(run.status).toBe(0);
        expect(summary).toContain('**sänkt**');
    });

    it('action.yml runs this script with every input passed through', () => {
        const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
        expect(action).toContain('using: composite');
        expect(action).toContain('"$GITHUB_ACTION_PATH/scripts/github-action.sh"');
        // The action installs the release it belongs to.
        const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(action).toMatch(new RegExp(`default: styrmodell@${version.replace(/\./g, '\\.')}\n`));
        for (const variable of readFileSync(SCRIPT, 'utf8').matchAll(/\$\{(STYRMODELL_[A-Z_]+)/g)) {
            expect(action).toContain(`${variable[1]}: \${{ inputs.`);
        }
    });
});
