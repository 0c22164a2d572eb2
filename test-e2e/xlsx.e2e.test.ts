/**
 * The Excel report as those who work on with it get it: `report --format xlsx` of examples/exempelkommun opened by
 * LibreOffice Calc (headless), each sheet exported to CSV and read back, and the *Mått* sheet printed to PDF and
 * its first page to PNG in test-results/xlsx/. Calc must find numbers where the report stores numbers, and the
 * status words beside the colours. The runner (run.mjs) installs LibreOffice Calc and poppler.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const resultsDir = join(repo, 'test-results', 'xlsx');
const SHEETS = ['Sammanfattning', 'Mål', 'Mått', 'Uppföljning'];

function has(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

let workDir: string;
let workbook: string;

beforeAll(() => {
    execFileSync(process.execPath, [join(repo, 'scripts', 'bundle.mjs')], { cwd: repo, stdio: 'inherit' });
    mkdirSync(resultsDir, { recursive: true });
    workDir = mkdtempSync(join(tmpdir(), 'styrmodell-xlsx-e2e-'));
    workbook = join(resultsDir, 'exempelkommun.xlsx');
    const written = spawnSync(
        process.execPath,
        [join(repo, 'bin', 'styrmodell.js'), 'report', 'examples/exempelkommun', '--format', 'xlsx', '--out', workbook],
        { cwd: repo, encoding: 'utf8', timeout: 120_000 }
    );
    expect(written.status, written.stderr).toBe(0);
}, 180_000);

afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** LibreOffice headless with a profile of its own, so a running instance does not take the job. */
function soffice(args: string[]): void {
    const profile = pathToFileURL(join(workDir, 'lo-profile')).href;
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], {
        encoding: 'utf8',
        timeout: 170_000
    });
    expect(run.status, `soffice: ${run.stdout} ${run.stderr}`).toBe(0);
}

/** One sheet (1-based) as Calc exports it: `;`-separated, UTF-8, numbers as Calc stores them (not as shown). */
function sheetCsv(sheet: number): string[][] {
    const out = join(workDir, `sheet-${sheet}`);
    mkdirSync(out, { recursive: true });
    // Filter options: separator 59 (;), quote 34, UTF-8 (76), first line 1, …, sheet number last.
    soffice([
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,${sheet}`,
        '--outdir',
        out,
        workbook
    ]);
    const file = join(out, `exempelkommun-${SHEETS[sheet - 1]}.csv`);
    expect(existsSync(file), `Calc wrote no CSV for sheet ${sheet}`).toBe(true);
    return parseCsv(readFileSync(file, 'utf8'));
}

function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    const endField = () => {
        row.push(field);
        field = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i]!;
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            } else if (c === '"') quoted = false;
            else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ';') endField();
        else if (c === '\n') {
            endField();
            rows.push(row);
            row = [];
        } else if (c !== '\r') field += c;
    }
    if (field || row.length > 0) {
        endField();
        rows.push(row);
    }
    return rows;
}

describe('the Excel report in LibreOffice Calc', () => {
    it('opens with the four sheets, numbers where numbers are stored and status words beside the colours', () => {
        expect(has('soffice'), 'LibreOffice (soffice) is missing: run the suite through npm run test:e2e').toBe(true);
        const goals = sheetCsv(2);
        expect(goals[0]).toEqual([
            'Mål',
            'Id',
            'Nivå',
            'Ansvarig',
            'Inriktning',
            'År',
            'Status',
            'Bedömd',
            'Uppfyllelse',
            'Mått med värde',
            'Mått'
        ]);
        const statuses = new Set(goals.slice(1).map(r => r[6]));
        for (const status of statuses) expect(['uppfyllt', 'delvis', 'ej uppfyllt', 'saknas']).toContain(status);
        // Calc writes a percentage cell as `25%`: a number with a percent format, not text.
        const fulfilments = goals
            .slice(1)
            .map(r => r[8])
            .filter(Boolean);
        expect(fulfilments.length).toBeGreaterThan(0);
        for (const value of fulfilments) expect(value).toMatch(/^\d+(\.\d+)?%$/);

        const measures = sheetCsv(3);
        const header = measures[0]!;
        const value = header.indexOf('Värde');
        const numbers = measures
            .slice(1)
            .map(r => r[value])
            .filter(Boolean);
        expect(numbers.length).toBeGreaterThan(10);
        for (const number of numbers) expect(Number.isFinite(Number(number)), number).toBe(true);
        const thresholds = measures.slice(1).map(r => r[header.indexOf('Gränsvärden')]!);
        expect(thresholds.some(t => t.includes('topp 10 bland landets kommuner'))).toBe(true);

        const followUp = sheetCsv(4);
        expect(followUp.some(r => r[4] === 'Bedömning' && r[5] === 'delvis')).toBe(true);
    }, 600_000);

    it('prints the Mått sheet (PNG of page 1 in test-results/xlsx)', () => {
        soffice(['--convert-to', 'pdf', '--outdir', resultsDir, workbook]);
        const pdf = join(resultsDir, 'exempelkommun.pdf');
        expect(existsSync(pdf)).toBe(true);
        execFileSync('pdftoppm', [
            '-png',
            '-r',
            '80',
            '-f',
            '1',
            '-l',
            '1',
            '-singlefile',
            pdf,
            join(resultsDir, 'xlsx-page-1')
        ]);
        expect(existsSync(join(resultsDir, 'xlsx-page-1.png'))).toBe(true);
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain('Sammanfattning');
    }, 300_000);
});
