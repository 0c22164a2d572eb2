#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
/**
 * Data-loading benchmark: a long CSV of 1.5 million rows (500 KPIs × 290 municipalities × 10 years),
 * parsed by csv-parse alone (sync, arrays of strings: the least work csv-parse can do) and loaded by our
 * reader (decode, parse numbers, store with provenance). Every run is a fresh child process, the contenders
 * alternating, so memory and GC do not leak between them; times include reading the file. Then a planner's own
 * measurements of 1,000 and 50,000 rows, the same rows as CSV and as an `.xlsx` workbook: the xlsx reader against
 * the CSV reader (issue 16). Prints Markdown.
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

/**
 * A planner's own measurements, the same rows written twice: as a `;` CSV with decimal comma and as an `.xlsx`
 * laid out as Excel saves it (shared strings for text, numbers as `<v>`, deflated parts). Long layout:
 * nyckeltal, kommun (a code stored as a number, as Excel keeps it), år, värde.
 */
export function writeOwnMeasurements(dir, rows) {
    const kpis = Math.max(1, Math.round(rows / 1000));
    const lines = [];
    let seed = 7;
    const random = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
    for (let i = 0; i < rows; i++) {
        const kpi = `egen-${i % kpis}`;
        const code = 114 + Math.floor(i / kpis / 10) * 7;
        lines.push([kpi, code, 2015 + (((i / kpis) % 10) | 0), Math.round(random() * 10000) / 10]);
    }
    const csv = join(dir, `egna-${rows}.csv`);
    writeFileSync(
        csv,
        `nyckeltal;kommun;år;värde\n${lines.map(([k, c, y, v]) => `${k};${String(c).padStart(4, '0')};${y};${String(v).replace('.', ',')}`).join('\n')}\n`
    );
    const strings = ['nyckeltal', 'kommun', 'år', 'värde', ...Array.from({ length: kpis }, (_, i) => `egen-${i}`)];
    const cell = (ref, value) =>
        typeof value === 'string'
            ? `<c r="${ref}" t="s"><v>${strings.indexOf(value)}</v></c>`
            : `<c r="${ref}"><v>${value}</v></c>`;
    const row = (r, values) => `<row r="${r}">${values.map((v, c) => cell(`${'ABCD'[c]}${r}`, v)).join('')}</row>`;
    const sheet =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        row(1, ['nyckeltal', 'kommun', 'år', 'värde']) +
        lines.map((values, i) => row(i + 2, values)).join('') +
        '</sheetData></worksheet>';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const xlsx = join(dir, `egna-${rows}.xlsx`);
    writeFileSync(
        xlsx,
        zipSync({
            '_rels/.rels': strToU8(
                `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
            ),
            'xl/workbook.xml': strToU8(
                `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`
            ),
            'xl/_rels/workbook.xml.rels': strToU8(
                `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
            ),
            'xl/sharedStrings.xml': strToU8(
                `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map(t => `<si><t>${t}</t></si>`).join('')}</sst>`
            ),
            'xl/worksheets/sheet1.xml': strToU8(sheet)
        })
    );
    return { csv, xlsx };
}

/** Parses a file `repeat` times in this (child) process, each read from disk; prints the median time in ms. */
async function childRepeated(file, repeat) {
    const { parseDataFile } = await import(pathToFileURL(bundlePath).href);
    const times = [];
    let count = 0;
    for (let i = 0; i < repeat; i++) {
        const start = process.hrtime.bigint();
        const parsed = parseDataFile(readFileSync(file), file);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (parsed.problems.length > 0) throw new Error(`${file}: ${parsed.problems[0].message}`);
        count = parsed.values.countValues();
    }
    process.stdout.write(JSON.stringify({ time: median(times.slice(Math.min(3, repeat - 1))), count }));
}

/**
 * The xlsx reader against the CSV reader on the same rows (issue 16: a planner's 1,000-row workbook must not feel
 * slower than its CSV). Each size and format in fresh processes, alternating; times include reading the file.
 */
async function benchWorkbook(dir, runs, sizes = [1000, 50000]) {
    const lines = [
        '',
        `Own measurements, the same rows as \`;\` CSV and as \`.xlsx\` (median of ${runs} processes × 20 parses each, first 3 parses of a process not counted):`,
        '',
        '| rows | CSV ms | xlsx ms | xlsx / CSV | CSV bytes | xlsx bytes |',
        '| ---: | ---: | ---: | ---: | ---: | ---: |'
    ];
    const summary = [];
    for (const rows of sizes) {
        const files = writeOwnMeasurements(dir, rows);
        const times = { csv: [], xlsx: [] };
        for (let run = 0; run < runs; run++) {
            for (const kind of ['csv', 'xlsx']) {
                const output = execFileSync(
                    process.execPath,
                    [fileURLToPath(import.meta.url), '--child-repeat', files[kind], '20'],
                    { encoding: 'utf8' }
                );
                const r = JSON.parse(output);
                if (r.count !== rows) throw new Error(`${files[kind]}: ${r.count} values, expected ${rows}`);
                times[kind].push(r.time);
            }
        }
        const csv = median(times.csv);
        const xlsx = median(times.xlsx);
        lines.push(
            `| ${rows.toLocaleString('en')} | ${csv.toFixed(2)} | ${xlsx.toFixed(2)} | ${(xlsx / csv).toFixed(1)}× | ` +
                `${statSync(files.csv).size.toLocaleString('en')} | ${statSync(files.xlsx).size.toLocaleString('en')} |`
        );
        summary.push({
            label: `xlsx workbook of ${rows.toLocaleString('en')} rows, median`,
            contender: xlsx,
            baseline: csv,
            baselineName: 'the same rows as CSV',
            // "Not slower to feel": a planner notices 100 ms, not a factor on a millisecond.
            targetText: '≤ baseline + 100 ms',
            pass: xlsx <= csv + 100,
            unit: 'ms'
        });
    }
    return { lines, summary };
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
        const workbook = await benchWorkbook(dir, Math.max(runs, 3));
        lines.push(...workbook.lines);
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
                },
                ...workbook.summary
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
} else if (args[0] === '--child-repeat') {
    await childRepeated(args[1], Number(args[2]));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
    const scale = args.includes('--rows-scale') ? Number(args[args.indexOf('--rows-scale') + 1]) : 1;
    const lines = await benchDataLoad({ runs, kpis: Math.max(1, Math.round(KPIS * scale)) });
    console.log(lines.join('\n'));
}
