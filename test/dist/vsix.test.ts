import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const RELEASE = join(ROOT, 'release');

/**
 * What a release ships, built as the release workflow builds it (`npm run release:artefacts`, which packages the
 * .vsix through `npm run package`), and the .vsix opened: what VS Code installs.
 */
describe('the release artefacts and the packaged .vsix', () => {
    let entries: Record<string, Uint8Array>;
    let manifest: Record<string, unknown>;

    beforeAll(() => {
        execFileSync(process.execPath, [join(ROOT, 'scripts', 'release.mjs')], { cwd: ROOT, stdio: 'ignore' });
        entries = unzipSync(readFileSync(join(RELEASE, `styrmodell-${version}.vsix`)));
        manifest = JSON.parse(new TextDecoder().decode(entries['extension/package.json']));
    }, 120_000);

    it('are the tarball, the .vsix, both SBOMs and notices, and checksums that match them', () => {
        const files = readdirSync(RELEASE).sort();
        expect(files).toEqual(
            [
                'SHA256SUMS',
                `styrmodell-${version}.npm.THIRD-PARTY-NOTICES.md`,
                `styrmodell-${version}.npm.cdx.json`,
                `styrmodell-${version}.tgz`,
                `styrmodell-${version}.vsix`,
                `styrmodell-${version}.vsix.THIRD-PARTY-NOTICES.md`,
                `styrmodell-${version}.vsix.cdx.json`
            ].sort()
        );
        const sums = readFileSync(join(RELEASE, 'SHA256SUMS'), 'utf8').trim().split('\n');
        expect(sums).toHaveLength(files.length - 1);
        for (const line of sums) {
            const [hash, file] = line.split('  ');
            expect(
                createHash('sha256')
                    .update(readFileSync(join(RELEASE, file!)))
                    .digest('hex'),
                file
            ).toBe(hash);
        }
    });

    it('holds the extension, its servers and the preview, but not the command line or source maps', () => {
        const files = Object.keys(entries);
        expect(files).toEqual(
            expect.arrayContaining([
                'extension/out/extension/main.cjs',
                'extension/out/extension/browser.cjs',
                'extension/out/server/main.cjs',
                'extension/out/server/browser.js',
                'extension/out/webview/preview.js',
                'extension/THIRD-PARTY-NOTICES.md',
                'extension/sbom.cdx.json'
            ])
        );
        expect(files.filter(file => /out\/cli\/|bin\/|\.map$|node_modules\//.test(file))).toEqual([]);
    });

    it("names the extension's entries for VS Code and nothing of the npm package", () => {
        expect(manifest.main).toBe('./out/extension/main.cjs');
        expect(manifest.browser).toBe('./out/extension/browser.cjs');
        expect(manifest.bin).toBeUndefined();
        expect(manifest.scripts).toBeUndefined();
        expect(manifest.devDependencies).toBeUndefined();
    });

    it("shows the planners' README on the Marketplace page", () => {
        const readme = new TextDecoder().decode(entries['extension/readme.md'] ?? entries['extension/README.md']);
        expect(readme).toBe(readFileSync(join(ROOT, 'docs', 'marketplace', 'README.md'), 'utf8'));
    });
});
