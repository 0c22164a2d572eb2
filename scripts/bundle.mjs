// Bundles the command line, the language server, the VS Code extension and the preview webview with esbuild.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
    bundle: true,
    sourcemap: true,
    logLevel: 'warning',
    define: { __STYRMODELL_VERSION__: JSON.stringify(version) },
    target: 'node22',
    platform: 'node'
};

const targets = [
    {
        // ESM, so that bin/styrmodell.js can import it; CommonJS dependencies still need `require`.
        ...common,
        entryPoints: ['src/cli/main.ts'],
        outfile: 'out/cli/main.js',
        format: 'esm',
        banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
    },
    { ...common, entryPoints: ['src/server-main.ts'], outfile: 'out/server/main.cjs', format: 'cjs', minify: true },
    // The VS Code extension: a thin client; `vscode` is provided by the extension host.
    { ...common, entryPoints: ['src/extension/main.ts'], outfile: 'out/extension/main.cjs', format: 'cjs', external: ['vscode'], minify: true },
    // The preview webview's script; the HTML report inlines it, so no source map comment.
    { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'out/webview/preview.js', format: 'iife', platform: 'browser', target: 'es2022', minify: true, sourcemap: false }
];

await Promise.all(targets.map(options => build(options)));

