import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/**
 * The example model's `år` is 2020 and it has Årsredovisning 2019. Lowering Yrkesbehörighet's `halv när
 * värde >= 85` to 84 makes 2019's 84,9 halv (it was ingen); 2020's 86,2 was halv already.
 */
describe('styrmodell diff over every follow-up year', () => {
    let repo: string;
    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'styrmodell-diff-years-'));
        cpSync(join(ROOT, 'examples', 'exempelkommun'), join(repo, 'exempelkommun'), { recursive: true });
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], { cwd: repo });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'Exempelkommun');
        const file = join(repo, 'exempelkommun', 'bun.styr');
        const text = readFileSync(file, 'utf8');
        const lowered = text.replace('        halv när värde >= 85\n', '        halv när värde >= 84\n');
        expect(lowered).not.toBe(text);
        writeFileSync(file, lowered);
    });

    const statusChanges = (...args: string[]) => {
        const run = runCli(['diff', 'HEAD', '--format', 'json', ...args], repo);
        expect(run.status, run.stderr).toBe(0);
        return JSON.parse(run.stdout).changes.filter((c: { kind: string }) => c.kind === 'status-changed');
    };

    it('lists the status change of the follow-up year 2019, under its year, though the model’s year is 2020', () => {
        const changes = statusChanges();
        expect(changes).toContainEqual({
            kind: 'status-changed',
            id: 'GodkändaResultat.Yrkesbehörighet',
            before: 'ingen',
            after: 'halv',
            weakened: false,
            year: 2019
        });
        expect(changes.every((c: { year: number }) => c.year === 2019)).toBe(true);
        const md = runCli(['diff', 'HEAD'], repo).stdout;
        expect(md).toContain('### Status som ändras (2019)');
        expect(md).toContain('| GodkändaResultat.Yrkesbehörighet | ingen | halv |');
    });

    it('--year N limits the statuses to year N; --fail-on-weakened is unchanged', () => {
        expect(statusChanges('--year', '2020')).toEqual([]);
        expect(statusChanges('--year', '2019').map((c: { id: string }) => c.id)).toContain(
            'GodkändaResultat.Yrkesbehörighet'
        );
        expect(runCli(['diff', 'HEAD', '--year', '2020', '--fail-on-weakened'], repo).status).toBe(1);
        const bad = runCli(['diff', 'HEAD', '--year', '20'], repo);
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('Året ska vara fyra siffror');
    });
});
