import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbookModel } from '../support/workbook-model.js';
import { readWorkbook } from '../support/xlsx-cells.js';
import { runCli } from './run-cli.js';

describe('a workbook as result data', () => {
    const folder = workbookModel();

    it('reports a row problem with file, sheet and row, and the closest municipality name', () => {
        const run = runCli(['validate', '.'], folder);
        expect(`${run.stdout}${run.stderr}`).toContain(
            'egna.xlsx, blad "Enkät", rad 3: "Kumlaa" är varken en kommunkod eller ett kommunnamn. Menade du Kumla?'
        );
    });

    it('computes from the stored numbers, a name matched to its code', () => {
        const run = runCli(['report', '.', '--format', 'json'], folder);
        const report = JSON.parse(run.stdout) as { measures: { id: string; value: number; status: string }[] };
        expect(report.measures[0]).toMatchObject({ value: 82.5, status: 'hel' });
        const previous = JSON.parse(runCli(['report', '.', '--format', 'json', '--year', '2023'], folder).stdout) as {
            measures: { value: number; status: string }[];
        };
        expect(previous.measures[0]).toMatchObject({ value: 71.25, status: 'halv' });
    });
});

describe('report --format xlsx', () => {
    it('needs --out', () => {
        const run = runCli(['report', 'examples/exempelkommun', '--format', 'xlsx']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('En Excel-arbetsbok skrivs till en fil: ange --out');
    });

    it('writes the follow-up of every year to its sheet, assessments with their status, beside what was computed', () => {
        const out = join(mkdtempSync(join(tmpdir(), 'styrmodell-xlsx-out-')), 'uppföljning.xlsx');
        const run = runCli(['report', 'examples/exempelkommun', '--format', 'xlsx', '--out', out]);
        expect(run.status).toBe(0);
        const followUp = readWorkbook(readFileSync(out)).sheets.find(s => s.name === 'Uppföljning')!;
        const rows = followUp.rows.map(r => r.join(' | '));
        const assessment = followUp.rows.find(
            r => r[0] === '2020' && r[2] === 'EkonomiIBalans' && r[4] === 'Bedömning'
        );
        expect(assessment?.slice(5, 7)).toEqual([
            'ej uppfyllt',
            'Resultatet blev 0,6 % mot målvärdet 2,0 %: intäkterna föll under pandemin.'
        ]);
        // What section 4 computed stands beside the assessment.
        expect(assessment?.[7]).toMatch(/^(uppfyllt|delvis|ej uppfyllt|saknas), /);
        expect(
            rows.some(r => r.startsWith('2020 | mål | EkonomiIBalans |') && r.includes('| Prognos | delvis |'))
        ).toBe(true);
        expect(
            rows.some(r => r.startsWith('2020 | mål | GodService |') && r.includes('| Åtgärd |  | Återuppringning'))
        ).toBe(true);
    });
});
