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
    { ...common, entryPoints: ['src/lsp/main.ts'], outfile: 'out/server/main.cjs', format: 'cjs' }
];

await Promise.all(targets.map(options => build(options)));

