/**
 * Accessibility of the HTML report and the preview page in Chromium, light and dark (lagen om tillgänglighet
 * till digital offentlig service: WCAG 2.1 AA): axe-core finds no WCAG 2.1 A/AA violation; every graphic mark
 * (status dots, bars, grid cells, chart lines and dots) has at least 3:1 against what it is drawn on; the
 * overview and the tree work by keyboard alone with a visible focus; the preview's trust signals (loading,
 * error banner with the last valid result, changed statuses, the editor cursor's node) work. Screenshots of
 * the preview at 400 and 1440 px and of the report, with the overview, the grid and an open trend chart, land
 * in test-results/accessibility/. Reflow (WCAG 1.4.10): at 320 CSS px and at 400 % zoom of 1280 px neither the
 * report nor the preview scrolls sideways, and what scrolls inside is a labelled region; the top of the report
 * at 320 and 1440 px is screenshot (report-top-320.png, report-top-1440.png). Goals and measures are headings
 * along the chain, tree items are named by their rows, and a changed status is said in words and through a
 * polite live region.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { Command } from 'commander';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusDisplay } from '../src/fulfilment/status.js';
import { renderPreviewShell } from '../src/render/index.js';
import type { RenderInput } from '../src/render/render-input.js';
import { CHROMIUM_FLAGS, chromiumPath, launchOfflineContext } from '../test/support/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const resultsDir = join(repo, 'test-results', 'accessibility');
const bundlePath = join(repo, 'out', 'webview', 'preview.js');
const modelDir = join(repo, 'test', 'resources', 'kumla-reference');
const executablePath = chromiumPath();
const SCHEMES = ['light', 'dark'] as const;

async function generateReport(out: string): Promise<void> {
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

/** axe-core with the WCAG 2.0/2.1 A and AA rules; the violations as short lines, so a failure names them. */
async function axeViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations.map(
        v =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .slice(0, 3)
                .map(n => n.target.join(' '))
                .join(' | ')}`
    );
}

/**
 * Contrast of every graphic mark against what it is drawn on (WCAG 1.4.11, at least 3:1): colours read as
 * the browser computes them, normalised through a canvas, the background found by walking up to the first
 * opaque one. Returns the marks below 3:1.
 */
async function lowContrastMarks(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 1;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        const rgba = (css: string): [number, number, number, number] => {
            ctx.clearRect(0, 0, 1, 1);
            ctx.fillStyle = '#000';
            ctx.fillStyle = css;
            ctx.fillRect(0, 0, 1, 1);
            const d = ctx.getImageData(0, 0, 1, 1).data;
            return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
        };
        const luminance = ([r, g, b]: number[]) => {
            const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
            return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const ratio = (a: number[], b: number[]) => {
            const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
            return (x! + 0.05) / (y! + 0.05);
        };
        const backgroundOf = (element: Element | null): number[] => {
            for (let e = element; e; e = e.parentElement) {
                const c = rgba(getComputedStyle(e).backgroundColor);
                if (c[3] > 0.99) return c;
            }
            return rgba(getComputedStyle(document.body).backgroundColor);
        };
        const failures: string[] = [];
        const check = (what: string, colour: string, against: number[]) => {
            const value = ratio(rgba(colour), against);
            if (value < 3) failures.push(`${what}: ${colour} is ${value.toFixed(2)}:1`);
        };
        const visible = (e: Element) => (e as HTMLElement).getClientRects().length > 0;
        for (const pill of Array.from(document.querySelectorAll('.sm-pill')).filter(visible)) {
            check(
                `dot of ${pill.className} "${pill.textContent}"`,
                getComputedStyle(pill, '::before').backgroundColor,
                backgroundOf(pill)
            );
        }
        for (const mark of Array.from(document.querySelectorAll('.sm-bar-fill, .sm-stack-part')).filter(visible)) {
            check(
                mark.className,
                getComputedStyle(mark).backgroundColor,
                backgroundOf(mark.parentElement?.parentElement ?? null)
            );
        }
        for (const cell of Array.from(document.querySelectorAll('.sm-grid-mark')).filter(visible)) {
            check(`grid ${cell.className}`, getComputedStyle(cell).backgroundColor, backgroundOf(cell.parentElement));
        }
        for (const dot of Array.from(document.querySelectorAll('.sm-chart-dot, .sm-spark-dot')).filter(visible)) {
            check(dot.getAttribute('class')!, getComputedStyle(dot).fill, backgroundOf(dot.closest('svg')));
        }
        for (const line of Array.from(document.querySelectorAll('.sm-chart-threshold, .sm-chart-line')).filter(
            visible
        )) {
            check(line.getAttribute('class')!, getComputedStyle(line).stroke, backgroundOf(line.closest('svg')));
        }
        return failures;
    });
}

/** The focused element has a visible outline or inset focus shadow of at least 2 px. */
async function focusVisible(page: Page): Promise<boolean> {
    return page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) return false;
        const candidates = [active, active.querySelector(':scope > .sm-row')].filter((e): e is Element => e !== null);
        return candidates.some(e => {
            const style = getComputedStyle(e);
            return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        });
    });
}

/**
 * Reflow (WCAG 1.4.10): the page does not scroll sideways, and whatever does scroll sideways inside it is a
 * labelled region in the tab order (a wide table in its own frame). Returns what breaks either rule.
 */
async function reflowProblems(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const problems: string[] = [];
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth > width) {
            problems.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
        }
        for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
            const overflow = getComputedStyle(element).overflowX;
            if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
                const labelled =
                    element.getAttribute('role') === 'region' &&
                    !!element.getAttribute('aria-label') &&
                    element.tabIndex === 0;
                if (!labelled) problems.push(`${element.className} scrolls sideways without a labelled region`);
            }
        }
        return problems;
    });
}

/**
 * Words of the first page's goal names split over two lines although they fit on one line of their column: the
 * table squeezing the column (`overflow-wrap: anywhere` did, "Demokrat|i" at 320 px). A word wider than its column
 * may still break.
 */
async function splitWords(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const split: string[] = [];
        for (const cell of Array.from(document.querySelectorAll<HTMLElement>('.sm-fp-table tbody th'))) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
                    const width = rects.reduce((sum, r) => sum + r.width, 0);
                    if (rects.length > 1 && width <= cell.clientWidth) split.push(match[0]);
                }
            }
        }
        return split;
    });
}

const activeKey = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key);

describe.skipIf(!executablePath)('accessibility of the report and the preview', { timeout: 120_000 }, () => {
    let context: BrowserContext;
    let workDir: string;
    let reportFile: string;
    let input: RenderInput;

    beforeAll(async () => {
        execFileSync(process.execPath, [join(repo, 'scripts', 'bundle.mjs')], { cwd: repo, stdio: 'inherit' });
        mkdirSync(resultsDir, { recursive: true });
        workDir = mkdtempSync(join(tmpdir(), 'styrmodell-a11y-e2e-'));
        reportFile = join(resultsDir, 'report.html');
        await generateReport(reportFile);
        // The shell inlines the stylesheet: written anew every run.
        writeFileSync(
            join(resultsDir, 'preview-shell.html'),
            renderPreviewShell({ nonce: 'e2e', cspSource: 'file:', scriptUri: pathToFileURL(bundlePath).href })
        );
        input = JSON.parse(
            /<script type="application\/json" id="styrmodell-input">([\s\S]*?)<\/script>/.exec(
                readFileSync(reportFile, 'utf8')
            )![1]!
        ) as RenderInput;
        context = await launchOfflineContext(executablePath, join(workDir, 'profile'), { width: 1440, height: 900 });
    }, 120_000);

    afterAll(async () => {
        await context?.close();
        if (workDir) rmSync(workDir, { recursive: true, force: true });
    });

    /** The preview page as VS Code shows it: the shell, the bundle, a stub of the webview API. */
    async function openPreview(width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        return preparePreview(page, colorScheme);
    }

    /** A page in its own context with a narrow viewport and a device scale (zoom). */
    async function newNarrowPage(narrow: {
        viewport: { width: number; height: number };
        deviceScaleFactor: number;
    }): Promise<Page> {
        const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
        const own = await browser.newContext({ ...narrow, locale: 'sv-SE' });
        await own.route('**/*', route =>
            route.request().url().startsWith('file://') ? route.continue() : route.abort()
        );
        const page = await own.newPage();
        page.on('close', () => void browser.close());
        return page;
    }

    async function preparePreview(page: Page, colorScheme: 'light' | 'dark'): Promise<Page> {
        const shell = join(resultsDir, 'preview-shell.html');
        await page.emulateMedia({ colorScheme });
        await page.addInitScript(() => {
            const w = window as unknown as { posted: unknown[]; acquireVsCodeApi: () => unknown };
            w.posted = [];
            let state: unknown = null;
            w.acquireVsCodeApi = () => ({
                postMessage: (m: unknown) => w.posted.push(m),
                getState: () => state,
                setState: (s: unknown) => (state = s)
            });
        });
        await page.goto(pathToFileURL(shell).href);
        return page;
    }

    async function send(page: Page, data: RenderInput, extra: Record<string, unknown> = {}): Promise<void> {
        await page.evaluate(([d, e]) => window.postMessage({ type: 'update', input: d, ...e }, '*'), [data, extra] as [
            unknown,
            Record<string, unknown>
        ]);
        await page.waitForSelector('#sm-tree');
    }

    /** Opens the first measure that has a chart, by keyboard, and returns its key. */
    async function openFirstChart(page: Page): Promise<string> {
        const key = (await page.locator('li.sm-measure[aria-expanded]').first().getAttribute('data-key'))!;
        await page.locator(`li[data-key="${key}"]`).focus();
        await page.keyboard.press('ArrowRight');
        await page.locator(`li[data-key="${key}"] figure.sm-chart`).waitFor();
        return key;
    }

    it.each(SCHEMES)('the report has no WCAG 2.1 A/AA violation and every mark has 3:1 (%s)', async colorScheme => {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(pathToFileURL(reportFile).href);
        await page.waitForSelector('#sm-tree');
        expect(await page.locator('.sm-overview .sm-ov-row').count()).toBe(input.view.areas.length);
        const key = await openFirstChart(page);
        expect(await axeViolations(page)).toEqual([]);
        expect(await lowContrastMarks(page)).toEqual([]);
        await page.screenshot({ path: join(resultsDir, `report-1440-${colorScheme}-top.png`) });
        await page.locator(`li[data-key="${key}"] figure.sm-chart`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(resultsDir, `report-1440-${colorScheme}-chart.png`) });
        await page.screenshot({ path: join(resultsDir, `report-1440-${colorScheme}.png`), fullPage: true });
        await page.close();
    });

    /** 320 CSS px: a phone, and 1280 px at 400 % zoom (a 320 × 225 CSS px viewport at device scale 4). */
    const NARROW = [
        { name: '320', viewport: { width: 320, height: 900 }, deviceScaleFactor: 1 },
        { name: '1280-zoom-400', viewport: { width: 320, height: 225 }, deviceScaleFactor: 4 }
    ] as const;

    for (const narrow of NARROW) {
        it.each(SCHEMES)(
            `the report reflows at ${narrow.name} (no sideways page scrolling) with no violation (%s)`,
            async colorScheme => {
                const page = await newNarrowPage(narrow);
                await page.emulateMedia({ colorScheme });
                await page.goto(pathToFileURL(reportFile).href);
                await page.waitForSelector('#sm-tree');
                await openFirstChart(page);
                expect(await reflowProblems(page)).toEqual([]);
                expect(await splitWords(page)).toEqual([]);
                expect(await axeViolations(page)).toEqual([]);
                // The goals-by-year table is wider than the page: it scrolls in its own labelled region.
                const grid = page.locator('.sm-grid-wrap');
                expect(await grid.getAttribute('role')).toBe('region');
                expect(await grid.getAttribute('aria-label')).toBeTruthy();
                if (narrow.name === '320') {
                    await page.evaluate(() => window.scrollTo(0, 0));
                    await page.screenshot({ path: join(resultsDir, `report-320-${colorScheme}-top.png`) });
                }
                await page.close();
            }
        );
        it(`the preview reflows at ${narrow.name} with no violation`, async () => {
            const page = await newNarrowPage(narrow);
            await preparePreview(page, 'light');
            await send(page, input);
            await openFirstChart(page);
            expect(await reflowProblems(page)).toEqual([]);
            expect(await axeViolations(page)).toEqual([]);
            await page.close();
        });
    }

    it('names goals and measures as headings along the chain, and every tree item by its row', async () => {
        const page = await context.newPage();
        await page.goto(pathToFileURL(reportFile).href);
        await page.waitForSelector('#sm-tree');
        const headings = await page.evaluate(() =>
            Array.from(document.querySelectorAll<HTMLElement>('li[role="treeitem"]')).map(item => ({
                kind: item.className,
                level: Number(item.getAttribute('aria-level')),
                heading: item.querySelector(':scope > .sm-row :is(h2, h3, h4, h5, h6)')?.tagName,
                label: item.getAttribute('aria-label')
            }))
        );
        const levelOf = (kind: string) => [...new Set(headings.filter(h => h.kind.includes(kind)).map(h => h.heading))];
        expect(levelOf('sm-area')).toEqual(['H2']);
        expect(levelOf('sm-kf')).toEqual(['H3']);
        expect(levelOf('sm-committee')).toEqual(['H4']);
        // A measure sits one heading below the goal it belongs to.
        expect(levelOf('sm-measure').every(h => h === 'H4' || h === 'H5')).toBe(true);
        expect(headings.filter(h => h.label !== null)).toEqual([]);
        // Chromium names an item from its row: the measure's value and status, not its children's.
        const cdp = await context.newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
            nodes: Array<{ role?: { value: string }; name?: { value: string } }>;
        };
        const measure = input.results.find(r => r.year === input.year)!.measures.find(m => m.value !== null)!;
        const title = input.view.goals.flatMap(g => g.measures).find(m => m.id === measure.id)!.title;
        const name = nodes.find(n => n.role?.value === 'treeitem' && n.name?.value.startsWith(title))?.name?.value;
        expect(name).toContain(statusDisplay(measure.status).word);
        await page.close();
    });

    it('shows the top of the report at 320 and 1440 px', async () => {
        for (const width of [320, 1440]) {
            const page = await context.newPage();
            await page.setViewportSize({ width, height: 900 });
            await page.goto(pathToFileURL(reportFile).href);
            await page.waitForSelector('#sm-tree');
            expect(await reflowProblems(page)).toEqual([]);
            await page.screenshot({ path: join(resultsDir, `report-top-${width}.png`) });
            await page.close();
        }
    });

    for (const width of [400, 1440]) {
        it.each(SCHEMES)(
            `the preview at ${width} px has no violation, every mark has 3:1, screenshots (%s)`,
            async colorScheme => {
                const page = await openPreview(width, colorScheme);
                expect(await page.locator('.sm-loading').innerText()).toBe('Laddar måluppfyllelse…');
                await send(page, input);
                const key = await openFirstChart(page);
                expect(await page.locator('figure.sm-chart').count()).toBe(1);
                expect(await axeViolations(page)).toEqual([]);
                expect(await lowContrastMarks(page)).toEqual([]);
                // Nothing wider than the pane: no sideways scrolling at 400 px.
                expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
                await page.evaluate(() => window.scrollTo(0, 0));
                await page.screenshot({ path: join(resultsDir, `preview-${width}-${colorScheme}-top.png`) });
                await page.locator(`li[data-key="${key}"]`).scrollIntoViewIfNeeded();
                await page.screenshot({ path: join(resultsDir, `preview-${width}-${colorScheme}-chart.png`) });
                await page.screenshot({
                    path: join(resultsDir, `preview-${width}-${colorScheme}.png`),
                    fullPage: true
                });
                await page.close();
            }
        );
    }

    /** VS Code's default themes as a webview sees them: the body class and the theme's colour variables. */
    const VSCODE_THEMES = {
        'Light+': {
            bodyClass: 'vscode-light',
            colorScheme: 'light',
            vars: '--vscode-editor-background: #ffffff; --vscode-foreground: #616161; --vscode-descriptionForeground: #717171; --vscode-focusBorder: #0090f1; --vscode-panel-border: rgba(128,128,128,0.35); --vscode-editorWidget-background: #f3f3f3; --vscode-list-hoverBackground: #e8e8e8; --vscode-textCodeBlock-background: rgba(220,220,220,0.4); --vscode-dropdown-background: #ffffff; --vscode-dropdown-foreground: #616161; --vscode-dropdown-border: #cecece; --vscode-charts-green: #388a34; --vscode-charts-yellow: #bf8803; --vscode-charts-red: #e51400; --vscode-editorWarning-foreground: #bf8803; --vscode-disabledForeground: rgba(97,97,97,0.5);'
        },
        'Dark+': {
            bodyClass: 'vscode-dark',
            colorScheme: 'dark',
            vars: '--vscode-editor-background: #1e1e1e; --vscode-foreground: #cccccc; --vscode-descriptionForeground: rgba(204,204,204,0.7); --vscode-focusBorder: #007fd4; --vscode-panel-border: rgba(128,128,128,0.35); --vscode-editorWidget-background: #252526; --vscode-list-hoverBackground: #2a2d2e; --vscode-textCodeBlock-background: rgba(10,10,10,0.4); --vscode-dropdown-background: #3c3c3c; --vscode-dropdown-foreground: #f0f0f0; --vscode-dropdown-border: #3c3c3c; --vscode-charts-green: #89d185; --vscode-charts-yellow: #cca700; --vscode-charts-red: #f14c4c; --vscode-editorWarning-foreground: #cca700; --vscode-disabledForeground: rgba(204,204,204,0.5);'
        }
    } as const;

    it.each(Object.keys(VSCODE_THEMES) as Array<keyof typeof VSCODE_THEMES>)(
        "the preview in VS Code's %s theme has no violation and every mark has 3:1",
        async name => {
            const theme = VSCODE_THEMES[name];
            const page = await openPreview(700, theme.colorScheme);
            await page.evaluate(({ bodyClass, vars }) => {
                document.body.classList.add(bodyClass);
                document.documentElement.setAttribute('style', vars);
            }, theme);
            await send(page, input);
            await openFirstChart(page);
            expect(await axeViolations(page)).toEqual([]);
            expect(await lowContrastMarks(page)).toEqual([]);
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: join(resultsDir, `preview-700-vscode-${theme.bodyClass}.png`) });
            await page.close();
        }
    );

    it('is usable by keyboard alone with a visible focus: controls, overview links, tree, chart', async () => {
        const page = await openPreview(1440, 'light');
        await send(page, input);
        await page.keyboard.press('Tab');
        const stops: string[] = [];
        for (let i = 0; i < 40 && (await activeKey(page)) === undefined; i++) {
            expect(await focusVisible(page)).toBe(true);
            stops.push(await page.evaluate(() => document.activeElement!.id || document.activeElement!.className));
            if (stops[stops.length - 1] === 'sm-ov-link' && stops.filter(s => s === 'sm-ov-link').length === 2) {
                // Enter on the second area's link moves the focus to that area in the tree.
                const target = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.target);
                await page.keyboard.press('Enter');
                expect(await activeKey(page)).toBe(target);
                break;
            }
            await page.keyboard.press('Tab');
        }
        // The controls first, then the first page (its table's frame and links to its goals), then the overview's links.
        expect(stops.slice(0, 2)).toEqual(['sm-year', 'sm-owner']);
        const landmarks = ['sm-year', 'sm-owner', 'sm-ov-link'];
        expect(stops.filter(s => landmarks.includes(s)).slice(0, 3)).toEqual(landmarks);
        expect(await focusVisible(page)).toBe(true);
        // Down to the first measure, open it, and on to its chart.
        for (let i = 0; i < 20 && !(await activeKey(page))?.startsWith('m:'); i++) {
            await page.keyboard.press('ArrowDown');
        }
        const measure = (await activeKey(page))!;
        expect(measure).toMatch(/^m:/);
        await page.keyboard.press('ArrowRight');
        expect(await page.getAttribute(`li[data-key="${measure}"]`, 'aria-expanded')).toBe('true');
        expect(await activeKey(page)).toBe(measure);
        expect(await focusVisible(page)).toBe(true);
        await page.keyboard.press('ArrowDown');
        expect(await activeKey(page)).toBe(`c:${measure.slice(2)}`);
        // Named by what it shows (caption, notes, the table of values), not by a label that hides them.
        expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))).toBeNull();
        expect(await page.evaluate(() => document.activeElement!.querySelector('figcaption')?.textContent)).toMatch(
            / år för år$/
        );
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        expect(await page.getAttribute(`li[data-key="${measure}"]`, 'aria-expanded')).toBe('false');
        // Closed, the measure shows neither its chart nor its facts, and keeps the focus.
        expect(await page.locator(`li[data-key="${measure}"] figure.sm-chart`).count()).toBe(0);
        expect(await activeKey(page)).toBe(measure);
        await page.close();
    });

    it('keeps the last valid result under a banner while the model has errors, and marks what changed', async () => {
        const page = await openPreview(1440, 'light');
        await send(page, input);
        const measure = input.results.find(r => r.year === input.year)!.measures.find(m => m.value !== null)!;
        const shown = () =>
            page.locator(`li[data-key="m:${measure.goal}.${measure.id}"] > .sm-row .sm-value`).innerText();
        const valid = await shown();
        // A syntax error: the language server sends the last valid result, marked; the banner says so in the
        // editor's words, names the file workspace-relative and sets code in Swedish quotes.
        await send(page, input, {
            errors: {
                count: 2,
                first: { file: 'nämnderna.styr', line: 7, message: 'Okänt mål `Foo`' },
                lastValid: 'Senaste giltiga resultat; nämnderna.styr rad 7 har fel'
            }
        });
        await expect.poll(() => page.locator('.sm-banner').innerText()).toContain('Modellen har 2 fel.');
        const banner = await page.locator('.sm-banner').innerText();
        expect(banner).toContain('Senaste giltiga resultat; nämnderna.styr rad 7 har fel.');
        expect(banner).toContain('nämnderna.styr rad 7: Okänt mål ”Foo”');
        expect(await shown()).toBe(valid);
        expect(await axeViolations(page)).toEqual([]);
        // The banner stays in view while the tree scrolls under it.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const box = await page.locator('.sm-banner').boundingBox();
        expect(box?.y).toBeGreaterThanOrEqual(0);
        expect(box!.y).toBeLessThan(10);
        await page.screenshot({ path: join(resultsDir, 'preview-error-banner-scrolled.png') });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(resultsDir, 'preview-error-banner.png') });
        // Fixed, with another status for the measure: the banner goes, the node is briefly marked.
        const fixed = JSON.parse(JSON.stringify(input)) as RenderInput;
        const fixedMeasure = fixed.results
            .find(r => r.year === input.year)!
            .measures.find(m => m.id === measure.id && m.goal === measure.goal)!;
        fixedMeasure.status = fixedMeasure.status === 'hel' ? 'ingen' : 'hel';
        await send(page, fixed);
        expect(await page.locator('.sm-banner').count()).toBe(0);
        const changedItem = page.locator(`li[data-key="m:${measure.goal}.${measure.id}"]`);
        expect(await page.locator(`li[data-key="m:${measure.goal}.${measure.id}"].sm-changed`).count()).toBe(1);
        // Not by colour alone: the row says it in words, and the polite live region announces it.
        const was = statusDisplay(measure.status).word;
        const now = statusDisplay(fixedMeasure.status).word;
        expect(await changedItem.locator(':scope > .sm-row .sm-changed-note').innerText()).toContain(`var ${was}`);
        const live = page.locator('#sm-announce');
        expect(await live.getAttribute('aria-live')).toBe('polite');
        expect(await live.textContent()).toContain(`: ${now}, var ${was}.`);
        await expect.poll(() => page.locator('.sm-changed').count(), { timeout: 6000 }).toBe(0);
        // The editor's cursor on the measure's line marks its node.
        await page.evaluate(([file, line]) => window.postMessage({ type: 'cursor', file, line }, '*'), [
            measure.location.file,
            measure.location.line + 1
        ] as [string, number]);
        await expect
            .poll(() => page.locator('.sm-cursor').getAttribute('data-key'))
            .toBe(`m:${measure.goal}.${measure.id}`);
        await page.close();
    });
});
