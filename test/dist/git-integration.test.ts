import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, KUMLA, ROOT } from '../cli/run-cli.js';
import { cleanEnv, npm, packProject } from './packed.js';

function repository(env: NodeJS.ProcessEnv = process.env): { repo: string; git: (...args: string[]) => string } {
    const repo = mkdtempSync(join(tmpdir(), 'styrmodell-git-'));
    const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], {
            cwd: repo,
            encoding: 'utf8',
            env
        });
    git('init', '-q');
    cpSync(KUMLA, join(repo, 'kumla'), { recursive: true });
    return { repo, git };
}

/** The hooks of .pre-commit-hooks.yaml: a list of flat `key: value` maps, as the file is written. */
function preCommitHooks(): Record<string, string>[] {
    const hooks: Record<string, string>[] = [];
    for (const line of readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8').split('\n')) {
        const item = line.match(/^(- | {2})(\w+): (.*)$/);
        if (!item) continue;
        if (item[1] === '- ') hooks.push({});
        hooks[hooks.length - 1]![item[2]!] = item[3]!;
    }
    return hooks;
}

describe('git diff and git log -p through the textconv', () => {
    let prefix: string;
    beforeAll(() => {
        // As the README sets it up: the CLI installed globally (here into a prefix, from the packed tarball), so
        // `styrmodell` is on PATH wherever git runs, in a repository with no node_modules.
        prefix = mkdtempSync(join(tmpdir(), 'styrmodell-global-'));
        npm(
            ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', packProject().tarball],
            prefix
        );
    }, 180_000);

    it('show a lowered threshold as one changed outline line, with the command the README gives', () => {
        const { repo, git } = repository(cleanEnv({ PATH: [join(prefix, 'bin'), cleanEnv().PATH].join(delimiter) }));
        expect(existsSync(join(repo, 'node_modules'))).toBe(false);
        writeFileSync(join(repo, '.gitattributes'), '*.styr diff=styrmodell\n');
        const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
        const command = readme.match(/^git config --global diff\.styrmodell\.textconv '([^']+)'$/m)?.[1];
        expect(command).toBe('styrmodell textconv');
        git('config', 'diff.styrmodell.textconv', command!);
        git('add', '.');
        git('commit', '-qm', 'Kumla');
        const file = join(repo, 'kumla', 'nämnderna.styr');
        writeFileSync(
            file,
            readFileSync(file, 'utf8').replace('hel  när rang <= 10', 'hel  när rang <= 12').replace(/\n\n/g, '\n\n\n')
        );
        const diff = git('diff', '--', 'kumla');
        expect(diff.split('\n').filter(line => /^[+-][^+-]/.test(line))).toEqual([
            '-mått GodService.DirektSvar: hel när rang <= 10',
            '+mått GodService.DirektSvar: hel när rang <= 12'
        ]);
        git('commit', '-qam', 'Lägre mål');
        expect(git('log', '-p', '-1')).toContain('+mått GodService.DirektSvar: hel när rang <= 12');
    });
});

describe('.pre-commit-hooks.yaml', () => {
    /** What pre-commit does: the hook's entry with the staged files matching `files` as arguments. */
    const runHooks = (repo: string, staged: string[]) =>
        preCommitHooks().map(hook => {
            const files = staged.filter(path => new RegExp(hook.files!).test(path));
            const [command, ...args] = hook.entry!.split(' ');
            expect(command).toBe('styrmodell');
            return {
                id: hook.id,
                run: spawnSync(process.execPath, [BIN, ...args, ...files], { cwd: repo, encoding: 'utf8' })
            };
        });

    it('runs format --check and validate on the staged .styr files', () => {
        const { repo, git } = repository();
        expect(preCommitHooks().map(h => [h.id, h.language])).toEqual([
            ['styrmodell-format', 'node'],
            ['styrmodell-validate', 'node']
        ]);
        git('add', '.');
        const clean = runHooks(repo, git('diff', '--cached', '--name-only', '-z').split('\0').filter(Boolean));
        expect(clean.map(h => [h.id, h.run.status, h.run.stdout])).toEqual([
            ['styrmodell-format', 0, ''],
            ['styrmodell-validate', 0, '']
        ]);

        const file = join(repo, 'kumla', 'nämnderna.styr');
        writeFileSync(file, readFileSync(file, 'utf8').replace('    ansvarig KLF\n', '      ansvarig Okänd\n'));
        git('add', 'kumla/nämnderna.styr');
        const [format, validate] = runHooks(
            repo,
            git('diff', '--cached', '--name-only', '-z').split('\0').filter(Boolean)
        );
        expect(format!.run.status).toBe(1);
        expect(format!.run.stdout).toContain('kumla/nämnderna.styr: skulle formateras om');
        expect(validate!.run.status).toBe(1);
        expect(validate!.run.stdout).toMatch(/kumla\/nämnderna\.styr:\d+:\d+: fel: .*Okänd.*\[unresolved-reference\]/);
    });
});
