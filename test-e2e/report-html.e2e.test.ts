/**
 * The HTML report and the preview webview in a real Chromium (Debian's, driven by playwright-core):
 * no console errors, no network, the year selector and owner filter work from the inlined bundle, the
 * keyboard moves through the tree, the preview talks to a stub of VS Code's webview API, and screenshots
 * (light, dark, high contrast) land in test-results/report-html/. Also prints how long 2,000 nodes take.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport, renderPreviewShell } from '../src/render/index.js';
import type { RenderInput } from '../src/render/render-input.js';
import { chromiumPath, launchOfflineContext } from '../test/support/chromium.mjs';
import { syntheticRenderInput } from '../test/support/synthetic-render-input.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const resultsDir = join(repo, 'test-results', 'report-html');
const bundlePath = join(repo, 'out', 'webview', 'preview.js');

const executablePath = chromiumPath();

/** A small model with `utfall` values, for when examples/exempelkommun is not there. */
function writeFallbackModel(dir: string): void {
    writeFileSync(
        join(dir, 'styrmodell.styr'),
        `styrmodell Liten "Lilla kommun" {
    kommun "1999"
    år 2020
}

vision V "Vision 2030"

inriktning Lärande "Lärande"

nämnd BUN "Barn- och utbildningsnämnden"
nämnd KS "Kommunstyrelsen"

mål Kunskap "Alla elever når målen" {
    nivå fullmäktige
    inriktning Lärande
    bidrar till V
}

mål Behörighet "Fler elever blir behöriga" {
    nivå nämnd
    ansvarig BUN
    bidrar till Kunskap

    mått Behöriga "Behöriga till gymnasiet" {
        enhet "%"
        högre är bättre
        utfall {
            2018 84,5
            2019 86
            2020 88,5
        }
        hel  när värde >= 90
        halv när värde >= 85
    }
}

mål Service "Snabba svar" {
    nivå nämnd
    ansvarig KS
    bidrar till Kunskap

    mått Svar "Svar inom en dag" {
        enhet "%"
        högre är bättre
        utfall {
            2018 70
            2019 75
            2020 80
        }
        hel  när värde >= 80
        halv när värde >= 70
    }
}
`
    );
}

/** `styrmodell report DIR --format html --out FILE`, in process through the real command. */
async function generateReport(modelDir: string, out: string): Promise<void> {
    const { registerReport } = await import('../src/cli/report.js');
    const program = new Command().exitOverride();
    registerReport(program);
    const previous = process.exitCode;
    process.exitCode = undefined;
    try {
        await program.parseAsync(['report', modelDir, '--format', 'html', '--out', out], { from: 'user' });
        expect(process.exitCode ?? 0).toBe(0);
    } finally {
        process.exitCode = previous;
    }
}

interface Recorder {
    consoleErrors: string[];
    requests: string[];
}

function record(page: Page): Recorder {
    const recorder: Recorder = { consoleErrors: [], requests: [] };
    page.on('console', message => {
        if (message.type() === 'error' || message.type() === 'warning') {
            recorder.consoleErrors.push(`${message.type()}: ${message.text()}`);
        }
    });
    page.on('pageerror', error => recorder.consoleErrors.push(`pageerror: ${error.message}`));
    page.on('request', request => recorder.requests.push(request.url()));
    return recorder;
}

describe.skipIf(!executablePath)('HTML report and preview in Chromium', { timeout: 60_000 }, () => {
    let context: BrowserContext;
    let userDataDir: string;
    let workDir: string;
    let reportFile: string;
    let reportUrl: string;
    let modelName: string;

    beforeAll(async () => {
        execFileSync(process.execPath, [join(repo, 'scripts', 'bundle.mjs')], { cwd: repo, stdio: 'inherit' });
        expect(existsSync(bundlePath)).toBe(true);
        mkdirSync(resultsDir, { recursive: true });
        workDir = mkdtempSync(join(tmpdir(), 'styrmodell-report-e2e-'));
        const example = join(repo, 'examples', 'exempelkommun');
        let modelDir = example;
        if (!existsSync(join(example, 'styrmodell.styr'))) {
            modelDir = join(workDir, 'modell');
            mkdirSync(modelDir);
            writeFallbackModel(modelDir);
        }
        modelName = modelDir === example ? 'examples/exempelkommun' : 'a small model in a temporary folder';
        reportFile = join(resultsDir, 'report.html');
        await generateReport(modelDir, reportFile);
        reportUrl = pathToFileURL(reportFile).href;
        userDataDir = join(workDir, 'chromium-profile');
        // Anything but the page itself (and the preview's own script) is refused and recorded.
        context = await launchOfflineContext(executablePath, userDataDir, { width: 1280, height: 900 });
    }, 120_000);

    afterAll(async () => {
        await context?.close();
        if (workDir) {
            rmSync(workDir, { recursive: true, force: true });
        }
    });

    it('opens without console errors and without any request but the file itself', async () => {
        const page = await context.newPage();
        const recorder = record(page);
        await page.goto(reportUrl);
        await page.waitForSelector('#sm-tree');
        expect(
            await page.evaluate(() => typeof (window as unknown as { styrmodellPreview?: object }).styrmodellPreview)
        ).toBe('object');
        expect(recorder.consoleErrors).toEqual([]);
        expect(recorder.requests).toEqual([reportUrl]);
        expect(await page.getAttribute('html', 'lang')).toBe('sv');
        console.log(`report of ${modelName}: ${Math.round(readFileSync(reportFile).length / 1024)} KiB`);
        await page.close();
    });

    it('switches years with the year selector, from the inlined script', async () => {
        const page = await context.newPage();
        const recorder = record(page);
        await page.goto(reportUrl);
        const years = await page.$$eval('#sm-year option', options => options.map(o => (o as HTMLOptionElement).value));
        expect(years.length).toBeGreaterThan(1);
        const shown = await page.getAttribute('#sm-app', 'data-year');
        // Another year itself, not a delårsrapport beside one (its test follows).
        const other = years.find(y => y !== shown && /^\d{4}$/.test(y))!;
        await page.focus('#sm-year');
        await page.selectOption('#sm-year', other);
        await expect.poll(() => page.getAttribute('#sm-app', 'data-year')).toBe(other);
        expect(await page.textContent('.sm-meta')).toContain(`Uppföljningsår ${other}`);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('sm-year');
        expect(page.url()).toContain(`#%C3%A5r=${other}`);
        // A reload keeps the year (from the address).
        await page.reload();
        await expect.poll(() => page.getAttribute('#sm-app', 'data-year')).toBe(other);
        expect(recorder.consoleErrors).toEqual([]);
        await page.close();
    });

    it('hides the goals of other owners with the owner filter', async () => {
        const page = await context.newPage();
        await page.goto(reportUrl);
        const before = await page.locator('li.sm-committee').count();
        const owners = await page.$$eval('#sm-owner option', options =>
            options.map(o => (o as HTMLOptionElement).value).filter(Boolean)
        );
        expect(owners.length).toBeGreaterThan(1);
        await page.selectOption('#sm-owner', owners[0]!);
        const after = await page.locator('li.sm-committee').count();
        expect(after).toBeGreaterThan(0);
        expect(after).toBeLessThan(before);
        await expect.poll(() => page.locator('.sm-filter-note').count()).toBe(1);
        await page.selectOption('#sm-owner', '');
        expect(await page.locator('li.sm-committee').count()).toBe(before);
        await page.close();
    });

    it('moves through the tree with the keyboard and shows where a node is written', async () => {
        const page = await context.newPage();
        await page.goto(reportUrl);
        await page.focus('li[role="treeitem"][tabindex="0"]');
        const key = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.key);
        const first = await key();
        await page.keyboard.press('ArrowDown');
        const second = await key();
        expect(second).not.toBe(first);
        await page.keyboard.press('ArrowDown');
        const third = await key();
        // The third node is a KF goal: Left collapses it, Left again goes to its inriktning.
        expect(await page.getAttribute(`li[data-key="${third}"]`, 'aria-expanded')).toBe('true');
        await page.keyboard.press('ArrowLeft');
        expect(await page.getAttribute(`li[data-key="${third}"]`, 'aria-expanded')).toBe('false');
        await page.keyboard.press('ArrowRight');
        expect(await page.getAttribute(`li[data-key="${third}"]`, 'aria-expanded')).toBe('true');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        expect(await key()).toBe(second);
        await page.keyboard.press('End');
        await page.keyboard.press('Home');
        expect(await key()).toBe(first);
        expect(await page.locator('li[role="treeitem"][tabindex="0"]').count()).toBe(1);
        // The focused node shows its source line.
        await page.keyboard.press('ArrowDown');
        expect(await page.isVisible(`li[data-key="${second}"] > .sm-row > .sm-source`)).toBe(true);
        await page.close();
    });

    it('takes screenshots in light and dark', async () => {
        const page = await context.newPage();
        await page.goto(reportUrl);
        for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            await page.screenshot({ path: join(resultsDir, `report-${colorScheme}.png`), fullPage: true });
            await page.screenshot({ path: join(resultsDir, `report-${colorScheme}-top.png`) });
        }
        await page.setViewportSize({ width: 560, height: 900 });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.screenshot({ path: join(resultsDir, 'report-narrow.png') });
        await page.close();
    });

    describe('as the VS Code preview', () => {
        const shellFile = () => join(resultsDir, 'preview-shell.html');

        /** A stub of `acquireVsCodeApi` that records posted messages and keeps state across reloads. */
        async function openPreview(theme: string): Promise<Page> {
            writeFileSync(
                shellFile(),
                renderPreviewShell({ nonce: 'e2e', cspSource: 'file:', scriptUri: pathToFileURL(bundlePath).href })
            );
            const page = await context.newPage();
            await page.addInitScript((bodyClass: string) => {
                const w = window as unknown as { posted: unknown[]; acquireVsCodeApi: () => unknown };
                w.posted = [];
                w.acquireVsCodeApi = () => ({
                    postMessage: (message: unknown) => w.posted.push(message),
                    getState: () => JSON.parse(sessionStorage.getItem('vscode-state') ?? 'null'),
                    setState: (state: unknown) => sessionStorage.setItem('vscode-state', JSON.stringify(state))
                });
                document.addEventListener('DOMContentLoaded', () => {
                    if (bodyClass) {
                        document.body.classList.add(bodyClass);
                    }
                });
            }, theme);
            return page;
        }

        const posted = (page: Page) =>
            page.evaluate(() => (window as unknown as { posted: Array<{ type: string }> }).posted);

        async function send(page: Page, input: RenderInput): Promise<void> {
            await page.evaluate(
                data => window.postMessage({ type: 'update', input: data }, '*'),
                input as unknown as Record<string, unknown>
            );
            await page.waitForSelector('#sm-tree');
        }

        it('says ready, renders updates, posts year and reveal, and restores its state after a reload', async () => {
            const page = await openPreview('');
            const recorder = record(page);
            await page.goto(pathToFileURL(shellFile()).href);
            await expect.poll(() => posted(page)).toEqual([{ type: 'ready' }]);
            const input = JSON.parse(
                /<script type="application\/json" id="styrmodell-input">([\s\S]*?)<\/script>/.exec(
                    readFileSync(reportFile, 'utf8')
                )![1]!
            ) as RenderInput;
            await send(page, input);
            expect(await page.getAttribute('#sm-app', 'data-host')).toBe('preview');
            const other = input.results.map(r => r.year).find(y => y !== input.year)!;
            await page.selectOption('#sm-year', String(other));
            await expect.poll(() => page.getAttribute('#sm-app', 'data-year')).toBe(String(other));
            expect(await posted(page)).toContainEqual({ type: 'year', year: other });
            const measure = page.locator('li.sm-measure').first();
            await measure.locator('> .sm-row .sm-name').click();
            const reveal = (await posted(page)).find(m => m.type === 'reveal') as unknown as {
                file: string;
                line: number;
            };
            expect(reveal).toMatchObject({
                type: 'reveal',
                file: await measure.getAttribute('data-file'),
                line: Number(await measure.getAttribute('data-line'))
            });
            await page.keyboard.press('Enter');
            expect((await posted(page)).filter(m => m.type === 'reveal')).toHaveLength(2);
            // A reload (VS Code reloading the webview) keeps the year; the extension sends the input again.
            await page.reload();
            await send(page, input);
            expect(await page.getAttribute('#sm-app', 'data-year')).toBe(String(other));
            expect(recorder.consoleErrors).toEqual([]);
            expect(recorder.requests.every(url => url.startsWith('file://'))).toBe(true);
            await page.close();
        });

        it("keeps the year picked for one model to that model when it follows another, and says when the year is not the model's år", async () => {
            const page = await openPreview('');
            await page.goto(pathToFileURL(shellFile()).href);
            const input = JSON.parse(
                /<script type="application\/json" id="styrmodell-input">([\s\S]*?)<\/script>/.exec(
                    readFileSync(reportFile, 'utf8')
                )![1]!
            ) as RenderInput;
            const other = input.results.map(r => r.year).find(y => y !== input.year)!;
            // Another model (another id and header file) with the same years.
            const second: RenderInput = {
                ...input,
                view: { ...input.view, id: 'Annan', title: 'Annan kommun', files: ['/modeller/annan/styrmodell.styr'] }
            };
            await send(page, input);
            expect(await page.locator('.sm-year-note').count()).toBe(0);
            await page.selectOption('#sm-year', String(other));
            await expect.poll(() => page.getAttribute('#sm-app', 'data-year')).toBe(String(other));
            await expect
                .poll(() => page.locator('.sm-year-note').innerText())
                .toBe(`Visar ${other}; modellens år är ${input.view.year}.`);
            await page.screenshot({ path: join(resultsDir, 'preview-year-note.png') });
            await send(page, second);
            expect(await page.getAttribute('#sm-app', 'data-year')).toBe(String(input.year));
            expect(await page.locator('.sm-year-note').count()).toBe(0);
            await send(page, input);
            expect(await page.getAttribute('#sm-app', 'data-year')).toBe(String(other));
            await page.close();
        });

        it('takes a high-contrast screenshot', async () => {
            const page = await openPreview('vscode-high-contrast');
            await page.goto(pathToFileURL(shellFile()).href);
            await page.emulateMedia({ colorScheme: 'dark' });
            const input = JSON.parse(
                /<script type="application\/json" id="styrmodell-input">([\s\S]*?)<\/script>/.exec(
                    readFileSync(reportFile, 'utf8')
                )![1]!
            ) as RenderInput;
            await send(page, input);
            // VS Code's high-contrast theme sets these; a plain browser has none.
            await page.addStyleTag({
                content:
                    'body.vscode-high-contrast { --vscode-editor-background: #000; --vscode-foreground: #fff; --vscode-contrastBorder: #6fc3df; --vscode-contrastActiveBorder: #f38518; --vscode-focusBorder: #f38518; }'
            });
            await page.focus('li[role="treeitem"][tabindex="0"]');
            await page.keyboard.press('ArrowDown');
            await page.screenshot({ path: join(resultsDir, 'preview-high-contrast.png') });
            await page.close();
        });

        it('renders 2,000 nodes (timing printed, not asserted)', async () => {
            const input = syntheticRenderInput(2000);
            const nodes =
                1 +
                input.view.areas.length +
                input.view.goals.length +
                input.view.goals.reduce((n, g) => n + g.measures.length, 0);
            const page = await openPreview('');
            await page.goto(pathToFileURL(shellFile()).href);
            await send(page, input);
            expect(await page.locator('li[role="treeitem"]').count()).toBe(nodes);
            const times: number[] = [];
            const parts: string[] = [];
            for (const year of [2019, 2018, 2020, 2019, 2018, 2020, 2019, 2018, 2020, 2019, 2018, 2020]) {
                await page.selectOption('#sm-year', String(year));
                const timing = await page.evaluate(() => {
                    const app = (
                        window as unknown as {
                            styrmodellPreview: {
                                lastRenderMs: number;
                                lastRenderTimings: { html: number; dom: number; layout: number };
                            };
                        }
                    ).styrmodellPreview;
                    return { total: app.lastRenderMs, ...app.lastRenderTimings };
                });
                times.push(timing.total);
                parts.push(
                    `html ${timing.html.toFixed(0)} + dom ${timing.dom.toFixed(0)} + layout ${timing.layout.toFixed(0)}`
                );
            }
            console.log(`preview render parts (ms): ${parts.join('; ')}`);
            const sorted = [...times].sort((a, b) => a - b);
            const median = sorted[Math.floor(sorted.length / 2)]!;
            console.log(
                `preview: ${nodes} nodes rendered in ${times.map(t => t.toFixed(0)).join(', ')} ms (min ${sorted[0]!.toFixed(1)} ms, median ${median.toFixed(1)} ms)`
            );
            // The same model as a report file: one page load, server-rendered body.
            const big = join(resultsDir, 'report-2000.html');
            writeFileSync(big, renderHtmlReport(input, { script: readFileSync(bundlePath, 'utf8') }));
            const started = Date.now();
            await page.goto(pathToFileURL(big).href);
            await page.waitForSelector('#sm-tree');
            console.log(
                `report: ${nodes} nodes, ${Math.round(readFileSync(big).length / 1024)} KiB, loaded in ${Date.now() - started} ms`
            );
            await page.close();
        });
    });
});
