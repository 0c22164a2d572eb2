#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/**
 * Data-loading benchmark: a long CSV of 1.5 million rows (500 KPIs × 290 municipalities × 10 years),
 * parsed by csv-parse alone (sync, arrays of strings: the least work csv-parse can do) and loaded by our
 * reader (decode, parse numbers, store with provenance). Every run is a fresh child process, the contenders
 * alternating, so memory and GC do not leak between them; times include reading the file. Prints Markdown.
 *
 * Usage: node bench/data-load.mjs [--runs N] [--rows-scale F]
 * Imported by bench/run.mjs: `const lines = await benchDataLoad({ runs })`; `lines.summary` holds the numbers.
 */
import { bundleForBench } from './bundle-for-bench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const bundlePath = join(root, '.bench', 'data-bundle.mjs');

const KPIS = 500;
const MUNICIPALITIES = 290;
const YEARS = 10;

/** Bundles src/data so plain Node can run the TypeScript sources. */
async function bundleDataLayer() {
    await bundleForBench('data-bundle', 'src/data/index.ts');
}

/** Writes the synthetic file: Swedish layout, decimal comma, about 1 % Kolada missing markers. */
async function generate(file, kpis) {
    const out = createWriteStream(file);
    const write = chunk => (out.write(chunk) ? Promise.resolve() : new Promise(r => out.once('drain', r)));
    const codes = Array.from({ length: MUNICIPALITIES }, (_, i) => String(114 + i * 7).padStart(4, '0'));
    let seed = 12345;
    const random = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
    await write('nyckeltal;kommun;år;kön;värde\n');
    let rows = 0;
    for (let k = 0; k < kpis; k++) {
        const kpi = `N${String(10000 + k).padStart(5, '0')}`;
        for (let y = 0; y < YEARS; y++) {
            const year = 2015 + y;
            let chunk = '';
            for (const code of codes) {
                const r = random();
                const value = r < 0.01 ? '..' : (r * 1000).toFixed(1).replace('.', ',');
                chunk += `${kpi};${code};${year};T;${value}\n`;
                rows++;
            }
            await write(chunk);
        }
    }
    await new Promise(r => out.end(r));
    return rows;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs one contender once in this (child) process and prints JSON with its time and memory. */
async function child(contender, file) {
    let parse;
    if (contender === 'csv-parse') {
        const { parse: csvParse } = await import('csv-parse/sync');
        parse = () => csvParse(readFileSync(file), { delimiter: ';' });
    } else {
        const { parseDataFile } = await import(pathToFileURL(bundlePath).href);
        parse = () => parseDataFile(readFileSync(file), file);
    }
    const settle = async () => {
        for (let i = 0; i < 3; i++) {
            globalThis.gc();
            await new Promise(r => setImmediate(r));
        }
    };
    await settle();
    const base = process.memoryUsage();
    const start = process.hrtime.bigint();
    const result = parse();
    const time = Number(process.hrtime.bigint() - start) / 1e6;
    await settle();
    const after = process.memoryUsage();
    const retained = after.heapUsed + after.arrayBuffers - (base.heapUsed + base.arrayBuffers);
    const count = Array.isArray(result) ? result.length - 1 : result.values.countValues();
    process.stdout.write(JSON.stringify({ time, retained, maxRss: process.resourceUsage().maxRSS * 1024, count }));
}

export async function benchDataLoad({ runs = 5, kpis = KPIS } = {}) {
    await bundleDataLayer();
    const dir = mkdtempSync(join(tmpdir(), 'styrmodell-bench-'));
    try {
        const file = join(dir, 'resultat.csv');
        const rows = await generate(file, kpis);
        const bytes = statSync(file).size;
        // One fresh process per run, alternating, so a busy machine slows both contenders alike.
        const results = {};
        for (let run = 0; run < runs; run++) {
            for (const contender of ['csv-parse', 'styrmodell']) {
                const output = execFileSync(
                    process.execPath,
                    ['--expose-gc', fileURLToPath(import.meta.url), '--child', contender, file],
                    { encoding: 'utf8', maxBuffer: 1 << 20 }
                );
                const r = JSON.parse(output);
                const all = (results[contender] ??= { times: [], retained: 0, maxRss: 0, count: r.count });
                all.times.push(r.time);
                all.retained = Math.max(all.retained, r.retained);
                all.maxRss = Math.max(all.maxRss, r.maxRss);
            }
        }
        const mb = n => (n / 1048576).toFixed(0);
        const lines = [
            `Data load: ${rows.toLocaleString('en')} rows, ${mb(bytes)} MB, median of ${runs} runs, Node ${process.version}`,
            '',
            '| contender | median ms | min ms | rows/s | retained MB | peak RSS MB | values |',
            '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
        ];
        for (const [name, r] of Object.entries(results)) {
            const med = median(r.times);
            lines.push(
                `| ${name === 'styrmodell' ? 'styrmodell parseDataFile' : 'csv-parse (sync, parse only)'} | ${med.toFixed(0)} | ` +
                    `${Math.min(...r.times).toFixed(0)} | ${Math.round(rows / (med / 1000)).toLocaleString('en')} | ` +
                    `${mb(r.retained)} | ${mb(r.maxRss)} | ${r.count.toLocaleString('en')} |`
            );
        }
        const speedup = median(results['csv-parse'].times) / median(results.styrmodell.times);
        lines.push('', `styrmodell is ${speedup.toFixed(1)}× csv-parse.`);
        // For bench/run.mjs: the loader must beat csv-parse (which only splits) in time and in memory.
        const ours = results.styrmodell;
        const theirs = results['csv-parse'];
        lines.summary = {
            bench: 'Data load',
            rows: [
                {
                    label: `load ${rows.toLocaleString('en')} rows, median`,
                    contender: median(ours.times),
                    baseline: median(theirs.times),
                    baselineName: 'csv-parse (sync, parse only)',
                    targetText: '< baseline',
                    pass: median(ours.times) < median(theirs.times),
                    unit: 'ms'
                },
                {
                    label: 'peak RSS',
                    contender: ours.maxRss / 1048576,
                    baseline: theirs.maxRss / 1048576,
                    baselineName: 'csv-parse (sync, parse only)',
                    targetText: '< baseline',
                    pass: ours.maxRss < theirs.maxRss,
                    unit: 'MB'
                }
            ]
        };
        return lines;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
    await child(args[1], args[2]);
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
    const scale = args.includes('--rows-scale') ? Number(args[args.indexOf('--rows-scale') + 1]) : 1;
    const lines = await benchDataLoad({ runs, kpis: Math.max(1, Math.round(KPIS * scale)) });
    console.log(lines.join('\n'));
}
