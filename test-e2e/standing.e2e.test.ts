/**
 * An opened measure with its trend chart and how the municipality stands among all 290 (READERS.md 4 and 5), in a
 * real Chromium: in the HTML report at 1440 and 320 px and in the preview webview (opened by a click). Checks what
 * a unit test cannot: chart text is at least 12 CSS px as drawn, no two labels of a chart overlap, the charts do
 * not widen the page at 320 px, and *Visa som tabell* shows the table. Screenshots go to test-results/standing/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Command } from 'commander';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPreviewShell } from '../src/render/index.js';
import { chromiumPath, launchOfflineContext } from '../test/support/chromium.mjs';
import { writeNationalStandingModel } from '../test/support/national-standing-model.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const resultsDir = join(repo, 'test-results', 'standing');
const bundlePath = join(repo, 'out', 'webview', 'preview.js');
const executablePath = chromiumPath();
const MEASURE = 'm:Behörighet.Behöriga';

async function generateReport(modelDir: string, out: string, format = 'html'): Promise<void> {
    const { registerReport } = await import('../src/cli/report.js');
    const program = new Command().exitOverride();
    registerReport(program);
    const previous = process.exitCode;
    process.exitCode = undefined;
    try {
        await program.parseAsync(['report', modelDir, '--format', format, '--out', out], { from: 'user' });
        expect(process.exitCode ?? 0).toBe(0);
    } finally {
        process.exitCode = previous;
    }
}

/**
 * Inside the measure's chart items: every visible text's drawn size (font size times the SVG's scale), every
 * pair of visible labels that overlap, and how far the items reach past the page's width.
 */
async function measureCharts(page: Page) {
    return page.evaluate(key => {
        const item = document.querySelector(`li[data-key="${key}"]`)!;
        const figures = Array.from(item.querySelectorAll('figure.sm-chart, figure.sm-standing'));
        const visible = (e: Element) => {
            const box = e.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(e).display !== 'none';
        };
        const texts = figures.flatMap(f =>
            Array.from(f.querySelectorAll('svg text, .sm-standing-pointer, .sm-standing-ends span')).filter(visible)
        );
        const sizes = texts.map(t => {
            const size = parseFloat(getComputedStyle(t).fontSize);
            const scale = t instanceof SVGGraphicsElement ? (t.getScreenCTM()?.d ?? 1) : 1;
            return { text: t.textContent ?? '', px: size * scale };
        });
        const overlaps: string[] = [];
        for (const figure of figures) {
            const labels = Array.from(figure.querySelectorAll('svg text, .sm-standing-pointer')).filter(visible);
            for (let i = 0; i < labels.length; i++) {
                for (let j = i + 1; j < labels.length; j++) {
                    const a = labels[i]!.getBoundingClientRect();
                    const b = labels[j]!.getBoundingClientRect();
                    if (
                        a.left < b.right - 0.5 &&
                        b.left < a.right - 0.5 &&
                        a.top < b.bottom - 0.5 &&
                        b.top < a.bottom - 0.5
                    ) {
                        overlaps.push(`${labels[i]!.textContent} / ${labels[j]!.textContent}`);
                    }
                }
            }
        }
        // Every text within its figure, and every figure within the page.
        const outside = figures.flatMap(f => {
            const box = f.getBoundingClientRect();
            return Array.from(f.querySelectorAll('svg text, .sm-standing-pointer, .sm-standing-ends span'))
                .filter(visible)
                .filter(t => {
                    const r = t.getBoundingClientRect();
                    return r.left < box.left - 0.5 || r.right > box.right + 0.5;
                })
                .map(t => t.textContent ?? '');
        });
        // Anything inside the charts that is not clipped away (the tables hidden for screen readers are; that they
        // do not widen the page either is the page width's check).
        const widest = Math.max(
            ...figures.flatMap(f =>
                [f, ...Array.from(f.querySelectorAll('*'))]
                    .filter(e => e.closest('.sm-sr') === null)
                    .map(e => e.getBoundingClientRect().right)
            )
        );
        return {
            figures: figures.length,
            sizes,
            overlaps,
            outside,
            overflow: widest - document.documentElement.clientWidth,
            pageWidth: document.documentElement.scrollWidth
        };
    }, MEASURE);
}

describe.skipIf(!executablePath)('an opened measure with its comparison, in Chromium', { timeout: 90_000 }, () => {
    let context: BrowserContext;
    let workDir: string;
    let reportFile: string;
    let modelDir: string;

    beforeAll(async () => {
        execFileSync(process.execPath, [join(repo, 'scripts', 'bundle.mjs')], { cwd: repo, stdio: 'inherit' });
        expect(existsSync(bundlePath)).toBe(true);
        mkdirSync(resultsDir, { recursive: true });
        workDir = mkdtempSync(join(tmpdir(), 'styrmodell-standing-e2e-'));
        modelDir = join(workDir, 'kumla');
        writeNationalStandingModel(modelDir);
        reportFile = join(resultsDir, 'report.html');
        await generateReport(modelDir, reportFile);
        context = await launchOfflineContext(executablePath, join(workDir, 'chromium-profile'), {
            width: 1440,
            height: 900
        });
    }, 120_000);

    afterAll(async () => {
        await context?.close();
        if (workDir) {
            rmSync(workDir, { recursive: true, force: true });
        }
    });

    for (const width of [1440, 320]) {
        it(`shows the chart and the comparison readable and uncluttered at ${width} px`, async () => {
            const page = await context.newPage();
            await page.setViewportSize({ width, height: 900 });
            await page.goto(pathToFileURL(reportFile).href);
            const item = page.locator(`li[data-key="${MEASURE}"]`);
            await item.locator(':scope > .sm-row .sm-twisty').click();
            await item.locator('figure.sm-standing').waitFor();
            const found = await measureCharts(page);
            expect(found.figures).toBe(2);
            expect(found.sizes.length).toBeGreaterThan(10);
            expect(found.sizes.filter(s => s.px < 12)).toEqual([]);
            expect(found.overlaps).toEqual([]);
            expect(found.outside).toEqual([]);
            expect(found.overflow).toBeLessThanOrEqual(0);
            console.log(`page ${found.pageWidth} px wide at ${width} px`);
            expect(
                await item.locator('.sm-standing-text').allTextContents(),
                'the rank in words, with what plats 1 means'
            ).toContainEqual(expect.stringMatching(/^Plats \d+ av 290, där plats 1 är bäst \(högst värde\)\.$/));
            await item.locator('figure.sm-chart').first().scrollIntoViewIfNeeded();
            await item.screenshot({ path: join(resultsDir, `opened-measure-${width}.png`) });
            // Visa som tabell shows every municipality's row.
            const standing = item.locator('figure.sm-standing');
            await standing.locator('summary').click();
            const table = standing.locator('table.sm-standing-table');
            await expect.poll(() => table.evaluate(t => t.getBoundingClientRect().height)).toBeGreaterThan(1000);
            expect(await table.locator('tbody tr').count()).toBe(290);
            await page.close();
        });
    }

    it('shows the comparison in an opened measure of the preview', async () => {
        const shell = join(resultsDir, 'preview-shell.html');
        writeFileSync(
            shell,
            renderPreviewShell({ nonce: 'e2e', cspSource: 'file:', scriptUri: pathToFileURL(bundlePath).href })
        );
        const page = await context.newPage();
        await page.setViewportSize({ width: 900, height: 1100 });
        await page.addInitScript(() => {
            const w = window as unknown as { acquireVsCodeApi: () => unknown };
            w.acquireVsCodeApi = () => ({
                postMessage: () => undefined,
                getState: () => null,
                setState: () => undefined
            });
        });
        await page.goto(pathToFileURL(shell).href);
        const input = JSON.parse(
            /<script type="application\/json" id="styrmodell-input">([\s\S]*?)<\/script>/.exec(
                readFileSync(reportFile, 'utf8')
            )![1]!
        ) as Record<string, unknown>;
        await page.evaluate(data => window.postMessage({ type: 'update', input: data }, '*'), input);
        await page.waitForSelector('#sm-tree');
        const item = page.locator(`li[data-key="${MEASURE}"]`);
        expect(await item.locator('figure.sm-standing').count()).toBe(0);
        await item.locator(':scope > .sm-row .sm-twisty').click();
        await item.locator('figure.sm-standing').waitFor();
        const found = await measureCharts(page);
        expect(found.sizes.filter(s => s.px < 12)).toEqual([]);
        expect(found.overlaps).toEqual([]);
        await item.locator('figure.sm-standing').scrollIntoViewIfNeeded();
        await item.screenshot({ path: join(resultsDir, 'preview-opened-measure.png') });
        await page.close();
    });

    it('carries the trend chart into Word as an image LibreOffice draws, with the comparison table', () => {
        const docx = join(resultsDir, 'kumla.docx');
        return generateReport(modelDir, docx, 'docx').then(() => {
            const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
            const converted = spawnSync(
                'soffice',
                [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', resultsDir, docx],
                { encoding: 'utf8', timeout: 170_000 }
            );
            expect(converted.status, `soffice: ${converted.stderr}`).toBe(0);
            const pdf = join(resultsDir, 'kumla.pdf');
            // pdfimages lists the images LibreOffice placed: the chart, at its size in the document.
            const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
            // (an image with transparency is listed twice: the image and its mask).
            expect(images.filter(line => line.trim().split(/\s+/)[2] === 'image')).toHaveLength(1);
            const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
            const text = (n: number) =>
                execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
            const comparisonPage = Array.from({ length: pages }, (_, i) => i + 1).find(n =>
                text(n).includes('Jämförelse med andra kommuner 2023')
            )!;
            expect(comparisonPage).toBeDefined();
            expect(text(comparisonPage)).toMatch(/Plats \d+ av 290, där plats 1 är bäst/);
            const chartPage = Number(images[0]!.trim().split(/\s+/)[0]);
            const picture = (page: number, name: string) =>
                execFileSync('pdftoppm', [
                    '-png',
                    '-r',
                    '110',
                    '-f',
                    String(page),
                    '-l',
                    String(page),
                    '-singlefile',
                    pdf,
                    join(resultsDir, name)
                ]);
            picture(chartPage, 'docx-measure-chart');
            picture(comparisonPage, 'docx-measure-comparison');
            expect(existsSync(join(resultsDir, 'docx-measure-chart.png'))).toBe(true);
        });
    });
});
