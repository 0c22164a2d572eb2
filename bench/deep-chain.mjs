/**
 * Deep chain (issue 18): `styrmodell validate --quiet` of a `bidrar till` chain 20,000 goals deep (a KF goal,
 * then 19,999 committee goals each contributing to the one before; the checks walked the chain again from every
 * goal, over 300 s), through the real command line, a fresh process per run. Named baseline in the same run,
 * interleaved: the same 20,000 goals in a file of the same shape and size, each committee goal contributing to
 * the KF goal (a flat tree): what checking that many goals costs without the depth. Target (issue 18): the chain
 * validates in under 5 s (wall time, median).
 *
 * Usage: node bench/deep-chain.mjs [--runs N] [--depth N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(resolve(here, '..'), 'bin', 'styrmodell.js');
const HOOK = pathToFileURL(join(here, 'resource-usage-hook.mjs')).href;
/** Issue 18's target: wall time of the chain's validate. */
const TARGET_MS = 5000;

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `chain`: each goal contributes to the one before; `flat`: every committee goal to the KF goal G0. */
function model(depth, shape) {
    const parts = ['styrmodell D "Djup" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "Vision"\n\n'];
    for (let i = 0; i < depth; i++) {
        const measure =
            i === depth - 1
                ? '    mått M "M" {\n        högre är bättre\n        utfall {\n            2019 1\n        }\n        hel  när värde >= 1\n    }\n'
                : '';
        const target = i === 0 ? 'V' : shape === 'chain' ? `G${i - 1}` : 'G0';
        parts.push(
            `mål G${i} "Mål ${i}" {\n    nivå ${i === 0 ? 'fullmäktige' : 'nämnd'}\n    bidrar till ${target}\n${measure}}\n\n`
        );
    }
    return parts.join('');
}

function measure(folder, usageFile) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', HOOK, BIN, 'validate', '--quiet', folder], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, BENCH_USAGE_FILE: usageFile }
    });
    const wall = performance.now() - started;
    // Exit 1: the committee goals under committee goals are errors of level, which is what the chain is made of.
    if (run.status !== 0 && run.status !== 1) {
        throw new Error(`validate ${folder} failed (exit ${run.status}): ${String(run.stderr).slice(0, 500)}`);
    }
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { wall, cpu: usage.cpuMs, maxRss: usage.maxRss };
}

export async function benchDeepChain({ runs = 5, depth = 20_000 } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'styrmodell-bench-chain-'));
    try {
        const folders = {};
        for (const shape of ['chain', 'flat']) {
            folders[shape] = mkdtempSync(join(dir, `${shape}-`));
            writeFileSync(join(folders[shape], 'djup.styr'), model(depth, shape));
        }
        const results = { chain: { wall: [], cpu: [], maxRss: 0 }, flat: { wall: [], cpu: [], maxRss: 0 } };
        for (let run = 0; run < runs; run++) {
            const order = run % 2 === 0 ? ['chain', 'flat'] : ['flat', 'chain'];
            for (const shape of order) {
                const r = measure(folders[shape], join(dir, `${shape}-usage.json`));
                results[shape].wall.push(r.wall);
                results[shape].cpu.push(r.cpu);
                results[shape].maxRss = Math.max(results[shape].maxRss, r.maxRss);
            }
        }
        const wall = shape => median(results[shape].wall);
        const cpu = shape => median(results[shape].cpu);
        const lines = [
            `${depth.toLocaleString('en')} goals, ${runs} runs each, interleaved; medians. ` +
                `Peak RSS: chain ${(results.chain.maxRss / 1048576).toFixed(0)} MiB, flat ${(results.flat.maxRss / 1048576).toFixed(0)} MiB.`
        ];
        lines.summary = {
            rows: [
                {
                    label: `validate, ${depth.toLocaleString('en')}-deep chain (wall)`,
                    unit: 'ms',
                    contender: wall('chain'),
                    baseline: wall('flat'),
                    baselineName: 'the same goals, flat (wall)',
                    target: TARGET_MS,
                    targetText: `< ${TARGET_MS} ms`,
                    pass: wall('chain') < TARGET_MS
                },
                {
                    label: `validate, ${depth.toLocaleString('en')}-deep chain (CPU)`,
                    unit: 'ms',
                    contender: cpu('chain'),
                    baseline: cpu('flat'),
                    baselineName: 'the same goals, flat (CPU)'
                }
            ]
        };
        return lines;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const args = process.argv.slice(2);
    const value = flag => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
    const lines = await benchDeepChain({
        runs: Number(value('--runs') ?? 5),
        depth: Number(value('--depth') ?? 20_000)
    });
    console.log([...lines, ...lines.summary.rows.map(r => JSON.stringify(r))].join('\n'));
}
