/**
 * The reports as a committee gets them: the Word document converted to PDF by LibreOffice (headless), its
 * first page rendered to PNG by poppler's pdftoppm, and the HTML report in Chromium; screenshots land in
 * test-results/report-committee/. Text from the model (quotes, line breaks, markup) must stay text in the
 * HTML report and in the preview. The runner (run.mjs) installs LibreOffice, poppler and Chromium.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../test/support/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const resultsDir = join(repo, 'test-results', 'report-committee');
const executablePath = chromiumPath();

function has(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The real bin, on the Node running the suite. */
function styrmodell(args: string[], cwd = repo): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [join(repo, 'bin', 'styrmodell.js'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let workDir: string;

beforeAll(() => {
    execFileSync(process.execPath, [join(repo, 'scripts', 'bundle.mjs')], { cwd: repo, stdio: 'inherit' });
    mkdirSync(resultsDir, { recursive: true });
    workDir = mkdtempSync(join(tmpdir(), 'styrmodell-committee-e2e-'));
}, 120_000);

afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the Word report through LibreOffice', () => {
    it('converts to PDF, and page 1 shows the summary (PNG in test-results)', () => {
        // Installed by run.mjs; a missing converter is a failure, not a skip.
        expect(has('soffice'), 'LibreOffice (soffice) is missing: run the suite through npm run test:e2e').toBe(true);
        expect(has('pdftoppm'), 'poppler-utils (pdftoppm) is missing: run the suite through npm run test:e2e').toBe(true);
        const docx = join(resultsDir, 'exempelkommun.docx');
        const written = styrmodell(['report', 'examples/exempelkommun', '--format', 'docx', '--out', docx]);
        expect(written.status, written.stderr).toBe(0);
        const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
        const started = Date.now();
        const converted = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', resultsDir, docx], {
            encoding: 'utf8',
            timeout: 170_000
        });
        const pdf = join(resultsDir, 'exempelkommun.pdf');
        expect(converted.status, `soffice: ${converted.stderr}`).toBe(0);
        expect(existsSync(pdf), `LibreOffice wrote no PDF: ${converted.stdout} ${converted.stderr}`).toBe(true);
        console.log(`LibreOffice converted the docx in ${Date.now() - started} ms`);
        execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, join(resultsDir, 'docx-page-1')]);
        expect(existsSync(join(resultsDir, 'docx-page-1.png'))).toBe(true);
        const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
        expect(page1).toContain('Uppföljning');
        expect(page1).toContain('Sammanfattning');
        expect(page1).toContain('Fullmäktiges mål');
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
        console.log(`the docx of examples/exempelkommun has ${pages} pages`);
        expect(pages).toBeGreaterThan(1);
    }, 180_000);
});

describe.skipIf(!executablePath)('the HTML report in Chromium', () => {
    let context: BrowserContext;

    beforeAll(async () => {
        context = await chromium.launchPersistentContext(join(workDir, 'chromium-profile'), {
            executablePath,
            headless: true,
            args: CHROMIUM_FLAGS,
            viewport: { width: 1280, height: 900 },
            locale: 'sv-SE'
        });
        await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
    }, 120_000);

    afterAll(async () => {
        await context?.close();
    });

    it('shows plain thresholds, five years and the source under each measure (screenshot in test-results)', async () => {
        const file = join(resultsDir, 'report.html');
        const written = styrmodell(['report', 'examples/exempelkommun', '--format', 'html', '--out', file]);
        expect(written.status, written.stderr).toBe(0);
        const page = await context.newPage();
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('.sm-history');
        const facts = await page.locator('.sm-measure .sm-facts').first().innerText();
        expect(facts).toContain('Gränsvärden');
        expect(facts).toContain('Källa');
        expect(await page.locator('.sm-history').first().locator('th[scope="col"]').count()).toBeGreaterThan(1);
        await page.screenshot({ path: join(resultsDir, 'report-html.png') });
        await page.locator('.sm-measure').first().scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -160));
        await page.screenshot({ path: join(resultsDir, 'report-html-measures.png') });
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
        page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('#sm-tree');
        expect(await page.locator('#sm-tree b, #sm-tree img, #sm-tree script').count()).toBe(0);
        const text = await page.locator('#sm-tree').innerText();
        expect(text).toContain('Mål med "citat" & <b>fet</b> <img src=x onerror=alert(1)>');
        expect(dialogs).toEqual([]);
        await page.close();
    });
});

/** A model whose texts hold quotes, an ampersand and HTML. */
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
`;
}

