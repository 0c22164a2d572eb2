import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KUMLA, ROOT } from '../cli/run-cli.js';
import { cleanEnv, npm, packProject } from './packed.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * `files` is tested, not trusted: the package is packed, installed into an empty project with npm (offline:
 * the bundles carry every dependency, so nothing is fetched) and its bin is run there on the Kumla reference.
 */
describe('the npm package, installed into an empty project', () => {
    let project: string;
    let packed: string[];
    const npx = (args: string[], cwd = project) =>
        spawnSync('npx', ['--offline', '--no-install', 'styrmodell', ...args], {
            cwd,
            env: cleanEnv(),
            encoding: 'utf8',
            timeout: 60_000
        });

    beforeAll(() => {
        const { tarball, files } = packProject();
        packed = files;
        project = mkdtempSync(join(tmpdir(), 'styrmodell-installed-'));
        writeFileSync(
            join(project, 'package.json'),
            JSON.stringify({ name: 'kommunen', version: '1.0.0', private: true })
        );
        npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project);
        cpSync(KUMLA, join(project, 'kumla'), { recursive: true });
    }, 180_000);

    it('holds the bin, the bundles and the docs, and no sources or tests', () => {
        expect(packed).toEqual(
            expect.arrayContaining([
                'bin/styrmodell.js',
                'out/cli/main.js',
                'out/cli/validate-worker.js',
                'out/webview/preview.js',
                'README.md',
                'LICENSE',
                'CHANGELOG.md',
                'docs/checks.md'
            ])
        );
        expect(packed.filter(path => /^(src|test|test-e2e|bench|seeds)\//.test(path))).toEqual([]);
        // The command line's package: not the extension, its server or the browser bundles, and no source maps.
        expect(packed.filter(path => /^out\/(extension|server)\/|\.map$/.test(path))).toEqual([]);
        expect(packed).toEqual(expect.arrayContaining(['THIRD-PARTY-NOTICES.md', 'sbom.cdx.json']));
    });

    it('ships a manifest without install scripts or devDependencies, whose entry is not the extension', () => {
        const installed = JSON.parse(readFileSync(join(project, 'node_modules', 'styrmodell', 'package.json'), 'utf8'));
        expect(installed.scripts).toBeUndefined();
        expect(installed.devDependencies).toBeUndefined();
        expect(installed.contributes).toBeUndefined();
        expect(installed.description).not.toMatch(/^%/);
        // Both module systems load the command line's module; neither reaches for `vscode`.
        const loaded = spawnSync(
            process.execPath,
            [
                '-e',
                "const cjs = require('styrmodell'); import('styrmodell').then(esm => console.log(typeof cjs.main, typeof esm.createProgram))"
            ],
            { cwd: project, env: cleanEnv(), encoding: 'utf8' }
        );
        expect(loaded.stderr).toBe('');
        expect(loaded.stdout.trim()).toBe('function function');
    });

    it('references no source map it does not ship', () => {
        for (const path of packed.filter(file => /\.(c?js)$/.test(file))) {
            const text = readFileSync(join(project, 'node_modules', 'styrmodell', path), 'utf8');
            expect(text, path).not.toMatch(/sourceMappingURL=/);
        }
    });

    it('validate and format --check run on the Kumla reference', () => {
        const validate = npx(['validate', 'kumla', '--format', 'json']);
        expect(validate.stderr).toBe('');
        expect(validate.status).toBe(0);
        expect(JSON.parse(validate.stdout).errors).toBe(0);
        expect(npx(['format', '--check', 'kumla']).status).toBe(0);
    });

    it('validate checks several models in worker threads, with the output of one thread', () => {
        // A second model beside Kumla (another id), so that there are two groups to check in parallel.
        cpSync(join(project, 'kumla'), join(project, 'två', 'kumla'), { recursive: true });
        const header = join(project, 'två', 'kumla', 'styrmodell.styr');
        writeFileSync(header, readFileSync(header, 'utf8').replace('styrmodell Kumla ', 'styrmodell Annan '));
        const part = join(project, 'två', 'kumla', 'nämnderna.styr');
        writeFileSync(part, readFileSync(part, 'utf8').replace('del av Kumla', 'del av Annan'));
        // The installed bin itself, with a CPU profile per thread: two profiles are the main thread, which checks
        // groups too, and one worker.
        const profiles = mkdtempSync(join(tmpdir(), 'styrmodell-profiles-'));
        const bin = join(project, 'node_modules', '.bin', 'styrmodell');
        const run = (workers: string) =>
            spawnSync(
                process.execPath,
                ['--cpu-prof', `--cpu-prof-dir=${profiles}`, bin, 'validate', '.', '--format', 'json'],
                { cwd: project, env: cleanEnv({ STYRMODELL_WORKERS: workers }), encoding: 'utf8', timeout: 60_000 }
            );
        const parallel = run('2');
        expect(readdirSync(profiles)).toHaveLength(2);
        expect(parallel.stderr).toBe('');
        expect(parallel.status).toBe(0);
        expect(JSON.parse(parallel.stdout).warnings).toBe(2);
        expect(parallel.stdout).toBe(run('1').stdout);
        rmSync(join(project, 'två'), { recursive: true });
    });

    it('SARIF rules carry the examples of docs/checks.md, which the package ships', () => {
        writeFileSync(join(project, 'kumla', 'fel.styr'), 'del av Kumla\n\nmål Fel "Fel" {\n    nivå nämnd\n}\n');
        const run = npx(['validate', 'kumla', '--format', 'sarif']);
        const rule = JSON.parse(run.stdout).runs[0].tool.driver.rules.find(
            (r: { id: string }) => r.id === 'committee-goal-without-contribution'
        );
        expect(rule.help.text).toMatch(/^Nämndmålet bidrar inte till något\.\n\nTill exempel: ”/);
        rmSync(join(project, 'kumla', 'fel.styr'));
    });

    it('report writes the self-contained HTML with the preview script', () => {
        const json = npx(['report', 'kumla', '--format', 'json']);
        expect(JSON.parse(json.stdout).vision.status).toBe('delvis');
        const html = npx(['report', 'kumla', '--format', 'html']);
        expect(html.status).toBe(0);
        expect(html.stdout).toContain('<script');
    });

    it('diff compares two commits', () => {
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=T', ...args], { cwd: project });
        git('init', '-q');
        git('add', 'kumla');
        git('commit', '-qm', 'Kumla');
        const file = join(project, 'kumla', 'nämnderna.styr');
        writeFileSync(file, readFileSync(file, 'utf8').replace('hel  när rang <= 10', 'hel  när rang <= 12'));
        const run = npx(['diff', 'HEAD', '--format', 'json', '--fail-on-weakened']);
        expect(run.status).toBe(1);
        expect(JSON.parse(run.stdout).changes.some((c: { weakened: boolean }) => c.weakened)).toBe(true);
    });

    it('lsp --stdio answers initialize', async () => {
        // The installed bin itself (what npx runs), so that killing it stops the server and no npx wrapper lingers.
        const server = spawn(
            process.execPath,
            [join(project, 'node_modules', '.bin', 'styrmodell'), 'lsp', '--stdio'],
            { cwd: project, env: cleanEnv() }
        );
        const body = JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'initialize',
            params: { processId: null, rootUri: null, capabilities: {} }
        });
        server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        const reply = await new Promise<string>((resolve, reject) => {
            let text = '';
            const timer = setTimeout(() => reject(new Error(`no answer: ${text}`)), 30_000);
            server.stdout.on('data', (chunk: Buffer) => {
                text += chunk.toString('utf8');
                if (text.includes('"capabilities"')) {
                    clearTimeout(timer);
                    resolve(text);
                }
            });
        });
        server.stdin.end();
        server.kill();
        expect(reply).toContain('"completionProvider"');
    });
});

describe('package.json', () => {
    it('needs Node 22 or later', () => {
        expect(manifest.engines.node).toBe('>=22');
    });

    /** Every bare import left in a bundle (not a Node built-in, not the editor's `vscode`) must be a dependency. */
    it('lists as dependencies exactly what the bundles do not carry', () => {
        const builtins = new Set([...builtinModules, ...builtinModules.map(m => `node:${m}`)]);
        const external = new Set<string>();
        for (const bundle of ['out/cli/main.js', 'out/server/main.cjs', 'out/extension/main.cjs']) {
            const text = readFileSync(join(ROOT, bundle), 'utf8');
            for (const [, name] of text.matchAll(/(?:\brequire\(|\bimport\(|\bfrom\s*)["']([^"'./][^"']*)["']/g)) {
                // Bundled libraries (docx) hold strings like `from ", level: "`: only a valid npm name is an import.
                if (
                    !/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*(\/[^\s]*)?$/.test(name!) &&
                    !builtins.has(name!)
                )
                    continue;
                const bare = name!.startsWith('@') ? name!.split('/').slice(0, 2).join('/') : name!.split('/')[0]!;
                if (!builtins.has(name!) && !builtins.has(bare) && bare !== 'vscode') external.add(bare);
            }
        }
        // An optional dependency (the Word report's rasteriser) counts: the bundle loads it when it is there.
        const declared = { ...manifest.dependencies, ...manifest.optionalDependencies };
        expect(Object.keys(declared).sort()).toEqual([...external].sort());
    });
});
