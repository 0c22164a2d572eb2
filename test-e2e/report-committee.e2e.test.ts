/**
 * The reports as a committee gets them: the Word document converted to PDF by LibreOffice (headless), its
 * first page rendered to PNG by poppler's pdftoppm, and the HTML report in Chromium; screenshots land in
 * test-results/report-committee/. The model is examples/exempelkommun, with a follow-up added in a temporary
 * copy when the example has none. Text from the model (quotes, line breaks, markup) must stay text in the
 * HTML report and in the preview. The runner (run.mjs) installs LibreOffice, poppler and Chromium.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPreviewShell } from '../src/render/index.js';
import type { RenderInput } from '../src/render/render-input.js';
import { chromiumPath, launchOfflineContext } from '../test/support/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const resultsDir = join(repo, 'test-results', 'report-committee');
const executablePath = chromiumPath();

function has(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The real bin, on the Node running the suite. */
function styrmodell(args: string[], cwd = repo): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [join(repo, 'bin', 'styrmodell.js'), ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 120_000
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let workDir: string;
/** examples/exempelkommun, copied, with a follow-up for 2020 when the example has none of its own. */
let model: string;

/** A follow-up for Exempelkommun 2020 in our own words, for when the example brings none. */
const FOLLOW_UP = `del av Exempelkommun

uppföljning 2020 "Årsredovisning 2020" {
    mål GodService {
        bedömning delvis "Direkt svar ökade till 66 % men nådde inte topp 10; bemötandet är fortsatt bland landets bästa."
        analys "Servicecenter svarade snabbare än 2019, men telefontopparna på måndagar är kvar."
        åtgärd "Utbildning i bemötande för servicecenter under 2021."
        åtgärd "Återuppringning införs under måndagarnas toppar."
    }
    mått GodService.DirektSvar {
        bedömning hel "Svarstiden halverades under hösten, efter mätperioden."
    }
    mål EkonomiIBalans {
        prognos uppfyllt "Prognosen för 2021 är ett överskott på 2 % av skatteintäkterna."
    }
}
`;

beforeAll(() => {
    execFileSync(process.execPath, [join(repo, 'scripts', 'bundle.mjs')], { cwd: repo, stdio: 'inherit' });
    mkdirSync(resultsDir, { recursive: true });
    workDir = mkdtempSync(join(tmpdir(), 'styrmodell-committee-e2e-'));
    model = join(workDir, 'exempelkommun');
    cpSync(join(repo, 'examples', 'exempelkommun'), model, { recursive: true });
    const hasFollowUp = readdirSync(model).some(
        f => f.endsWith('.styr') && /^uppföljning\s/m.test(readFileSync(join(model, f), 'utf8'))
    );
    if (!hasFollowUp) writeFileSync(join(model, 'uppfoljning-2020.styr'), FOLLOW_UP);
}, 120_000);

afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the Word report through LibreOffice', () => {
    it('converts to PDF, and page 1 shows the summary (PNG in test-results)', () => {
        // Installed by run.mjs; a missing converter is a failure, not a skip.
        expect(has('soffice'), 'LibreOffice (soffice) is missing: run the suite through npm run test:e2e').toBe(true);
        expect(has('pdftoppm'), 'poppler-utils (pdftoppm) is missing: run the suite through npm run test:e2e').toBe(
            true
        );
        const docx = join(resultsDir, 'exempelkommun.docx');
        const written = styrmodell(['report', '.', '--format', 'docx', '--out', docx], model);
        expect(written.status, written.stderr).toBe(0);
        const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
        const started = Date.now();
        const converted = spawnSync(
            'soffice',
            [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', resultsDir, docx],
            {
                encoding: 'utf8',
                timeout: 170_000
            }
        );
        const pdf = join(resultsDir, 'exempelkommun.pdf');
        expect(converted.status, `soffice: ${converted.stderr}`).toBe(0);
        expect(existsSync(pdf), `LibreOffice wrote no PDF: ${converted.stdout} ${converted.stderr}`).toBe(true);
        console.log(`LibreOffice converted the docx in ${Date.now() - started} ms`);
        execFileSync('pdftoppm', [
            '-png',
            '-r',
            '110',
            '-f',
            '1',
            '-l',
            '1',
            '-singlefile',
            pdf,
            join(resultsDir, 'docx-page-1')
        ]);
        expect(existsSync(join(resultsDir, 'docx-page-1.png'))).toBe(true);
        const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
        expect(page1).toContain('Uppföljning');
        expect(page1).toContain('Sammanfattning');
        expect(page1).toContain('Fullmäktiges mål');
        // The ten-second test on page 1 (READERS.md 2): the opening sentence with last year's count, each
        // inriktning with its status and trend mark in words, the line about the appendix; no codes or paths.
        expect(page1).toMatch(/\d+ av \d+ av fullmäktiges mål är uppfyllda 2020, .*\(2019: \d+ av \d+\)\./);
        expect(page1).toContain('Inriktning: Välfärd och lärande');
        expect(page1).toMatch(/[↑↓→] (bättre än|sämre än|oförändrat sedan) 2019/);
        expect(page1).toMatch(/anmärkning(ar)? om underlaget, se bilagan/);
        expect(page1).toContain('Exempelkommun (1999)');
        expect(page1).not.toMatch(/Kommun: 1999|\.styr|[a-z]+-[a-z]+-[a-z]+|hel när|<=/);
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
        console.log(`the docx of examples/exempelkommun has ${pages} pages`);
        expect(pages).toBeGreaterThan(1);
        // The page with the first assessment, as the committee reads it.
        const assessed = Array.from({ length: pages }, (_, i) => i + 1).find(n =>
            execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).includes(
                'Bedömning:'
            )
        );
        expect(assessed, 'no page shows an assessment').toBeDefined();
        execFileSync('pdftoppm', [
            '-png',
            '-r',
            '110',
            '-f',
            String(assessed),
            '-l',
            String(assessed),
            '-singlefile',
            pdf,
            join(resultsDir, 'docx-follow-up')
        ]);
    }, 180_000);
});

describe('the delårsrapport in Word through LibreOffice', () => {
    it('calls each interim assessment a forecast for the whole year, with last year beside it (PNG in test-results)', () => {
        const docx = join(resultsDir, 'delarsrapport.docx');
        // examples/exempelkommun/delårsrapport.styr: Delårsrapport 2020 per 31 augusti.
        const written = styrmodell(['report', '.', '--per', '31 augusti', '--format', 'docx', '--out', docx], model);
        expect(written.status, written.stderr).toBe(0);
        const profile = pathToFileURL(join(workDir, 'lo-profile-interim')).href;
        const converted = spawnSync(
            'soffice',
            [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', resultsDir, docx],
            { encoding: 'utf8', timeout: 170_000 }
        );
        const pdf = join(resultsDir, 'delarsrapport.pdf');
        expect(converted.status, `soffice: ${converted.stderr}`).toBe(0);
        const text = (n: number) =>
            execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
        expect(text(1)).toContain('Delårsrapport 2020 per 31 augusti');
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
        const interim = Array.from({ length: pages }, (_, i) => i + 1).find(n =>
            text(n).includes('Prognos för helåret, bedömd per 31 augusti:')
        );
        expect(interim, 'no page shows an interim assessment').toBeDefined();
        expect(text(interim!)).toMatch(/Helåret 2019:/);
        execFileSync('pdftoppm', [
            '-png',
            '-r',
            '110',
            '-f',
            String(interim),
            '-l',
            String(interim),
            '-singlefile',
            pdf,
            join(resultsDir, 'docx-delarsrapport')
        ]);
        expect(existsSync(join(resultsDir, 'docx-delarsrapport.png'))).toBe(true);
    }, 180_000);
});

describe.skipIf(!executablePath)('the HTML report in Chromium', () => {
    let context: BrowserContext;

    beforeAll(async () => {
        context = await launchOfflineContext(executablePath, join(workDir, 'chromium-profile'), {
            width: 1280,
            height: 900
        });
    }, 120_000);

    afterAll(async () => {
        await context?.close();
    });

    it('shows plain thresholds, five years and the source under each measure (screenshot in test-results)', async () => {
        const file = join(resultsDir, 'report.html');
        const written = styrmodell(['report', '.', '--format', 'html', '--out', file], model);
        expect(written.status, written.stderr).toBe(0);
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('.sm-history');
        const facts = await page.locator('.sm-measure .sm-facts').first().innerText();
        expect(facts).toContain('Gränsvärden');
        expect(facts).toContain('Källa');
        expect(await page.locator('.sm-history').first().locator('tbody tr').count()).toBeGreaterThan(1);
        // The table stays within the page at the width of a preview beside an editor.
        await page.setViewportSize({ width: 400, height: 900 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({ path: join(resultsDir, 'report-html.png') });
        // The follow-up: an assessed goal with its motivation beside the computed result.
        const assessed = page.locator('.sm-goal:has(> .sm-row .sm-followup)').first();
        expect(await assessed.count()).toBe(1);
        expect(await assessed.locator('> .sm-row .sm-followup').innerText()).toContain('Beräknat');
        await assessed.screenshot({ path: join(resultsDir, 'report-html-follow-up.png') });
        await page.screenshot({ path: join(resultsDir, 'report-html-full.png'), fullPage: true });
        await page.close();
    });

    it('offers the delårsrapport beside its year in the selector, and switches between them', async () => {
        const file = join(resultsDir, 'delarsrapport.html');
        const written = styrmodell(['report', '.', '--per', '2020-08-31', '--format', 'html', '--out', file], model);
        expect(written.status, written.stderr).toBe(0);
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('#sm-tree');
        const year = page.locator('#sm-year');
        expect(await year.inputValue()).toBe('2020-08-31');
        expect(
            await page.locator('dt', { hasText: 'Prognos för helåret, bedömd per 31 augusti' }).count()
        ).toBeGreaterThan(0);
        expect(await page.title()).toBe('Delårsrapport 2020 per 31 augusti: Exempelkommun');
        await page.locator('.sm-header').screenshot({ path: join(resultsDir, 'report-html-delarsrapport-header.png') });
        // The year itself: the årsredovisning's assessments, no forecast wording, no last year beside them.
        await year.selectOption('2020');
        await page.waitForFunction(() => document.title.startsWith('Uppföljning 2020'));
        expect(await page.locator('dt', { hasText: 'Prognos för helåret' }).count()).toBe(0);
        expect(await page.locator('dt', { hasText: 'Helåret 2019' }).count()).toBe(0);
        expect(page.url()).toContain('per=hel%C3%A5r');
        await year.selectOption('2020-08-31');
        await page.waitForFunction(() => document.title.startsWith('Delårsrapport 2020'));
        expect(await page.locator('dt', { hasText: 'Helåret 2019' }).count()).toBeGreaterThan(0);
        await page.close();
    });

    it('keeps text from the model as text: quotes, line breaks and markup', async () => {
        const dir = join(workDir, 'odd');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'modell.styr'), oddModel());
        const file = join(dir, 'odd.html');
        const written = styrmodell(['report', dir, '--format', 'html', '--out', file]);
        expect(written.status, written.stderr).toBe(0);
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', dialog => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('#sm-tree');
        await expectTextKept(page);
        expect(dialogs).toEqual([]);
        await page.close();

        // The same input in the preview: the webview bundle renders it from a posted message.
        const shell = join(dir, 'preview.html');
        writeFileSync(
            shell,
            renderPreviewShell({
                nonce: 'e2e',
                cspSource: 'file:',
                scriptUri: pathToFileURL(join(repo, 'out', 'webview', 'preview.js')).href
            })
        );
        const preview = await context.newPage();
        preview.on('dialog', dialog => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await preview.addInitScript(() => {
            (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
                postMessage: () => undefined,
                getState: () => null,
                setState: () => undefined
            });
        });
        await preview.goto(pathToFileURL(shell).href);
        const input = JSON.parse(
            /<script type="application\/json" id="styrmodell-input">([\s\S]*?)<\/script>/.exec(
                readFileSync(file, 'utf8')
            )![1]!
        ) as RenderInput;
        await preview.evaluate(
            data => window.postMessage({ type: 'update', input: data }, '*'),
            input as unknown as Record<string, unknown>
        );
        await preview.waitForSelector('#sm-tree');
        expect(await preview.getAttribute('#sm-app', 'data-host')).toBe('preview');
        await expectTextKept(preview);
        expect(dialogs).toEqual([]);
        await preview.close();
    });
});

const MOTIVATION = 'Elfte plats: "nästan" & <b>fet</b> <img src=x onerror=alert(2)>\nAndra raden';

/** Titles and a motivation with quotes, an ampersand, HTML and a line break are drawn as the text they are. */
async function expectTextKept(page: Page): Promise<void> {
    expect(await page.locator('#sm-tree b, #sm-tree img, #sm-tree script, #sm-tree i').count()).toBe(0);
    const text = await page.locator('#sm-tree').innerText();
    expect(text).toContain('Mål med "citat" & <b>fet</b> <img src=x onerror=alert(1)>');
    expect(text).toContain('Mått <i>kursiv</i>');
    const motivation = await page.locator('#sm-tree .sm-followup .sm-text').first().innerText();
    expect(motivation).toBe(MOTIVATION);
}

/** A model whose texts hold quotes, an ampersand and HTML, and a follow-up whose motivation does too. */
function oddModel(): string {
    return `styrmodell Udda "Udda kommun" {
    kommun "1999"
    år 2020
}

mål UddaMål "Mål med \\"citat\\" & <b>fet</b> <img src=x onerror=alert(1)>" {
    nivå fullmäktige

    mått M "Mått <i>kursiv</i>" {
        enhet "%"
        högre är bättre
        utfall {
            2019 80
            2020 85
        }
        hel  när värde >= 90
        halv när värde >= 80
    }
}

uppföljning 2020 "Delårsrapport 2020" {
    mål UddaMål {
        bedömning delvis "Elfte plats: \\"nästan\\" & <b>fet</b> <img src=x onerror=alert(2)>\\nAndra raden"
    }
}
`;
}
