// Bundles TypeScript sources into .bench/ so that plain Node can run them in a benchmark.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `entry` is a source file relative to the project root (`src/data/index.ts`), or a list of export lines
 * (`export { x } from './src/…'`). Returns the path of `.bench/<name>.mjs`.
 */
export async function bundleForBench(name, entry) {
    const outfile = join(root, '.bench', `${name}.mjs`);
    mkdirSync(dirname(outfile), { recursive: true });
    const input = Array.isArray(entry)
        ? { stdin: { contents: entry.join('\n'), resolveDir: root, loader: 'ts' } }
        : { entryPoints: [join(root, entry)] };
    await build({
        ...input,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        outfile,
        logLevel: 'silent'
    });
    return outfile;
}
