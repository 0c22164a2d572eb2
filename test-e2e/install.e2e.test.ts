/**
 * Every install path a municipality uses, from the artefacts a release ships, timed: the npm tarball into an empty
 * project, globally into a prefix, through npx; the .vsix into VS Code (code-server) offline; the pre-commit hooks
 * through the real `pre-commit` from PyPI with the hook repository at this commit; `fetch` through a loopback
 * proxy. The times go to test-results/install-times.json for the release notes.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KUMLA, ROOT } from '../test/cli/run-cli.js';
import { cleanEnv, packProject } from '../test/dist/packed.js';
import { startConnectProxy } from '../test/kolada/connect-proxy.js';
import { startStandIn } from '../test/kolada/kolada-stand-in.js';
import { CODE_SERVER_ENTRY, packagedExtension } from './support/code-server.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const times: { path: string; command: string; seconds: number }[] = [];

/** Runs a command, records how long it took under `path`, and returns its result. */
function timed(path: string, command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
    const started = performance.now();
    const result = spawnSync(command, args, {
        cwd: options.cwd,
        env: options.env ?? cleanEnv(),
        encoding: 'utf8',
        timeout: 600_000
    });
    times.push({ path, command: [command, ...args].join(' '), seconds: (performance.now() - started) / 1000 });
    if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
    }
    return result;
}

/** A folder with the Kumla reference, as a municipality's repository holds it. */
function modelFolder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'styrmodell-kommun-'));
    cpSync(KUMLA, join(folder, 'Kumla kommun'), { recursive: true });
    return folder;
}

/** `python3 -m venv` with pip, or why not: the pre-commit test needs it and says so when it is missing. */
function pythonVenv(): string | undefined {
    const probe = spawnSync('python3', ['-m', 'venv', '--help'], { stdio: 'ignore' });
    return probe.status === 0 ? undefined : 'python3 with venv is not installed, so pre-commit cannot be installed';
}

let tarball: string;

beforeAll(() => {
    const started = performance.now();
    tarball = packProject().tarball;
    times.push({
        path: 'pack',
        command: 'node scripts/stage.mjs npm && npm pack',
        seconds: (performance.now() - started) / 1000
    });
}, 300_000);

afterAll(() => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'install-times.json'), `${JSON.stringify(times, null, 2)}\n`);
    for (const { path, command, seconds } of times)
        console.log(`[install] ${path}: ${seconds.toFixed(1)} s  ${command}`);
});

describe('the npm tarball', () => {
    it('installs into an empty project offline and runs --version and validate there', () => {
        const project = modelFolder();
        writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'kommunen', private: true }));
        timed('project', 'npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project });
        const bin = join(project, 'node_modules', '.bin', 'styrmodell');
        expect(timed('project', bin, ['--version'], { cwd: project }).stdout.trim()).toBe(version);
        const run = timed('project', bin, ['validate', 'Kumla kommun', '--format', 'json'], { cwd: project });
        expect(JSON.parse(run.stdout).errors).toBe(0);
    });

    it('installs globally into a prefix offline and runs from its bin folder', () => {
        const prefix = mkdtempSync(join(tmpdir(), 'styrmodell-prefix-'));
        const folder = modelFolder();
        timed(
            'global',
            'npm',
            ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
            {
                cwd: folder
            }
        );
        const env = cleanEnv({ PATH: [join(prefix, 'bin'), cleanEnv().PATH].join(delimiter) });
        expect(timed('global', 'styrmodell', ['-V'], { cwd: folder, env }).stdout.trim()).toBe(version);
        const run = timed('global', 'styrmodell', ['validate', 'Kumla kommun'], { cwd: folder, env });
        expect(run.stdout).toContain('0 fel, 1 varning');
    });

    it('runs through npx from the tarball, in a folder without node_modules', () => {
        const folder = modelFolder();
        const cache = mkdtempSync(join(tmpdir(), 'styrmodell-npx-cache-'));
        const run = timed(
            'npx',
            'npx',
            ['--yes', '--cache', cache, '--package', tarball, 'styrmodell', 'validate', '.'],
            {
                cwd: folder
            }
        );
        expect(run.stdout).toContain('0 fel, 1 varning');
    });

    it('fetches through a loopback CONNECT proxy from the global install', async () => {
        const prefix = mkdtempSync(join(tmpdir(), 'styrmodell-prefix-'));
        const folder = modelFolder();
        timed(
            'global',
            'npm',
            ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
            {
                cwd: folder
            }
        );
        const [standIn, proxy] = await Promise.all([startStandIn(), startConnectProxy()]);
        try {
            const env = Object.fromEntries(
                Object.entries(cleanEnv()).filter(([key]) => !/^(https?|all|no)_proxy$/i.test(key))
            );
            const result = await new Promise<{ status: number | null; stderr: string }>(resolve => {
                const child = spawn(
                    join(prefix, 'bin', 'styrmodell'),
                    ['fetch', 'Kumla kommun', '--api', `${standIn.url}/v3`, '--years', '2019', '--out', 'kolada.json'],
                    { cwd: folder, env: { ...env, HTTP_PROXY: proxy.url } }
                );
                let stderr = '';
                child.stderr.on('data', chunk => (stderr += chunk));
                child.on('close', status => resolve({ status, stderr }));
            });
            expect(result.stderr).toContain(`Går via proxyn ${proxy.url} (HTTP_PROXY)`);
            expect(result.status).toBe(0);
            expect(proxy.tunnels).toContain(new URL(standIn.url).host);
            expect(existsSync(join(folder, 'kolada.json'))).toBe(true);
        } finally {
            await Promise.all([standIn.close(), proxy.close()]);
        }
    });
});

describe('the .vsix', () => {
    it.skipIf(!existsSync(CODE_SERVER_ENTRY))('installs into VS Code (code-server) offline', () => {
        const home = mkdtempSync(join(tmpdir(), 'styrmodell-vsix-'));
        const env = { ...cleanEnv(), XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') };
        const run = timed(
            'vsix',
            process.execPath,
            [
                CODE_SERVER_ENTRY,
                '--install-extension',
                packagedExtension(),
                '--extensions-dir',
                join(home, 'extensions'),
                '--user-data-dir',
                join(home, 'user')
            ],
            { cwd: home, env }
        );
        expect(run.stdout).toMatch(/styrmodell.*(successfully installed|installerades)/i);
    });
});

describe('the pre-commit hooks', () => {
    const skip = pythonVenv();

    it.skipIf(skip !== undefined)(
        `install through the real pre-commit from a commit and stop a broken model${skip ? ` (skipped: ${skip})` : ''}`,
        () => {
            const work = mkdtempSync(join(tmpdir(), 'styrmodell-pre-commit-'));
            timed('pre-commit', 'python3', ['-m', 'venv', join(work, 'venv')], { cwd: work });
            timed(
                'pre-commit',
                join(work, 'venv', 'bin', 'python'),
                ['-m', 'pip', 'install', '--quiet', '--retries', '1', 'pre-commit'],
                {
                    cwd: work
                }
            );
            // The hook repository at a commit: a clone of this project at HEAD, as pre-commit clones it from GitHub.
            const hooks = join(work, 'hooks');
            execFileSync('git', ['clone', '--quiet', ROOT, hooks]);
            const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hooks, encoding: 'utf8' }).trim();
            // nodeenv's "system" Node is `nodejs` before `node` on PATH: both must be Node 22 or later.
            const bin = join(work, 'bin');
            mkdirSync(bin);
            for (const name of ['node', 'nodejs']) symlinkSync(process.execPath, join(bin, name));
            const env = cleanEnv({
                PATH: [bin, join(work, 'venv', 'bin'), cleanEnv().PATH].join(delimiter),
                PRE_COMMIT_HOME: join(work, 'cache')
            });
            const repo = modelFolder();
            const git = (...args: string[]) =>
                execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: repo });
            git('init', '-q');
            writeFileSync(
                join(repo, '.pre-commit-config.yaml'),
                [
                    'repos:',
                    `  - repo: ${hooks}`,
                    `    rev: ${rev}`,
                    '    hooks:',
                    '      - id: styrmodell-format',
                    '      - id: styrmodell-validate',
                    ''
                ].join('\n')
            );
            git('add', '.');
            const good = timed('pre-commit', 'pre-commit', ['run', '--all-files'], { cwd: repo, env });
            expect(good.stdout).toMatch(/styrmodell validate\.+Passed/);

            const file = join(repo, 'Kumla kommun', 'nämnderna.styr');
            writeFileSync(file, readFileSync(file, 'utf8').replace('    ansvarig KLF\n', '      ansvarig Okänd\n'));
            git('add', '.');
            const broken = spawnSync('pre-commit', ['run'], { cwd: repo, env, encoding: 'utf8', timeout: 120_000 });
            expect(broken.status).toBe(1);
            expect(broken.stdout).toMatch(/styrmodell format --check\.+Failed/);
            expect(broken.stdout).toMatch(/styrmodell validate\.+Failed/);
            expect(broken.stdout).toMatch(/nämnderna\.styr:\d+:\d+: fel: .*Okänd.*\[unresolved-reference\]/);
        },
        900_000
    );
});
