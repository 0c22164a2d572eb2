import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KUMLA, runCli } from './run-cli.js';

describe('styrmodell diff', () => {
    let repo: string;
    const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], {
            cwd: repo,
            encoding: 'utf8'
        });

    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'styrmodell-diff-'));
        cpSync(KUMLA, join(repo, 'kumla'), { recursive: true });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'Kumla');
        const file = join(repo, 'kumla', 'nämnderna.styr');
        writeFileSync(
            file,
            readFileSync(file, 'utf8').replace(
                '        hel  när rang <= 10\n        halv när rang <= 20\n    }\n\n    mått GottBemötande',
                '        hel  när rang <= 12\n        halv när rang <= 20\n    }\n\n    mått GottBemötande'
            )
        );
    });

    it('names a lowered target as weakened and the statuses it changes', () => {
        const run = runCli(['diff', 'HEAD', '--format', 'json'], repo);
        expect(run.status).toBe(0);
        const { changes } = JSON.parse(run.stdout);
        expect(changes).toContainEqual({
            kind: 'threshold-changed',
            id: 'GodService.DirektSvar.hel',
            before: 'hel när rang <= 10',
            after: 'hel när rang <= 12',
            weakened: true
        });
        expect(changes).toContainEqual({
            kind: 'status-changed',
            id: 'GodService.DirektSvar',
            before: 'halv',
            after: 'hel',
            weakened: false,
            year: 2019
        });
    });

    it('exits 1 with --fail-on-weakened, and writes Markdown for a pull request', () => {
        expect(runCli(['diff', 'HEAD', '--fail-on-weakened'], repo).status).toBe(1);
        const md = runCli(['diff', 'HEAD', '--', 'kumla'], repo);
        expect(md.stdout).toContain('**sänkt**');
        expect(md.stdout).toContain('| GodService.DirektSvar | halv | hel |');
    });

    it('compares two revisions and is quiet when nothing changed', () => {
        const run = runCli(['diff', 'HEAD', 'HEAD', '--format', 'json'], repo);
        expect(JSON.parse(run.stdout)).toEqual({ changes: [] });
    });

    it.each([[['diff', 'finns-inte'], /Git känner inte till revisionen "finns-inte"/]])(
        '%j is a usage error',
        (args, message) => {
            const run = runCli(args, repo);
            expect(run.status).toBe(2);
            expect(run.stderr).toMatch(message);
        }
    );

    it('ranks kvartil = 1 → kvartil <= 2 as sänkt, and --fail-on-weakened fails on it', () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-diff-kvartil-'));
        const run = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.email=test@example.org', '-c', 'user.name=Test', ...args], {
                cwd: folder,
                encoding: 'utf8'
            });
        cpSync(KUMLA, join(folder, 'kumla'), { recursive: true });
        run('init', '-q');
        run('add', '.');
        run('commit', '-qm', 'Kumla');
        const file = join(folder, 'kumla', 'nämnderna.styr');
        writeFileSync(
            file,
            readFileSync(file, 'utf8').replace('        hel  när kvartil = 1\n', '        hel  när kvartil <= 2\n')
        );
        const json = runCli(['diff', 'HEAD', '--format', 'json'], folder);
        const { changes } = JSON.parse(json.stdout);
        expect(changes).toContainEqual({
            kind: 'threshold-changed',
            id: 'NöjdaBrukare.Hemtjänst.hel',
            before: 'hel när kvartil = 1',
            after: 'hel när kvartil <= 2',
            weakened: true
        });
        expect(runCli(['diff', 'HEAD', '--fail-on-weakened'], folder).status).toBe(1);
        expect(runCli(['diff', 'HEAD'], folder).stdout).toContain('**sänkt**');
    });

    it('outside a git work tree is a usage error', () => {
        const run = runCli(['diff', 'HEAD'], mkdtempSync(join(tmpdir(), 'styrmodell-nogit-')));
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('inget git-arbetsträd');
    });
});
