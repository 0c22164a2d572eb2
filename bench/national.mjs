#!/usr/bin/env node
/**
 * National-scale benchmark: the national workspace (bench/national-workspace.mjs: 290 models × 60 measures,
 * one shared CSV of 1,455,000 rows) through the real command line, each run a fresh process, contenders
 * interleaved so a busy machine slows them alike. Every process is measured the same way: wall time from spawn
 * to exit (by this process), CPU time and peak RSS (its own getrusage, written on exit by
 * bench/resource-usage-hook.mjs). Node's start-up counts for every contender.
 *
 * Contenders: `styrmodell validate` of the workspace (worker threads, and for comparison one thread);
 * `styrmodell report --model K… --format json` of one model.
 * Named baselines: csv-parse's bare parse of the CSV (sync, arrays of strings), and a bare Langium build of the
 * same .styr files (parse, index, link with the project's services; no checks, no data, no results).
 * Ratios are taken on CPU time (user + system), which a busy machine disturbs less than wall time; validate's
 * target against csv-parse is on wall time (issue 20: it may use both cores), so run it on a quiet machine.
 *
 * Usage: node bench/national.mjs [--runs N] [--keep DIR]
 * Importable: `const lines = await benchNational({ runs })`; `lines.summary` holds the numbers (bench/run.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForBench } from './bundle-for-bench.mjs';
import { writeNationalWorkspace } from './national-workspace.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const BIN = join(root, 'bin', 'styrmodell.js');
const HOOK = pathToFileURL(join(here, 'resource-usage-hook.mjs')).href;
const BUILD_BUNDLE = join(root, '.bench', 'national-build.mjs');
const MIB = 1048576;

/**
 * Targets: issue 20 for validate (wall time against csv-parse's wall time, since validate now uses every core;
 * CPU time against the bare build, so the threads do not buy their speed with much more work; peak RSS), issue 12
 * for the one-model report (CPU against csv-parse).
 */
const TARGETS = { validateWall: 1.0, report: 0.5, peakMiB: 600, buildFactor: 1.3 };

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** In a child: the bare parse of the CSV by csv-parse. */
async function childCsvParse(file) {
    const { parse } = await import('csv-parse/sync');
    const rows = parse(readFileSync(file), { delimiter: ';' });
    process.stdout.write(String(rows.length - 1));
}

/** In a child: the bare Langium build of every .styr file under `folder` (parse, index, link; no validation). */
async function childBuild(folder) {
    const { createStyrmodellServices, NodeFileSystem, URI } = await import(pathToFileURL(BUILD_BUNDLE).href);
    const { shared } = createStyrmodellServices(NodeFileSystem);
    const files = [];
    const walk = dir => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) walk(join(dir, entry.name));
            else if (entry.name.endsWith('.styr')) files.push(join(dir, entry.name));
        }
    };
    walk(folder);
    const documents = [];
    for (const file of files.sort())
        documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file)));
    await shared.workspace.DocumentBuilder.build(documents, { validation: false });
    const unresolved = documents.flatMap(d => d.references.filter(r => r.error !== undefined)).length;
    process.stdout.write(`${documents.length} documents, ${unresolved} unresolved references`);
}

/** Runs one process, returns wall ms, CPU ms, peak RSS bytes and its standard output. */
function measure(args, cwd, usageFile, env = {}) {
    const started = performance.now();
    let stdout;
    try {
        stdout = execFileSync(process.execPath, ['--import', HOOK, ...args], {
            cwd,
            encoding: 'utf8',
            maxBuffer: 256 * MIB,
            env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile }
        });
    } catch (error) {
        // validate exits 1 when a model has errors; the national workspace has none, so say what happened.
        throw new Error(
            `${args.slice(0, 4).join(' ')} failed (exit ${error.status}): ${String(error.stderr).slice(0, 500)}`,
            { cause: error }
        );
    }
    const wall = performance.now() - started;
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    return { wall, cpu: usage.cpuMs, maxRss: usage.maxRss, stdout };
}

export async function benchNational({ runs = 3, keep } = {}) {
    await bundleForBench('national-build', [
        "export { createStyrmodellServices } from './src/services.ts';",
        "export { NodeFileSystem } from 'langium/node';",
        "export { URI } from 'langium';"
    ]);
    const dir = keep ?? mkdtempSync(join(tmpdir(), 'styrmodell-bench-national-'));
    try {
        const ws = await writeNationalWorkspace(join(dir, 'nationell'));
        const usageFile = join(dir, 'usage.json');
        const self = fileURLToPath(import.meta.url);
        const contenders = {
            'csv-parse': () => measure([self, '--child', 'csv-parse', ws.csv], dir, usageFile),
            build: () => measure([self, '--child', 'build', ws.folder], dir, usageFile),
            validate: () => measure([BIN, 'validate', '--quiet', '.'], ws.folder, usageFile),
            // The same in one thread: what the worker threads gain (and cost) against it.
            'validate-1': () =>
                measure([BIN, 'validate', '--quiet', '.'], ws.folder, usageFile, { STYRMODELL_WORKERS: '1' }),
            report: () =>
                measure([BIN, 'report', '.', '--model', ws.chosenId, '--format', 'json'], ws.folder, usageFile)
        };
        const results = Object.fromEntries(
            Object.keys(contenders).map(name => [name, { wall: [], cpu: [], maxRss: 0, stdout: '' }])
        );
        for (let run = 0; run < runs; run++) {
            // Alternate the order, so no contender always runs after the same one.
            const order = run % 2 === 0 ? Object.keys(contenders) : Object.keys(contenders).reverse();
            for (const name of order) {
                const r = contenders[name]();
                const all = results[name];
                all.wall.push(r.wall);
                all.cpu.push(r.cpu);
                all.maxRss = Math.max(all.maxRss, r.maxRss);
                all.stdout = r.stdout;
            }
        }
        const report = JSON.parse(results.report.stdout);
        const reportMeasures = report.measures?.length ?? report.goals?.flatMap?.(g => g.measures ?? []).length;
        const cpu = name => median(results[name].cpu);
        const wall = name => median(results[name].wall);
        const peak = name => results[name].maxRss / MIB;
        const csvRows = ws.rows.toLocaleString('en');
        const names = {
            'csv-parse': `csv-parse, bare parse of the ${csvRows}-row CSV (baseline)`,
            build: 'bare Langium build of the 580 .styr files: parse, index, link (baseline)',
            validate: `\`styrmodell validate --quiet .\` (build, every check, data, results of all 290 models; worker threads on the ${availableParallelism()} cores)`,
            'validate-1':
                '`STYRMODELL_WORKERS=1 styrmodell validate --quiet .` (the same in one thread, for comparison)',
            report: `\`styrmodell report . --model ${ws.chosenId} --format json\` (one model)`
        };
        const lines = [
            `National workspace: ${ws.codes.length} models × 60 measures (${ws.codes.length * 2} .styr files, ` +
                `${(dirSize(join(ws.folder, 'kommuner')) / MIB).toFixed(1)} MB), one CSV of ${csvRows} rows ` +
                `(${(statSync(ws.csv).size / MIB).toFixed(0)} MB); median of ${runs} fresh processes each, interleaved; Node ${process.version}`,
            '',
            '| process | CPU ms (median) | wall ms (median) | peak RSS MiB | CPU ÷ csv-parse | CPU ÷ bare build |',
            '| --- | ---: | ---: | ---: | ---: | ---: |'
        ];
        for (const name of Object.keys(contenders)) {
            lines.push(
                `| ${names[name]} | ${cpu(name).toFixed(0)} | ${wall(name).toFixed(0)} | ${peak(name).toFixed(0)} | ` +
                    `${(cpu(name) / cpu('csv-parse')).toFixed(2)}× | ${(cpu(name) / cpu('build')).toFixed(2)}× |`
            );
        }
        lines.push(
            '',
            `Bare build: ${results.build.stdout}. The report held ${reportMeasures ?? 'its'} measures. ` +
                'Wall times include waiting for the CPU on a shared machine; the ratios in the table use CPU time, ' +
                "validate's target against csv-parse uses wall time."
        );
        const baseline = 'csv-parse bare parse (CPU)';
        lines.summary = {
            bench: 'National scale',
            rows: [
                {
                    label: 'validate, whole national workspace (wall time)',
                    contender: wall('validate'),
                    baseline: wall('csv-parse'),
                    baselineName: 'csv-parse bare parse (wall time)',
                    targetText: `≤ ${TARGETS.validateWall}× baseline`,
                    pass: wall('validate') <= TARGETS.validateWall * wall('csv-parse'),
                    unit: 'ms'
                },
                {
                    label: `report of one model (${ws.chosenId}) (CPU)`,
                    contender: cpu('report'),
                    baseline: cpu('csv-parse'),
                    baselineName: baseline,
                    targetText: `≤ ${TARGETS.report}× baseline`,
                    pass: cpu('report') <= TARGETS.report * cpu('csv-parse'),
                    unit: 'ms'
                },
                {
                    label: 'validate: peak RSS',
                    contender: peak('validate'),
                    baseline: peak('csv-parse'),
                    baselineName: 'csv-parse bare parse',
                    target: TARGETS.peakMiB,
                    unit: 'MiB'
                },
                {
                    label: 'report: peak RSS',
                    contender: peak('report'),
                    baseline: peak('csv-parse'),
                    baselineName: 'csv-parse bare parse',
                    target: TARGETS.peakMiB,
                    unit: 'MiB'
                },
                {
                    label: 'validate (build + checks + data + results) against the bare build (CPU)',
                    contender: cpu('validate'),
                    baseline: cpu('build'),
                    baselineName: 'bare Langium build (CPU)',
                    targetText: `≤ ${TARGETS.buildFactor}× baseline`,
                    pass: cpu('validate') <= TARGETS.buildFactor * cpu('build'),
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

function dirSize(path) {
    let size = 0;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
        size += entry.isDirectory() ? dirSize(join(path, entry.name)) : statSync(join(path, entry.name)).size;
    }
    return size;
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
    if (args[1] === 'csv-parse') await childCsvParse(args[2]);
    else await childBuild(args[2]);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const value = flag => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
    const lines = await benchNational({ runs: Number(value('--runs') ?? 3), keep: value('--keep') });
    console.log(lines.join('\n'));
}
