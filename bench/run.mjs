#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark in one run, each contender measured side by side with its named baseline
 * (interleaved inside each bench), one Markdown table per bench (contender, baseline, target, met/MISSED) plus
 * the bench's own detail, printed and, for a full run, written into BENCHMARKS.md between
 * `<!-- bench:start -->` and `<!-- bench:end -->` with the date, Node, CPU, core count and load average.
 *
 * Usage: node bench/run.mjs [--quick] [--only NAME[,NAME]] [--write | --no-write] [--no-build]
 *   --quick       fewer runs and samples (a smoke test; the numbers are not for BENCHMARKS.md)
 *   --only NAME   run only these benches: data-load, fulfilment, national, lsp-latency, preview-render,
 *                 deep-chain, site (or data, lsp, preview, chain); may be repeated
 *   --write       write BENCHMARKS.md even with --quick or --only (default: only a full run writes)
 *   --no-write    never write BENCHMARKS.md
 *   --no-build    do not run scripts/bundle.mjs first (the LSP and preview benches use out/)
 * Exit code 0 even when a target is missed (a miss is a finding, not a failure); 1 when a bench fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { benchDataLoad } from './data-load.mjs';
import { benchDeepChain } from './deep-chain.mjs';
import { benchFulfilment } from './fulfilment.mjs';
import { benchLspLatency } from './lsp-latency.mjs';
import { benchNational } from './national.mjs';
import { benchPreviewRender } from './preview-render.mjs';
import { benchSite } from './site.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const BENCHMARKS = join(root, 'BENCHMARKS.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const BENCHES = [
    {
        name: 'data-load',
        alias: 'data',
        title: 'Data load',
        run: quick => benchDataLoad(quick ? { runs: 1, kpis: 100 } : { runs: 5 })
    },
    {
        name: 'fulfilment',
        alias: 'fulfilment',
        title: 'Fulfilment engine',
        run: quick => benchFulfilment({ runs: quick ? 3 : 20 })
    },
    {
        name: 'national',
        alias: 'national',
        title: 'National scale',
        run: quick => benchNational({ runs: quick ? 1 : 3 })
    },
    {
        name: 'lsp-latency',
        alias: 'lsp',
        title: 'LSP latency',
        run: quick => benchLspLatency({ samples: quick ? 20 : 100 })
    },
    {
        name: 'preview-render',
        alias: 'preview',
        title: 'Preview render',
        run: quick => benchPreviewRender({ runs: quick ? 5 : 20 })
    },
    {
        name: 'deep-chain',
        alias: 'chain',
        title: 'Deep chain',
        run: quick => benchDeepChain({ runs: quick ? 1 : 5 })
    },
    {
        name: 'site',
        alias: 'site',
        title: 'Site',
        run: quick => benchSite({ runs: quick ? 1 : 3 })
    }
];

function parseArgs(argv) {
    const options = { quick: false, only: [], write: undefined, build: true };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--quick') options.quick = true;
        else if (arg === '--only') options.only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
        else if (arg.startsWith('--only=')) options.only.push(...arg.slice(7).split(',').filter(Boolean));
        else if (arg === '--write') options.write = true;
        else if (arg === '--no-write') options.write = false;
        else if (arg === '--no-build') options.build = false;
        else throw new Error(`unknown argument ${arg}; see the comment at the top of bench/run.mjs`);
    }
    for (const name of options.only) {
        if (!BENCHES.some(b => b.name === name || b.alias === name)) {
            throw new Error(`--only ${name}: no such bench (${BENCHES.map(b => b.name).join(', ')})`);
        }
    }
    return options;
}

function git(...args) {
    try {
        return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
        return undefined;
    }
}

const load = () =>
    os
        .loadavg()
        .map(n => n.toFixed(2))
        .join(' / ');

function environment() {
    const cpus = os.cpus();
    return {
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        node: process.version,
        cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
        cores: os.availableParallelism?.() ?? cpus.length,
        memory: `${(os.totalmem() / 1073741824).toFixed(0)} GB`,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        commit: git('rev-parse', '--short', 'HEAD'),
        // Others work in the same tree: say which measured sources differ from the commit.
        dirty: [
            ...new Set(
                (git('diff', '--name-only', 'HEAD', '--', 'src', 'bench', 'scripts', 'package.json') ?? '')
                    .split('\n')
                    .filter(Boolean)
                    .map(path => (path.includes('/') ? `${path.split('/')[0]}/` : path))
            )
        ]
    };
}

function number(value, unit) {
    if (value === undefined || Number.isNaN(value)) return '–';
    const text = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
    return `${text} ${unit}`;
}

/** The summary table of one bench: contender vs named baseline vs target, met or MISSED. */
function summaryTable(summary) {
    const lines = [
        '| measure | contender | named baseline | baseline | contender ÷ baseline | target | result |',
        '| --- | ---: | --- | ---: | ---: | ---: | --- |'
    ];
    for (const row of summary.rows) {
        const pass = row.pass ?? (row.target === undefined ? undefined : row.contender <= row.target);
        const target = row.targetText ?? (row.target === undefined ? '–' : `≤ ${row.target} ${row.unit}`);
        const ratio = row.baseline ? row.contender / row.baseline : undefined;
        lines.push(
            `| ${row.label} | ${number(row.contender, row.unit)} | ${row.baselineName} | ${number(row.baseline, row.unit)} | ` +
                `${ratio === undefined ? '–' : `${ratio.toFixed(ratio >= 10 ? 0 : 1)}×`} | ${target} | ${pass === undefined ? '–' : pass ? 'met' : '**MISSED**'} |`
        );
    }
    return lines;
}

async function main() {
    let options;
    try {
        options = parseArgs(process.argv.slice(2));
    } catch (error) {
        console.error(`bench: ${error.message}`);
        process.exitCode = 2;
        return;
    }
    const selected =
        options.only.length === 0
            ? BENCHES
            : BENCHES.filter(b => options.only.includes(b.name) || options.only.includes(b.alias));
    const write = options.write ?? (!options.quick && options.only.length === 0);
    if (options.build) {
        console.error('bench: bundling (scripts/bundle.mjs) so out/ matches the sources …');
        execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
    }
    const env = environment();
    const loadBefore = load();
    const sections = [];
    let failed = false;
    for (const bench of selected) {
        console.error(`bench: ${bench.name} …`);
        const started = performance.now();
        let lines;
        try {
            lines = await bench.run(options.quick);
        } catch (error) {
            failed = true;
            console.error(error);
            lines = [`${bench.title}: **failed**: ${String(error?.message ?? error).split('\n')[0]}`];
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        const section = [`### ${bench.title}`, ''];
        if (lines.summary?.rows?.length) section.push(...summaryTable(lines.summary), '');
        section.push(...lines, '', `<sub>${bench.name}: ${seconds} s, load average after it ${load()}</sub>`, '');
        sections.push(section.join('\n'));
        console.log(section.join('\n'));
    }
    const header = [
        `Measured ${env.date} by \`npm run bench\`${options.quick ? ' --quick' : ''}${options.only.length ? ` --only ${options.only.join(',')}` : ''}` +
            `${env.commit ? ` at commit ${env.commit}${env.dirty.length ? ` with uncommitted changes in ${env.dirty.join(', ')}` : ''}` : ''}.`,
        '',
        '| Node | CPU | cores | memory | OS | load average (1 / 5 / 15 min) before → after |',
        '| --- | --- | ---: | ---: | --- | --- |',
        `| ${env.node} | ${env.cpu} | ${env.cores} | ${env.memory} | ${env.platform} | ${loadBefore} → ${load()} |`,
        ''
    ].join('\n');
    const markdown = `${header}\n${sections.join('\n')}`;
    if (write) {
        const block = `${START}\n${markdown.trimEnd()}\n${END}`;
        let text = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '# Benchmarks\n\n';
        const from = text.indexOf(START);
        const to = text.indexOf(END);
        text =
            from >= 0 && to > from
                ? text.slice(0, from) + block + text.slice(to + END.length)
                : `${text.trimEnd()}\n\n${block}\n`;
        writeFileSync(BENCHMARKS, text);
        console.error(`bench: wrote the results into ${BENCHMARKS}`);
    } else {
        console.error('bench: BENCHMARKS.md not written (only a full run writes it; --write to force)');
    }
    console.log(header);
    process.exitCode = failed ? 1 : 0;
}

await main();
