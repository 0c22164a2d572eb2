import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS } from '../../scripts/artefacts.mjs';
import { ROOT } from '../cli/run-cli.js';

interface Metafile {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** The packages esbuild put into an artefact's bundles, read here independently of scripts/third-party.mjs. */
function packagesInBundles(bundles: string[]): string[] {
    const metafile: Metafile = JSON.parse(readFileSync(join(ROOT, 'out', 'meta.json'), 'utf8'));
    const found = new Set<string>();
    for (const bundle of bundles) {
        for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[bundle]!.inputs)) {
            const match = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
            if (!match || bytesInOutput === 0) continue;
            const manifest = JSON.parse(readFileSync(join(ROOT, match[1]!, 'package.json'), 'utf8'));
            found.add(`${manifest.name}@${manifest.version}`);
        }
    }
    return [...found].sort();
}

describe.each(Object.entries(ARTEFACTS))('the third-party files of the %s artefact', (kind, artefact) => {
    const notices = readFileSync(join(ROOT, 'out', kind, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    const sbom = JSON.parse(readFileSync(join(ROOT, 'out', kind, 'sbom.cdx.json'), 'utf8'));
    const expected = packagesInBundles(artefact.bundles);

    it('bundles third-party packages at all (the check below would pass on nothing)', () => {
        expect(expected.length).toBeGreaterThan(kind === 'npm' ? 10 : 15);
        expect(expected.some(id => id.startsWith('langium@'))).toBe(true);
    });

    it('the notices name every bundled package once, with the full text of its licence file', () => {
        // Licence texts have Markdown headings of their own, inside the fenced blocks.
        const outsideFences = notices.replace(/^```text\n[\s\S]*?\n```$/gm, '');
        const headings = [...outsideFences.matchAll(/^## (\S+) (\S+)$/gm)].map(m => `${m[1]}@${m[2]}`).sort();
        expect(headings).toEqual(expected);
        // chevrotain is Apache-2.0: its whole licence text, not a mention, must survive bundling.
        const chevrotain = readFileSync(join(ROOT, 'node_modules', 'chevrotain', 'LICENSE.txt'), 'utf8').trim();
        expect(notices).toContain(chevrotain);
        if (kind === 'npm') expect(notices).toMatch(/^## docx .*\n\nLicence: MIT$/m);
    });

    it('the CycloneDX SBOM lists the same packages with purls and licences', () => {
        expect(sbom.bomFormat).toBe('CycloneDX');
        expect(sbom.specVersion).toBe('1.6');
        expect(sbom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
        const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(sbom.metadata.component.purl).toBe(`pkg:npm/styrmodell@${manifest.version}`);
        const components = sbom.components.map((c: { name: string; version: string }) => `${c.name}@${c.version}`);
        expect(components.sort()).toEqual(expected);
        for (const component of sbom.components) {
            expect(component.purl).toBe(`pkg:npm/${component.name.replace(/^@/, '%40')}@${component.version}`);
            expect(component.licenses[0].license?.id ?? component.licenses[0].expression).toMatch(/\S/);
        }
        expect(sbom.dependencies[0].dependsOn).toHaveLength(expected.length);
    });

    it('the staged artefact ships both files', () => {
        expect(Object.keys(artefact.files)).toEqual(
            expect.arrayContaining(['THIRD-PARTY-NOTICES.md', 'sbom.cdx.json'])
        );
        for (const from of Object.values(artefact.files)) expect(existsSync(join(ROOT, from)), from).toBe(true);
    });
});
