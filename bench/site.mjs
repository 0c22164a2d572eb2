#!/usr/bin/env node
/**
 * Site benchmark (issue 17): `styrmodell site` on the national workspace (bench/national-workspace.mjs: 290
 * models × 60 measures, one CSV of 1,455,000 rows) through the real command line, each run a fresh process,
 * contenders interleaved, CPU time and peak RSS from each process's own getrusage (bench/resource-usage-hook.mjs).
 *
 * Contenders: `styrmodell site . --model K… --out DIR` (one model's site) and `styrmodell site . --out DIR` (the
 * site of all 290 models with their index). Named baselines in the same run: csv-parse's bare read of the CSV
 * (bench/national.mjs's child) for the one model, `styrmodell validate --quiet .` of the same workspace for all.
 * Every run after the first replaces the site the run before wrote, as a municipality's CI job does.
 *
 * Usage: node bench/site.mjs [--runs N] [--keep DIR]
 * Importable: `const lines = await benchSite({ runs })`; `lines.summary` holds the numbers (bench/run.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeNationalWorkspace } from './national-workspace.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const BIN = join(root, 'bin', 'styrmodell.js');
const NATIONAL = join(here, 'national.mjs');
const HOOK = pathToFileURL(join(here, 'resource-usage-hook.mjs')).href;
const MIB = 1048576;

/** Issue 17's targets, as multiples of the named baselines (CPU time). */
const TARGETS = { one: 0.5, all: 3 };

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(args, cwd, usageFile) {
    const started = performance.now();
    try {
        execFileSync(process.execPath, ['--import', HOOK, ...args], {
            cwd,
            stdio: ['ignore', 'ignore', 'pipe'],
            maxBuffer: 64 * MIB,
            env: { ...process.env, BENCH_USAGE_FILE: usageFile }
        });
    } catch (error) {
        throw new Error(
            `${args.slice(0, 4).join(' ')} failed (exit ${error.status}): ${String(error.stderr).slice(0, 500)}`,
            {
                cause: error
            }
        );
    }
    const wall = performance.now() - started;
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { wall, cpu: usage.cpuMs, maxRss: usage.maxRss };
}

function countFiles(dir) {
    let count = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        count += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
    }
    return count;
}

function dirSize(dir) {
    let size = 0;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        size += entry.isDirectory() ? dirSize(join(dir, entry.name)) : statSync(join(dir, entry.name)).size;
    }
    return size;
}

export async function benchSite({ runs = 3, keep } = {}) {
    const dir = keep ?? mkdtempSync(join(tmpdir(), 'styrmodell-bench-site-'));
    try {
        const ws = await writeNationalWorkspace(join(dir, 'nationell'));
        const usageFile = join(dir, 'usage.json');
        const oneOut = join(dir, 'webbplats-en');
        const allOut = join(dir, 'webbplats-alla');
        const contenders = {
            'csv-parse': () => measure([NATIONAL, '--child', 'csv-parse', ws.csv], dir, usageFile),
            validate: () => measure([BIN, 'validate', '--quiet', '.'], ws.folder, usageFile),
            'site-one': () =>
                measure([BIN, 'site', '.', '--model', ws.chosenId, '--out', oneOut], ws.folder, usageFile),
            'site-all': () => measure([BIN, 'site', '.', '--out', allOut], ws.folder, usageFile)
        };
        const results = Object.fromEntries(
            Object.keys(contenders).map(name => [name, { wall: [], cpu: [], maxRss: 0 }])
        );
        for (let run = 0; run < runs; run++) {
            const order = run % 2 === 0 ? Object.keys(contenders) : Object.keys(contenders).reverse();
            for (const name of order) {
                const r = contenders[name]();
                results[name].wall.push(r.wall);
                results[name].cpu.push(r.cpu);
                results[name].maxRss = Math.max(results[name].maxRss, r.maxRss);
            }
        }
        const cpu = name => median(results[name].cpu);
        const wall = name => median(results[name].wall);
        const peak = name => results[name].maxRss / MIB;
        const names = {
            'csv-parse': `csv-parse, bare read of the ${ws.rows.toLocaleString('en')}-row CSV (baseline)`,
            validate: '`styrmodell validate --quiet .` of the whole workspace (baseline)',
            'site-one': `\`styrmodell site . --model ${ws.chosenId}\` (one model's site)`,
            'site-all': '`styrmodell site .` (290 models\u2019 sites and the index)'
        };
        const lines = [
            `National workspace: ${ws.codes.length} models × 60 measures, one CSV of ${ws.rows.toLocaleString('en')} rows; ` +
                `median of ${runs} fresh processes each, interleaved; Node ${process.version}`,
            '',
            '| process | CPU ms (median) | wall ms (median) | peak RSS MiB | CPU ÷ csv-parse | CPU ÷ validate |',
            '| --- | ---: | ---: | ---: | ---: | ---: |'
        ];
        for (const name of Object.keys(contenders)) {
            lines.push(
                `| ${names[name]} | ${cpu(name).toFixed(0)} | ${wall(name).toFixed(0)} | ${peak(name).toFixed(0)} | ` +
                    `${(cpu(name) / cpu('csv-parse')).toFixed(2)}× | ${(cpu(name) / cpu('validate')).toFixed(2)}× |`
            );
        }
        lines.push(
            '',
            `One model's site: ${countFiles(oneOut)} files, ${(dirSize(oneOut) / MIB).toFixed(1)} MiB; all 290: ` +
                `${countFiles(allOut).toLocaleString('en')} files, ${(dirSize(allOut) / MIB).toFixed(0)} MiB.`
        );
        lines.summary = {
            bench: 'Site',
            rows: [
                {
                    label: `site of one model (${ws.chosenId}) (CPU)`,
                    contender: cpu('site-one'),
                    baseline: cpu('csv-parse'),
                    baselineName: 'csv-parse bare read (CPU)',
                    targetText: `≤ ${TARGETS.one}× baseline`,
                    pass: cpu('site-one') <= TARGETS.one * cpu('csv-parse'),
                    unit: 'ms'
                },
                {
                    label: 'site of all 290 models (CPU)',
                    contender: cpu('site-all'),
                    baseline: cpu('validate'),
                    baselineName: 'validate of the same workspace (CPU)',
                    targetText: `≤ ${TARGETS.all}× baseline`,
                    pass: cpu('site-all') <= TARGETS.all * cpu('validate'),
                    unit: 'ms'
                }
            ],
            results
        };
        return lines;
    } finally {
        if (!keep) rmSync(dir, { recursive: true, force: true });
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const args = process.argv.slice(2);
    const value = flag => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
    const lines = await benchSite({ runs: Number(value('--runs') ?? 3), keep: value('--keep') });
    console.log(lines.join('\n'));
}
