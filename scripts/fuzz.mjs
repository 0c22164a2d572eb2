// `npm run fuzz -- --count N --seed S [--workers W]`: the long in-process fuzz run. Bundles
// test/language/fuzz-main.ts with esbuild into a temporary folder (removed on exit and on SIGINT, SIGTERM or
// SIGHUP) and runs it with plain Node and source maps, so a crash kind names our source file; W worker threads
// (default: the machine's cores) share the mutants, and the crash kinds printed depend only on N and S.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
    options: {
        count: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        workers: { type: 'string', default: String(availableParallelism()) }
    }
});
for (const [name, value] of Object.entries(values)) {
    if (!/^\d+$/.test(value) || (name !== 'seed' && Number(value) === 0)) {
        process.stderr.write(`fel: --${name} ska vara ett positivt heltal, inte "${value}".\n`);
        process.exit(2);
    }
}

const folder = mkdtempSync(join(tmpdir(), 'styrmodell-fuzz-'));
const removeFolder = () => rmSync(folder, { recursive: true, force: true });
process.on('exit', removeFolder);
let child;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
        child?.kill(signal);
        removeFolder();
        process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
}

const outfile = join(folder, 'fuzz.mjs');
await build({
    entryPoints: [join(root, 'test/language/fuzz-main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['@resvg/resvg-js'],
    banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    }
});
const options = { root, count: Number(values.count), seed: Number(values.seed), workers: Number(values.workers) };
child = spawn(
    process.execPath,
    [
        ...(process.env.FUZZ_NODE_FLAGS?.split(' ') ?? []),
        '--enable-source-maps',
        outfile,
        '--run',
        JSON.stringify(options)
    ],
    {
        stdio: 'inherit'
    }
);
child.on('exit', (code, signal) => {
    removeFolder();
    process.exit(code ?? (signal ? 1 : 0));
});
