// Bundles the command line, the language server, the VS Code extension and the preview webview with esbuild,
// then writes each shipped artefact's third-party notices and CycloneDX SBOM from esbuild's metafile
// (scripts/third-party.mjs): out/npm/ for the npm package, out/vsix/ for the extension.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ARTEFACTS } from './artefacts.mjs';
import { bundledPackages, cycloneDx, noticesText } from './third-party.mjs';

// A file path on every system (URL.pathname would be /C:/… on Windows).
const root = fileURLToPath(new URL('..', import.meta.url));
const { name, version, license } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
    bundle: true,
    // Source maps are written beside the bundles for local debugging but not referenced from them: the packages
    // do not ship them, and a `sourceMappingURL` to a missing file makes editors and browsers complain.
    sourcemap: 'external',
    metafile: true,
    logLevel: 'warning',
    define: { __STYRMODELL_VERSION__: JSON.stringify(version) },
    target: 'node22',
    platform: 'node'
};

const web = {
    ...common,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    alias: {
        'node:path': './src/browser/shims/node-path.ts',
        'node:util': './src/browser/shims/node-util.ts',
        'node:fs': './src/browser/shims/node-fs.ts',
        'node:fs/promises': './src/browser/shims/node-fs.ts'
    }
};

const targets = [
    {
        // ESM, so that bin/styrmodell.js can import it; CommonJS dependencies still need `require`.
        ...common,
        entryPoints: ['src/cli/main.ts'],
        outfile: 'out/cli/main.js',
        format: 'esm',
        // A native module with a prebuilt binary per platform: loaded from node_modules when a Word report is
        // written (src/render/docx/chart-image.ts), never bundled; the npm package lists it as optional.
        external: ['@resvg/resvg-js'],
        banner: {
            js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
        }
    },
    // The validate worker thread (src/cli/parallel-validate.ts starts it from beside out/cli/main.js).
    {
        ...common,
        entryPoints: ['src/cli/validate-worker.ts'],
        outfile: 'out/cli/validate-worker.js',
        format: 'esm',
        banner: {
            js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
        }
    },
    { ...common, entryPoints: ['src/server-main.ts'], outfile: 'out/server/main.cjs', format: 'cjs', minify: true },
    // The VS Code extension: a thin client; `vscode` is provided by the extension host.
    {
        ...common,
        entryPoints: ['src/extension/main.ts'],
        outfile: 'out/extension/main.cjs',
        format: 'cjs',
        external: ['vscode'],
        minify: true
    },
    // The preview webview's script; the HTML report inlines it, so no source map comment.
    {
        ...common,
        entryPoints: ['src/webview/main.ts'],
        outfile: 'out/webview/preview.js',
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        sourcemap: false
    },
    // VS Code for the Web: the extension in the browser's extension host, the language server in a web worker.
    // The few Node modules the shared code imports are replaced by small browser versions (src/browser/shims).
    {
        ...web,
        entryPoints: ['src/extension/browser-main.ts'],
        outfile: 'out/extension/browser.cjs',
        format: 'cjs',
        external: ['vscode']
    },
    { ...web, entryPoints: ['src/browser/server-main.ts'], outfile: 'out/server/browser.js', format: 'iife' }
];

const results = await Promise.all(targets.map(options => build(options)));
const metafile = { inputs: {}, outputs: {} };
for (const result of results) {
    Object.assign(metafile.inputs, result.metafile.inputs);
    Object.assign(metafile.outputs, result.metafile.outputs);
}
writeFileSync(join(root, 'out', 'meta.json'), JSON.stringify(metafile));

for (const [kind, artefact] of Object.entries(ARTEFACTS)) {
    const packages = bundledPackages(metafile, artefact.bundles, root);
    const product = { name, version, licence: license };
    mkdirSync(join(root, 'out', kind), { recursive: true });
    writeFileSync(join(root, 'out', kind, 'THIRD-PARTY-NOTICES.md'), noticesText(artefact.title, packages));
    const seed = `${kind}:${name}@${version}:${packages.map(p => `${p.name}@${p.version}`).join(',')}`;
    writeFileSync(
        join(root, 'out', kind, 'sbom.cdx.json'),
        `${JSON.stringify(cycloneDx(product, packages, seed), null, 2)}\n`
    );
}
