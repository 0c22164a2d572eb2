#!/usr/bin/env node
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS, chromiumPath, launchOfflineContext } from '../test/support/chromium.mjs';
/**
 * Preview-render benchmark: the real preview bundle (out/webview/preview.js) in the VS Code preview shell
 * (renderPreviewShell, with a stub of `acquireVsCodeApi`), in Debian's Chromium driven by playwright-core,
 * drawing a synthetic model of 2,046 tree nodes (vision, 5 inriktningar, 240 goals, 1,800 measures with three
 * years of `utfall`). The contender is the preview's own timing of an update, `lastRenderMs`: building the
 * HTML, one innerHTML assignment, and style and layout (forced by reading `offsetHeight`). Target: ≤ 200 ms.
 *
 * Named baseline, in the same page and interleaved: the same number of plain `<li>` rows with the same text
 * (each tree row's text as drawn), built as a string, assigned with innerHTML and laid out the same way; that
 * is the least any renderer of this tree in this browser can cost.
 *
 * Usage: node bench/preview-render.mjs [--runs N] [--nodes N]
 * Importable: `const lines = await benchPreviewRender({ runs })`; the lines carry a `summary` (bench/run.mjs).
 * Without `chromium` on PATH it says so and skips.
 */
import { bundleForBench } from './bundle-for-bench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const previewScript = join(root, 'out', 'webview', 'preview.js');

export const TARGET_MS = 200;

/** Bundles the engine and the renderers' document shell so plain Node can run the TypeScript sources. */
async function bundleRenderer() {
    const bundle = await bundleForBench('render-bundle', [
        "export { renderPreviewShell } from './src/render/index.ts';",
        "export { syntheticRenderInput } from './test/support/synthetic-render-input.ts';"
    ]);
    return import(`${pathToFileURL(bundle).href}?${Date.now()}`);
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const p95 = values => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.95 * values.length) - 1)];

export async function benchPreviewRender({ runs = 20, nodes = 2000 } = {}) {
    const executablePath = chromiumPath();
    if (!executablePath) {
        const lines = ['Preview render: skipped, `chromium` is not on PATH (Debian: `apt-get install chromium`).'];
        lines.summary = { bench: 'Preview render', skipped: 'chromium is not on PATH', rows: [] };
        return lines;
    }
    if (!existsSync(previewScript)) throw new Error('out/webview/preview.js is missing: run `npm run bundle` first');
    const engine = await bundleRenderer();
    const input = engine.syntheticRenderInput(nodes);
    const nodeCount =
        1 +
        input.view.areas.length +
        input.view.goals.length +
        input.view.goals.reduce((n, g) => n + g.measures.length, 0);
    const dir = mkdtempSync(join(tmpdir(), 'styrmodell-bench-preview-'));
    let context;
    try {
        const shell = join(dir, 'preview.html');
        writeFileSync(
            shell,
            engine.renderPreviewShell({
                nonce: 'bench',
                cspSource: 'file:',
                scriptUri: pathToFileURL(previewScript).href,
                title: 'Bench'
            })
        );
        context = await launchOfflineContext(executablePath, join(dir, 'profile'), { width: 1280, height: 900 });
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', error => errors.push(error.message));
        await page.addInitScript(() => {
            window.posted = [];
            window.acquireVsCodeApi = () => ({
                postMessage: message => window.posted.push(message),
                getState: () => undefined,
                setState: () => undefined
            });
        });
        await page.goto(pathToFileURL(shell).href);
        await page.waitForFunction(() => window.posted?.some(m => m.type === 'ready'));
        const browserVersion =
            context.browser()?.version() ??
            (await page.evaluate(() => navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1]));

        // The first update, as the extension sends it (a message); not counted, it also compiles the code.
        await page.evaluate(data => {
            window.benchInput = data;
            window.postMessage({ type: 'update', input: data }, '*');
        }, input);
        await page.waitForSelector('#sm-tree');
        const drawn = await page.locator('li[role="treeitem"]').count();
        const size = await page.evaluate(() => ({
            html: document.getElementById('sm-root')?.innerHTML.length ?? document.body.innerHTML.length,
            elements: document.body.getElementsByTagName('*').length
        }));
        if (drawn !== nodeCount) throw new Error(`the preview drew ${drawn} tree items, expected ${nodeCount}`);
        const first = await page.evaluate(() => window.styrmodellPreview.lastRenderMs);
        // The baseline's rows: the text of every tree row as the preview drew it.
        await page.evaluate(() => {
            window.benchTexts = Array.from(document.querySelectorAll('li[role="treeitem"] > .sm-row'), row =>
                row.textContent.replace(/\s+/g, ' ').trim()
            );
            const container = document.createElement('div');
            container.id = 'bench-baseline';
            document.body.appendChild(container);
        });

        const contender = () =>
            page.evaluate(async () => {
                const started = performance.now();
                // What the preview's message handler does for an `update` (minus the message's structured clone).
                window.styrmodellPreview.update(window.benchInput);
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                const frame = performance.now() - started;
                return {
                    total: window.styrmodellPreview.lastRenderMs,
                    ...window.styrmodellPreview.lastRenderTimings,
                    frame
                };
            });
        const baseline = () =>
            page.evaluate(async () => {
                const escape = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
                const container = document.getElementById('bench-baseline');
                const started = performance.now();
                let html = '<ul>';
                for (const text of window.benchTexts) html += `<li>${escape(text)}</li>`;
                html += '</ul>';
                const built = performance.now();
                container.innerHTML = html;
                const assigned = performance.now();
                void container.offsetHeight;
                const done = performance.now();
                await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                const frame = performance.now() - started;
                return {
                    total: done - started,
                    html: built - started,
                    dom: assigned - built,
                    layout: done - assigned,
                    frame
                };
            });

        await baseline(); // warm-up
        const results = { contender: [], baseline: [] };
        for (let run = 0; run < runs; run++) {
            // Alternating which goes first, so neither always follows the other's garbage.
            if (run % 2 === 0) {
                results.contender.push(await contender());
                results.baseline.push(await baseline());
            } else {
                results.baseline.push(await baseline());
                results.contender.push(await contender());
            }
        }
        const rows = await page.locator('#bench-baseline li').count();
        if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

        const summarise = list => ({
            median: median(list.map(r => r.total)),
            p95: p95(list.map(r => r.total)),
            max: Math.max(...list.map(r => r.total)),
            html: median(list.map(r => r.html)),
            dom: median(list.map(r => r.dom)),
            layout: median(list.map(r => r.layout)),
            frame: median(list.map(r => r.frame))
        });
        const c = summarise(results.contender);
        const b = summarise(results.baseline);
        const f = n => (n < 10 ? n.toFixed(1) : n.toFixed(0));
        const lines = [
            `Preview render: ${nodeCount.toLocaleString('en')} tree nodes, Chromium ${browserVersion} (headless, ${CHROMIUM_FLAGS.join(' ')}), ` +
                `${runs} runs alternating with the baseline after a warm-up, medians`,
            '',
            '| contender | median ms | p95 ms | max ms | build HTML | innerHTML | style + layout | to next frame | target (median) | result |',
            '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
            `| preview update (\`lastRenderMs\`, out/webview/preview.js) | ${f(c.median)} | ${f(c.p95)} | ${f(c.max)} | ${f(c.html)} | ${f(c.dom)} | ${f(c.layout)} | ${f(c.frame)} | ≤ ${TARGET_MS} | ${c.median <= TARGET_MS ? 'met' : 'MISSED'} |`,
            `| baseline: ${rows.toLocaleString('en')} plain \`<li>\` rows, same text | ${f(b.median)} | ${f(b.p95)} | ${f(b.max)} | ${f(b.html)} | ${f(b.dom)} | ${f(b.layout)} | ${f(b.frame)} | – | baseline |`,
            '',
            `The preview's HTML is ${(size.html / 1024).toFixed(0)} KiB in ${size.elements.toLocaleString('en')} elements; the baseline's ` +
                `${rows.toLocaleString('en')} rows are ${rows + 1} elements. The preview costs ${(c.median / b.median).toFixed(1)}× the plain rows; ` +
                `its first update (not counted) took ${f(first)} ms.`
        ];
        lines.summary = {
            bench: 'Preview render',
            rows: [
                {
                    label: `${nodeCount.toLocaleString('en')}-node preview update, median`,
                    contender: c.median,
                    baseline: b.median,
                    baselineName: `${rows.toLocaleString('en')} plain \`<li>\` rows, same text`,
                    target: TARGET_MS,
                    unit: 'ms'
                }
            ],
            contender: c,
            baseline: b,
            first
        };
        return lines;
    } finally {
        await context?.close();
        rmSync(dir, { recursive: true, force: true });
    }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const args = process.argv.slice(2);
    const value = (flag, fallback) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
    console.log((await benchPreviewRender({ runs: value('--runs', 20), nodes: value('--nodes', 2000) })).join('\n'));
}
