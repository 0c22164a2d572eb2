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

    it('stays under 1 MiB with 26,000 diagnostics and says how many rows it left out', () => {
        const many = Array.from({ length: 26_000 }, (_, i) => ({
            ...diagnostic,
            line: i + 1,
            severity: i % 2 ? ('warning' as const) : ('error' as const),
            message: `Namnet M${i} finns redan i modellen. Byt namn på det ena.`
        }));
        const text = renderGithubSummary(many, 3, {});
        expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
        const rows = text.split('\n').filter(line => /^\| (fel|varning) \|/.test(line)).length;
        expect(rows).toBeGreaterThan(5_000);
        expect(rows).toBeLessThan(26_000);
        const left = 26_000 - rows;
        const [, leftText, errors, warnings] = text.match(
            /\*\*([\d\u00a0]+) av 26\u00a0000 diagnostiker visas inte\*\* \((\d+) fel, (\d+) varningar, 0 info\)/
        )!;
        expect(Number(leftText!.replace(/\u00a0/g, ''))).toBe(left);
        expect(Number(errors) + Number(warnings)).toBe(left);
        // What the step wrote before counts against the same 1 MiB.
        const after = renderGithubSummary(many, 3, {}, 1024 * 1024 - 600_000);
        expect(Buffer.byteLength(after, 'utf8')).toBeLessThanOrEqual(1024 * 1024 - 600_000);
        expect(renderGithubSummary(many.slice(0, 10), 3, {})).not.toContain('visas inte');
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
            /^tidigare steg\n## styrmodell validate\n\n\*\*0 fel, 1 varning, 0 info\*\* i 2 filer\.\n\n\| \| Plats/
        );
        runCli(['validate', KUMLA], KUMLA, { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: summary });
        expect(readFileSync(summary, 'utf8').match(/## styrmodell validate/g)).toHaveLength(1);
    });
});
