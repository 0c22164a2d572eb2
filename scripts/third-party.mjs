// The third-party packages a bundle carries, read from esbuild's metafile: the licence notices and a CycloneDX
// SBOM for each shipped artefact (the npm package, the .vsix). Generated at build time from what esbuild actually
// put into the outputs, not from package.json, because the bundles carry every dependency and an install of the
// package has no node_modules for `npm sbom` or cyclonedx-npm to see.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/**
 * The packages whose files esbuild put into the given outputs, each once: name, version, licence, its licence
 * and notice texts. `metafile` is esbuild's (merged over every build); `outputs` are output paths in it.
 */
export function bundledPackages(metafile, outputs, root) {
    const packageDirs = new Set();
    for (const output of outputs) {
        const entry = metafile.outputs[output];
        if (!entry) throw new Error(`${output} is not an output of the bundle`);
        for (const [input, { bytesInOutput }] of Object.entries(entry.inputs)) {
            // A module esbuild tree-shook to nothing is not in the artefact.
            if (bytesInOutput > 0 && input.includes('node_modules/')) packageDirs.add(packageDirOf(input, root));
        }
    }
    return [...packageDirs]
        .map(dir => describePackage(dir, root))
        .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** `node_modules/@scope/name/lib/x.js` → `node_modules/@scope/name`; nested node_modules keep the innermost. */
function packageDirOf(input, root) {
    const parts = input.split('/');
    const at = parts.lastIndexOf('node_modules');
    let dir = parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)).join('/');
    // A package may keep a package.json of its own deeper down (`"type"` markers in lib/esm): the package is the
    // folder right below node_modules, which always has the real manifest.
    if (!existsSync(join(root, dir, 'package.json'))) dir = dirname(dir);
    return dir;
}

function describePackage(dir, root) {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const licence = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
    const files = readdirSync(join(root, dir))
        .filter(name => LICENCE_FILE.test(name))
        .sort();
    if (files.length === 0) throw new Error(`${manifest.name}@${manifest.version} ships no licence file`);
    return {
        name: manifest.name,
        version: manifest.version,
        licence,
        homepage: manifest.homepage,
        repository: typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url,
        texts: files.map(name => ({ name, text: readFileSync(join(root, dir, name), 'utf8').trim() }))
    };
}

/** THIRD-PARTY-NOTICES.md: every bundled package with its licence id and the full text of its licence files. */
export function noticesText(product, packages) {
    const lines = [
        '# Third-party notices',
        '',
        `${product} bundles the following packages. Each is listed with its version, its licence and the full`,
        'text of the licence and notice files it ships.',
        ''
    ];
    for (const pkg of packages) {
        lines.push(`## ${pkg.name} ${pkg.version}`, '', `Licence: ${pkg.licence}`, '');
        for (const { name, text } of pkg.texts) lines.push(`### ${name}`, '', '```text', text, '```', '');
    }
    return lines.join('\n');
}

/** A CycloneDX 1.6 JSON SBOM: the product as the described component, every bundled package as a library. */
export function cycloneDx(product, packages, serialSeed) {
    const purl = (name, version) => `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}@${version}`;
    // Reproducible: the same packages give the same serial number, so two builds of one commit are identical.
    const hash = createHash('sha256').update(serialSeed).digest('hex');
    const uuid = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
    return {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${uuid}`,
        version: 1,
        metadata: {
            tools: { components: [{ type: 'application', name: 'styrmodell scripts/third-party.mjs' }] },
            component: {
                type: 'application',
                'bom-ref': purl(product.name, product.version),
                name: product.name,
                version: product.version,
                purl: purl(product.name, product.version),
                licenses: [licenceChoice(product.licence)]
            }
        },
        components: packages.map(pkg => ({
            type: 'library',
            'bom-ref': purl(pkg.name, pkg.version),
            name: pkg.name,
            version: pkg.version,
            purl: purl(pkg.name, pkg.version),
            licenses: [licenceChoice(pkg.licence)],
            ...(pkg.repository ? { externalReferences: [{ type: 'vcs', url: pkg.repository }] } : {})
        })),
        dependencies: [
            {
                ref: purl(product.name, product.version),
                dependsOn: packages.map(pkg => purl(pkg.name, pkg.version))
            }
        ]
    };
}

/** An SPDX id as `license.id`; an expression such as `(MIT OR Apache-2.0)` as CycloneDX's `expression`. */
function licenceChoice(licence) {
    return /[\s()]/.test(licence) ? { expression: licence } : { license: { id: licence } };
}
