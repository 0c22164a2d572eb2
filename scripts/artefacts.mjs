// What each shipped artefact holds, in one place: its bundles (esbuild outputs, for the notices and the SBOM),
// its files, and how its package.json is derived from the repository's. scripts/stage.mjs assembles each into
// dist/<kind>/, from which `npm pack`/`npm publish` and vsce work.

/** Fields of the repository's package.json that only the VS Code extension reads. */
const EXTENSION_ONLY = [
    'displayName',
    'publisher',
    'icon',
    'galleryBanner',
    'categories',
    'l10n',
    'activationEvents',
    'capabilities',
    'contributes',
    'browser'
];
/** Fields for developing this repository only: never shipped, so no install script runs for a consumer. */
const DEVELOPMENT_ONLY = ['scripts', 'devDependencies', 'allowScripts', 'files'];

export const ARTEFACTS = {
    npm: {
        title: 'The styrmodell npm package (command line and language server)',
        bundles: ['out/cli/main.js', 'out/cli/validate-worker.js', 'out/webview/preview.js'],
        files: {
            'bin/styrmodell.js': 'bin/styrmodell.js',
            'out/cli/main.js': 'out/cli/main.js',
            'out/cli/validate-worker.js': 'out/cli/validate-worker.js',
            'out/webview/preview.js': 'out/webview/preview.js',
            'docs/checks.md': 'docs/checks.md',
            'README.md': 'README.md',
            LICENSE: 'LICENSE',
            'CHANGELOG.md': 'CHANGELOG.md',
            'THIRD-PARTY-NOTICES.md': 'out/npm/THIRD-PARTY-NOTICES.md',
            'sbom.cdx.json': 'out/npm/sbom.cdx.json'
        },
        manifest(repo, nls) {
            const manifest = omit(repo, [...EXTENSION_ONLY, ...DEVELOPMENT_ONLY]);
            return {
                ...manifest,
                // The manifest's description is the extension's localised placeholder; npm shows text.
                description: nls[repo.description.slice(1, -1)] ?? repo.description,
                // Node resolves `require('styrmodell')`/`import` through `exports`: the command line's module
                // (main(argv), createProgram()), never the VS Code extension, which needs `vscode`.
                main: './out/cli/main.js',
                exports: { '.': './out/cli/main.js', './package.json': './package.json' },
                engines: { node: repo.engines.node },
                files: Object.keys(this.files)
            };
        }
    },
    vsix: {
        title: 'The Styrmodell extension for VS Code',
        bundles: [
            'out/extension/main.cjs',
            'out/extension/browser.cjs',
            'out/server/main.cjs',
            'out/server/browser.js',
            'out/webview/preview.js'
        ],
        files: {
            'out/extension/main.cjs': 'out/extension/main.cjs',
            'out/extension/browser.cjs': 'out/extension/browser.cjs',
            'out/server/main.cjs': 'out/server/main.cjs',
            'out/server/browser.js': 'out/server/browser.js',
            'out/webview/preview.js': 'out/webview/preview.js',
            syntaxes: 'syntaxes',
            snippets: 'snippets',
            images: 'images',
            l10n: 'l10n',
            'language-configuration.json': 'language-configuration.json',
            'package.nls.json': 'package.nls.json',
            'package.nls.sv.json': 'package.nls.sv.json',
            // The Marketplace page is written for planners; the repository's README.md is for developers.
            'README.md': 'docs/marketplace/README.md',
            LICENSE: 'LICENSE',
            'CHANGELOG.md': 'CHANGELOG.md',
            'THIRD-PARTY-NOTICES.md': 'out/vsix/THIRD-PARTY-NOTICES.md',
            'sbom.cdx.json': 'out/vsix/sbom.cdx.json'
        },
        manifest(repo) {
            // VS Code reads `main`/`browser` from the package.json inside the .vsix; the command line is not in it.
            // The optional dependency is the Word report's rasteriser (src/render/docx/chart-image.ts): the command
            // line's, not the extension's, so the .vsix carries no node_modules. `files` lists what the staged
            // folder holds, so vsce packs exactly that.
            return {
                ...omit(repo, [...DEVELOPMENT_ONLY, 'bin', 'exports', 'optionalDependencies']),
                files: Object.keys(this.files)
            };
        }
    }
};

function omit(object, keys) {
    return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}
