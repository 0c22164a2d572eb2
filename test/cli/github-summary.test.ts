import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGithubSummary } from '../../src/cli/github-summary.js';
import { KUMLA, runCli } from './run-cli.js';

const diagnostic = {
    file: 'a b/x.styr',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    severity: 'error' as const,
    code: 'duplicate-name',
    message: 'Namnet A|B finns\nredan'
};

describe('the GitHub step summary', () => {
    it('counts, then lists every diagnostic linked to its line and its check; pipes and line breaks never break the table', () => {
        const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' };
        const many = Array.from({ length: 25 }, (_, i) => ({ ...diagnostic, line: i + 1 }));
        const text = renderGithubSummary(many, 1, env);
        expect(text).toContain('**25 fel, 0 varningar, 0 info** i 1 fil.');
        expect(text.split('\n').filter(line => line.startsWith('| fel |'))).toHaveLength(25);
        expect(text).toContain(
            '| fel | [a b/x.styr:1:5](https://github.com/o/r/blob/abc/a%20b/x.styr#L1) | [duplicate-name](https://github.com/styrmodell/styrmodell/blob/main/docs/checks.md#duplicate-name) | Namnet A\\|B finns redan |'
        );
    });

    it('is appended by validate in Actions only', () => {
        const summary = join(mkdtempSync(join(tmpdir(), 'styrmodell-summary-')), 'summary.md');
        writeFileSync(summary, 'tidigare steg\n');
        runCli(['validate', KUMLA], KUMLA, {
            GITHUB_ACTIONS: 'true',
            GITHUB_WORKSPACE: KUMLA,
            GITHUB_STEP_SUMMARY: summary
        });
        expect(readFileSync(summary, 'utf8')).toMatch(
            /^tidigare steg\n### styrmodell validate\n\n\*\*0 fel, 1 varning, 0 info\*\* i 2 filer\.\n\n\| \| Plats/
        );
        runCli(['validate', KUMLA], KUMLA, { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: summary });
        expect(readFileSync(summary, 'utf8').match(/### styrmodell validate/g)).toHaveLength(1);
    });
});
