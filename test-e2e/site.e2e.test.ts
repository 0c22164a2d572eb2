/**
 * The citizens' site (`styrmodell site`, READERS.md 8) in a real Chromium: built for every model in examples/
 * and seeds/, every page opened with JavaScript off and on; no request but the site's own files, no console
 * error (a CSP violation is one); axe-core's WCAG 2.0/2.1 A and AA rules with no violation, light and dark; no
 * horizontal scrolling at 320 px; every link leads somewhere (a page of the site with its fragment, or
 * Kolada's or DIGG's site); every value and fulfilment on the pages equals `report --format json` of its
 * year; the search field and the year picker work. Screenshots of the start page and a measure page at 360
 * and 1440 px land in test-results/site/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, launchOfflineContext } from '../test/support/chromium.mjs';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const resultsDir = join(repo, 'test-results', 'site');
const executablePath = chromiumPath();
const BIN = join(repo, 'bin', 'styrmodell.js');

const MODELS = [
    ...readdirSync(join(repo, 'examples'), { withFileTypes: true })
        .filter(e => e.isDirectory())
        .map(e => join('examples', e.name)),
    ...readdirSync(join(repo, 'seeds'), { withFileTypes: true })
        .filter(e => e.isDirectory())
        .map(e => join('seeds', e.name))
];

interface Built {
    model: string;
    dir: string;
    pages: string[];
}

interface ReportJson {
    year: number;
    vision?: { id: string; fulfilment: number | null; status: string };
    goals: Array<{ id: string; fulfilment: number | null; status: string }>;
    measures: Array<{ id: string; goal: string; value: number | null; status: string }>;
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A shown Swedish number (`−1 234,5 %`) as a number; undefined for `saknas` or `–`. */
function parseShown(text: string): { value: number; decimals: number } | undefined {
    const match = /[−-]?[\d\u00a0 ]*\d(?:,\d+)?/.exec(text.replace(/\u2212/g, '-'));
    if (!match) return undefined;
    const number = match[0].replace(/[\u00a0 ]/g, '');
    return { value: Number(number.replace(',', '.')), decimals: number.split(',')[1]?.length ?? 0 };
}

async function axeViolations(page: Page): Promise<string[]> {
    // No preload: axe would fetch the stylesheet itself, which the site's CSP (rightly) refuses.
    const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .options({ preload: false })
        .analyze();
    return results.violations.map(
        v =>
            `${v.id}: ${v.help} — ${v.nodes
                .slice(0, 3)
                .map(n => n.target.join(' '))
                .join(' | ')}`
    );
}

function watch(page: Page): { errors: string[]; requests: string[] } {
    const seen = { errors: [] as string[], requests: [] as string[] };
    page.on('console', m => {
        if (m.type() === 'error' || m.type() === 'warning') seen.errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', e => seen.errors.push(`pageerror: ${e.message}`));
    page.on('request', r => seen.requests.push(r.url()));
    return seen;
}

describe.skipIf(!executablePath)('the citizens\u2019 site in Chromium', { timeout: 1_800_000 }, () => {
    let workDir: string;
    let withScript: BrowserContext;
    let withoutScript: BrowserContext;
    const built: Built[] = [];

    beforeAll(async () => {
        execFileSync(process.execPath, [join(repo, 'scripts', 'bundle.mjs')], { cwd: repo, stdio: 'ignore' });
        rmSync(resultsDir, { recursive: true, force: true });
        mkdirSync(resultsDir, { recursive: true });
        workDir = mkdtempSync(join(tmpdir(), 'styrmodell-site-e2e-'));
        for (const model of MODELS) {
            const dir = join(workDir, model.replace(/[\\/]/g, '-'));
            const result = run(['site', model, '--out', dir]);
            expect(result.status, `${model}: ${result.stderr}`).toBe(0);
            const pages = readdirSync(dir)
                .filter(f => f.endsWith('.html'))
                .sort();
            built.push({ model, dir, pages });
        }
        withScript = await launchOfflineContext(executablePath, join(workDir, 'profile-js'), {
            width: 1280,
            height: 900
        });
        withoutScript = await chromium.launchPersistentContext(join(workDir, 'profile-nojs'), {
            executablePath,
            headless: true,
            args: CHROMIUM_FLAGS,
            viewport: { width: 1280, height: 900 },
            locale: 'sv-SE',
            javaScriptEnabled: false
        });
        await withoutScript.route('**/*', route =>
            route.request().url().startsWith('file://') ? route.continue() : route.abort()
        );
    }, 600_000);

    afterAll(async () => {
        await withScript?.close();
        await withoutScript?.close();
        if (workDir) rmSync(workDir, { recursive: true, force: true });
    });

    it('builds a site for every model', () => {
        expect(built.map(b => b.model).sort()).toEqual([...MODELS].sort());
        for (const site of built) expect(site.pages.length, site.model).toBeGreaterThanOrEqual(6);
    });

    it('shows every page whole without JavaScript: its own files only, no errors, the stylesheet applied', async () => {
        const page = await withoutScript.newPage();
        for (const site of built) {
            for (const file of site.pages) {
                const url = pathToFileURL(join(site.dir, file)).href;
                const seen = watch(page);
                await page.goto(url);
                expect(await page.getAttribute('html', 'lang')).toBe('sv');
                expect(await page.locator('main h1').count(), `${site.model}/${file}`).toBe(1);
                // The stylesheet loaded under the CSP: the skip link is moved off screen by it.
                expect(await page.locator('.site-skip').evaluate(e => getComputedStyle(e).position)).toBe('absolute');
                expect(
                    seen.requests.every(r => r.startsWith('file://')),
                    seen.requests.join(' ')
                ).toBe(true);
                expect(seen.errors, `${site.model}/${file}`).toEqual([]);
                page.removeAllListeners('console');
                page.removeAllListeners('pageerror');
                page.removeAllListeners('request');
            }
        }
        await page.close();
    });

    it('has no axe violations on any page, light and dark, and no horizontal scrolling at 320 px', async () => {
        const page = await withScript.newPage();
        const failures: string[] = [];
        for (const site of built) {
            for (const file of site.pages) {
                const url = pathToFileURL(join(site.dir, file)).href;
                const seen = watch(page);
                for (const scheme of ['light', 'dark'] as const) {
                    await page.setViewportSize({ width: 1280, height: 900 });
                    await page.emulateMedia({ colorScheme: scheme });
                    await page.goto(url);
                    for (const v of await axeViolations(page)) failures.push(`${site.model}/${file} (${scheme}): ${v}`);
                }
                await page.setViewportSize({ width: 320, height: 640 });
                await page.goto(url);
                const overflow = await page.evaluate(
                    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
                );
                if (overflow > 0) failures.push(`${site.model}/${file}: ${overflow} px horizontal scrolling at 320 px`);
                // A year's row of "År för år" stays readable: its sentences get a reading width, not a screen's height.
                const tallestRow = await page.evaluate(() =>
                    Math.max(
                        0,
                        ...[...document.querySelectorAll('#ar-for-ar + .site-scroll tbody tr')].map(
                            row => row.getBoundingClientRect().height
                        )
                    )
                );
                if (tallestRow > 200)
                    failures.push(`${site.model}/${file}: a year's row ${tallestRow} px tall at 320 px`);
                expect(seen.errors, `${site.model}/${file}`).toEqual([]);
                expect(seen.requests.every(r => r.startsWith('file://'))).toBe(true);
                page.removeAllListeners('console');
                page.removeAllListeners('pageerror');
                page.removeAllListeners('request');
            }
        }
        await page.close();
        expect(failures).toEqual([]);
    });

    it('follows every link: each page of the site exists with its fragment, every other link goes to Kolada or DIGG', async () => {
        const page = await withoutScript.newPage();
        const broken: string[] = [];
        for (const site of built) {
            for (const file of site.pages) {
                await page.goto(pathToFileURL(join(site.dir, file)).href);
                const hrefs = await page.$$eval('a[href]', links => links.map(a => (a as HTMLAnchorElement).href));
                for (const href of hrefs) {
                    const url = new URL(href);
                    if (url.protocol === 'file:') {
                        const target = fileURLToPath(url);
                        if (!existsSync(target)) {
                            broken.push(`${site.model}/${file} → ${href}`);
                            continue;
                        }
                        if (url.hash && target.endsWith('.html')) {
                            const id = decodeURIComponent(url.hash.slice(1));
                            if (!readFileSync(target, 'utf8').includes(`id="${id}"`))
                                broken.push(`${site.model}/${file} → ${href}`);
                        }
                    } else if (!/^https:\/\/www\.(kolada|digg)\.se\//.test(href)) {
                        broken.push(`${site.model}/${file} → ${href} (another host)`);
                    }
                }
            }
        }
        await page.close();
        expect(broken).toEqual([]);
    });

    it('shows every value and fulfilment as report --format json gives it for that year', async () => {
        const page = await withoutScript.newPage();
        const wrong: string[] = [];
        let compared = 0;
        for (const site of built) {
            const reports = new Map<number, ReportJson>();
            const reportOf = (year: number): ReportJson => {
                if (!reports.has(year)) {
                    const result = run(['report', site.model, '--format', 'json', '--year', String(year)]);
                    expect(result.status, result.stderr).toBe(0);
                    reports.set(year, JSON.parse(result.stdout) as ReportJson);
                }
                return reports.get(year)!;
            };
            for (const file of site.pages) {
                await page.goto(pathToFileURL(join(site.dir, file)).href);
                const values = await page.$$eval('[data-measure][data-year]', cells =>
                    cells.map(c => ({
                        key: c.getAttribute('data-measure')!,
                        year: Number(c.getAttribute('data-year')),
                        text: c.textContent ?? '',
                        status: c.parentElement?.querySelector('.sm-pill')?.textContent ?? ''
                    }))
                );
                for (const cell of values) {
                    const report = reportOf(cell.year);
                    const measure = report.measures.find(m => `${m.goal}.${m.id}` === cell.key);
                    const shown = parseShown(cell.text);
                    compared++;
                    if (!measure) wrong.push(`${file}: ${cell.key} ${cell.year} not in the report`);
                    else if (
                        measure.value === null
                            ? shown !== undefined
                            : !shown || Math.abs(shown.value - measure.value) > 0.5 * 10 ** -shown.decimals + 1e-9
                    )
                        wrong.push(
                            `${site.model}/${file}: ${cell.key} ${cell.year} shows "${cell.text}", the report ${measure.value}`
                        );
                    else if (
                        measure &&
                        !cell.status
                            .replace(' · bedömd', '')
                            .startsWith(measure.status.replace('ej_bedomd', 'ej bedömd'))
                    )
                        wrong.push(
                            `${site.model}/${file}: ${cell.key} ${cell.year} status "${cell.status}", the report ${measure.status}`
                        );
                }
                const percents = await page.$$eval('[data-goal][data-year]', cells =>
                    cells.map(c => ({
                        id: c.getAttribute('data-goal')!,
                        year: Number(c.getAttribute('data-year')),
                        text: c.textContent ?? ''
                    }))
                );
                for (const cell of percents) {
                    const report = reportOf(cell.year);
                    const goal =
                        report.goals.find(g => g.id === cell.id) ??
                        (report.vision?.id === cell.id ? report.vision : undefined);
                    const shown = parseShown(cell.text);
                    compared++;
                    const expected = goal?.fulfilment == null ? undefined : Math.floor(goal.fulfilment * 100 + 1e-7);
                    if (!goal) wrong.push(`${file}: goal ${cell.id} ${cell.year} not in the report`);
                    else if (expected === undefined ? shown !== undefined : shown?.value !== expected)
                        wrong.push(
                            `${site.model}/${file}: ${cell.id} ${cell.year} shows "${cell.text}", the report ${goal.fulfilment}`
                        );
                }
            }
        }
        await page.close();
        console.log(`compared ${compared} numbers on the pages with report --format json`);
        expect(compared).toBeGreaterThan(100);
        expect(wrong).toEqual([]);
    });

    it('filters the A–Ö list with the search field and opens another year with the year picker', async () => {
        const site = built.find(b => b.model.endsWith('exempelkommun'))!;
        const page = await withScript.newPage();
        await page.goto(pathToFileURL(join(site.dir, 'a-o.html')).href);
        const all = await page.locator('li[data-title]').count();
        await page.fill('#sok', 'svar');
        const shown = await page.locator('li[data-title]:visible').count();
        expect(shown).toBeGreaterThan(0);
        expect(shown).toBeLessThan(all);
        expect(await page.textContent('#sok-antal')).toMatch(/träff/);
        await page.goto(pathToFileURL(join(site.dir, 'index.html')).href);
        const options = await page.$$eval('#ar option', o =>
            o.map(x => (x as HTMLOptionElement).value).filter(Boolean)
        );
        expect(options.length).toBeGreaterThan(0);
        await Promise.all([
            page.waitForURL(url => url.href.endsWith(options[0]!)),
            page.selectOption('#ar', options[0]!)
        ]);
        expect(await page.textContent('h1')).toContain(options[0]!.replace(/\D/g, ''));
        await page.close();
    });

    it('takes screenshots of the start page and a measure page at 360 and 1440 px', async () => {
        const site = built.find(b => b.model.endsWith('exempelkommun'))!;
        const measure = site.pages.find(
            p => p.startsWith('matt-') && readFileSync(join(site.dir, p), 'utf8').includes('sm-chart')
        )!;
        const page = await withScript.newPage();
        for (const [name, file] of [
            ['startsida', 'index.html'],
            ['matt', measure]
        ] as const) {
            for (const width of [360, 1440]) {
                await page.setViewportSize({ width, height: 900 });
                await page.goto(pathToFileURL(join(site.dir, file)).href);
                const path = join(resultsDir, `${name}-${width}.png`);
                await page.screenshot({ path, fullPage: true });
                expect(existsSync(path)).toBe(true);
            }
        }
        await page.close();
    });
});
