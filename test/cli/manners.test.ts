import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFailure } from '../../src/cli/failure.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { BIN, KUMLA, ROOT, runCli } from './run-cli.js';

const COMMANDS = ['validate', 'report', 'diff', 'fetch', 'init', 'format', 'lsp'];
/** Words commander prints in English unless its help is configured. */
const ENGLISH = /\b(Usage|Options|Arguments|Commands|default|display help|output the version)\b/;

describe('every command', () => {
    it.each([[[]], ...COMMANDS.map(c => [[c]]), [['help', 'report']]])('%j --help is Swedish', (args: string[]) => {
        const run = runCli(args[0] === 'help' ? args : [...args, '--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^Användning: styrmodell/);
        expect(run.stdout).toContain('Flaggor:');
        expect(run.stdout).not.toMatch(ENGLISH);
    });

    it('--version prints the package version', () => {
        const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(runCli(['--version']).stdout.trim()).toBe(version);
        expect(runCli(['-v']).stdout.trim()).toBe(version);
        const upper = runCli(['-V']);
        expect([upper.status, upper.stdout.trim(), upper.stderr]).toEqual([0, version, '']);
    });

    it.each([
        [['validate', '--stict'], "fel: okänd flagga '--stict'"],
        [['report', '--year'], "fel: flaggan '--year <år>' behöver ett värde"],
        [['diff'], "fel: argumentet 'från' saknas"],
        [['validate', '--format', 'xml'], 'fel: flaggan \'--format\': Okänt värde "xml"'],
        [['format', '--check', 'a.styr', '--nej'], "fel: okänd flagga '--nej'"]
    ])('%j is a Swedish usage error (exit 2)', (args, message) => {
        const run = runCli(args);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(message);
        expect(run.stderr).not.toMatch(/\berror\b/);
    });

    it('on an older Node says which version it found and which it needs, before loading anything, exit 2', () => {
        const fakeNode20 = `data:text/javascript,Object.defineProperty(process,'versions',{value:{...process.versions,node:'20.11.1'}})`;
        const run = runCli(['validate', KUMLA], ROOT, {}, ['--import', fakeNode20]);
        expect(run.status).toBe(2);
        expect(run.stderr.trim().split('\n')).toEqual([
            expect.stringMatching(/^fel: styrmodell behöver Node 22 eller senare, men hittade Node 20\.11\.1\./)
        ]);
    });

    it('the system Node, when it is older than 22, gets the same line', context => {
        const older = olderSystemNode();
        // Reported as skipped, not as passed, where no older Node is installed.
        if (!older) return context.skip('no Node older than 22 on PATH');
        const run = spawnSync(older.path, [BIN, 'validate', KUMLA], { encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(`hittade Node ${older.version}`);
    });

    it('an internal error prints "internt fel" with the stack and exits 3; usage and file errors exit 2', () => {
        const written: string[] = [];
        const write = process.stderr.write;
        process.stderr.write = ((text: string) => {
            written.push(text);
            return true;
        }) as typeof process.stderr.write;
        try {
            expect(reportFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(3);
            expect(reportFailure(new UsageError('Sökvägen finns inte: x'))).toBe(2);
            expect(reportFailure(Object.assign(new Error('EACCES'), { code: 'EACCES', path: '/a/b.styr' }))).toBe(2);
        } finally {
            process.stderr.write = write;
        }
        expect(written[0]).toMatch(/^internt fel: /);
        expect(written[0]).toMatch(/TypeError: Cannot read properties[\s\S]*\n\s+at /);
        expect(written[1]).toBe('fel: Sökvägen finns inte: x\n');
        expect(written[2]).toBe('fel: /a/b.styr får inte läsas eller skrivas (behörighet saknas).\n');
    });
});

describe('validate --quiet', () => {
    it('prints nothing for a model without errors, and only errors otherwise', () => {
        const clean = runCli(['validate', KUMLA, '--quiet']);
        expect(clean.status).toBe(0);
        expect(clean.stdout).toBe('');
        const loud = runCli(['validate', KUMLA]);
        expect(loud.stdout).toMatch(/varning/);
    });
});

describe('diff and its temporary checkouts', () => {
    const makeRepo = () => {
        const repo = mkdtempSync(join(tmpdir(), 'styrmodell-manners-'));
        cpSync(KUMLA, join(repo, 'kumla'), { recursive: true });
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: repo });
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'Kumla');
        return repo;
    };

    it('removes every checkout it made, also after an error', () => {
        const repo = makeRepo();
        const temp = mkdtempSync(join(tmpdir(), 'styrmodell-tmpdir-'));
        expect(runCli(['diff', 'HEAD', 'HEAD', '--format', 'json'], repo, { TMPDIR: temp }).status).toBe(0);
        expect(runCli(['diff', 'HEAD', 'finns-inte'], repo, { TMPDIR: temp }).status).toBe(2);
        expect(readdirSync(temp)).toEqual([]);
    });

    it('a path after -- outside the repository is a usage error, not a new model', () => {
        const repo = makeRepo();
        const outside = mkdtempSync(join(tmpdir(), 'styrmodell-outside-'));
        mkdirSync(join(outside, 'modell'));
        const run = runCli(['diff', 'HEAD', '--', outside], repo);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('utanför git-arbetsträdet');
        expect(run.stdout).toBe('');
    });
});

/** The first `node` on PATH that is older than 22 (this machine's system Node is 20), if any. */
function olderSystemNode(): { path: string; version: string } | undefined {
    for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
        const run = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' });
        const version = run.stdout?.trim();
        if (run.status === 0 && version && Number(version.split('.')[0]) < 22) return { path, version };
    }
    return undefined;
}
