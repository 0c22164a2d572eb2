import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS } from '../../scripts/artefacts.mjs';
import { ROOT } from '../cli/run-cli.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('Marketplace readiness', () => {
    it('packages with every vsce check: no flag that skips one', () => {
        const script = readFileSync(join(ROOT, 'scripts', 'package.mjs'), 'utf8');
        expect(script).toContain("'package', '--out'");
        // The Marketplace page is the planners' README, which the staged .vsix holds as its README.md.
        expect(ARTEFACTS.vsix.files['README.md']).toBe('docs/marketplace/README.md');
        expect(script).not.toMatch(
            /--(skip-license|allow-[a-z-]+|no-dependencies|no-verify|no-rewrite-relative-links)/
        );
    });

    it("has a homepage, a bug tracker, a changelog and a planners' README whose screenshots are in the repository", () => {
        expect(manifest.homepage).toMatch(/^https:\/\//);
        expect(manifest.bugs.url).toMatch(/^https:\/\/.*\/issues$/);
        expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(/^## \d+\.\d+\.\d+/m);
        const readme = readFileSync(join(ROOT, 'docs', 'marketplace', 'README.md'), 'utf8');
        const images = [
            ...readme.matchAll(/!\[[^\]]+\]\(https:\/\/github\.com\/styrmodell\/styrmodell\/raw\/HEAD\/([^)]+)\)/g)
        ].map(m => m[1]!);
        expect(images.length).toBeGreaterThanOrEqual(3);
        for (const image of images) expect(existsSync(join(ROOT, image)), image).toBe(true);
        for (const setting of Object.keys(manifest.contributes.configuration.properties).filter(
            key => !manifest.contributes.configuration.properties[key].markdownDeprecationMessage
        )) {
            expect(readme).toContain(setting);
        }
    });

    it('is found by planners: a banner, the Linters category, and it starts in a folder with a model', () => {
        expect(manifest.galleryBanner.color).toMatch(/^#[0-9a-f]{6}$/i);
        expect(manifest.categories).toContain('Linters');
        expect(manifest.activationEvents).toContain('workspaceContains:**/*.styr');
    });

    it('declares how it behaves in Restricted Mode and in virtual workspaces', () => {
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
        for (const file of ['package.nls.json', 'package.nls.sv.json']) {
            const nls = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
            expect(nls['capabilities.untrustedWorkspaces']).toBeTruthy();
            expect(nls['capabilities.virtualWorkspaces']).toBeTruthy();
        }
    });
});
