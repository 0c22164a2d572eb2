import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

/** The .vsix that `npm run package` writes, opened: what VS Code installs. */
describe('the packaged .vsix', () => {
    let entries: Record<string, Uint8Array>;
    let manifest: Record<string, unknown>;

    beforeAll(() => {
        execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT, stdio: 'ignore' });
        const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        entries = unzipSync(readFileSync(join(ROOT, `styrmodell-${version}.vsix`)));
        manifest = JSON.parse(new TextDecoder().decode(entries['extension/package.json']));
    }, 120_000);

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
