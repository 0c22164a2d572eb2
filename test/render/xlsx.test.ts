import { describe, expect, it } from 'vitest';
import { statusDisplay } from '../../src/fulfilment/status.js';
import { renderXlsxReport } from '../../src/render/xlsx/report-xlsx.js';
import { sheetName } from '../../src/render/xlsx/xlsx-writer.js';
import { readWorkbook } from '../support/xlsx-cells.js';
import { fixtureInput } from './fixture.js';

const workbook = readWorkbook(renderXlsxReport(fixtureInput()));
const sheet = (name: string) => workbook.sheets.find(s => s.name === name)!;
const header = (name: string) => sheet(name).rows[0]!;
/** The row of a sheet whose cells include all of `values`, with its 1-based row number. */
function row(name: string, ...values: string[]): { cells: string[]; number: number } {
    const rows = sheet(name).rows;
    const index = rows.findIndex(r => values.every(v => r.includes(v)));
    expect(index, `a row with ${values.join(', ')}`).toBeGreaterThan(0);
    return { cells: rows[index]!, number: index + 1 };
}
const column = (name: string, title: string) => String.fromCharCode(65 + header(name).indexOf(title));

describe('renderXlsxReport', () => {
    it('has the four sheets of CLI.md in order', () => {
        expect(workbook.sheets.map(s => s.name)).toEqual(['Sammanfattning', 'Mål', 'Mått', 'Uppföljning']);
    });

    it('freezes the header row and turns filters on in every sheet', () => {
        for (const { xml, rows } of workbook.sheets) {
            expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
            expect(xml).toMatch(new RegExp(`<autoFilter ref="A1:[A-Z]+${rows.length}"/>`));
        }
    });

    it('gives each goal a row per year with its status worded and coloured, fulfilment and coverage as numbers', () => {
        expect(header('Mål')).toEqual([
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
        const input = fixtureInput();
        const years = input.results.map(r => r.year);
        expect(sheet('Mål').rows).toHaveLength(1 + years.length * input.results[0]!.goals.length);
        for (const result of input.results) {
            for (const goal of result.goals) {
                const { number } = row('Mål', goal.id, String(result.year));
                const status = sheet('Mål').cell(`${column('Mål', 'Status')}${number}`)!;
                expect(status.text).toBe(statusDisplay(goal.status).word);
                expect(status.fill).toBe(
                    { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE', grey: 'FFEDEDED' }[
                        statusDisplay(goal.status).colour
                    ]
                );
                const fulfilment = sheet('Mål').cell(`${column('Mål', 'Uppfyllelse')}${number}`);
                if (goal.fulfilment === null) expect(fulfilment).toBeUndefined();
                else expect(fulfilment).toMatchObject({ number: true, text: String(goal.fulfilment), format: '0.0%' });
                expect(sheet('Mål').cell(`${column('Mål', 'Mått')}${number}`)).toMatchObject({
                    number: true,
                    text: String(goal.coverage.totalMeasures)
                });
            }
        }
    });

    it('stores measure values as numbers with the formatter’s decimals, and words status, reason and thresholds', () => {
        // Betyg: 85,25 and 87,5, shown side by side with two decimals.
        const betyg = row('Mått', 'Betyg', '2019');
        expect(sheet('Mått').cell(`${column('Mått', 'Värde')}${betyg.number}`)).toMatchObject({
            number: true,
            text: '87.5',
            format: '#,##0.00'
        });
        // Behöriga: 88 and 90,5 and rank 11 of 31, so halv (hel needs the top 10).
        const behöriga = row('Mått', 'Behöriga', '2019');
        const cell = (title: string) => behöriga.cells[header('Mått').indexOf(title)];
        expect(sheet('Mått').cell(`${column('Mått', 'Värde')}${behöriga.number}`)).toMatchObject({
            number: true,
            text: '90.5',
            format: '#,##0.0'
        });
        expect(cell('Status')).toBe('halv');
        expect(sheet('Mått').cell(`${column('Mått', 'Status')}${behöriga.number}`)?.fill).toBe('FFFFEB9C');
        expect(cell('Skäl')).toMatch(/halv/);
        expect(cell('Gränsvärden')).toBe('Hel: topp 10 bland landets kommuner\nHalv: topp 20 bland landets kommuner');
        expect(cell('Källa')).toBe('egen dataserie i data.csv');
        expect(cell('Enhet')).toBe('%');
    });

    it('never writes a status without its word, nor a model keyword as a threshold', () => {
        const thresholds = sheet('Mått')
            .rows.slice(1)
            .map(r => r[header('Mått').indexOf('Gränsvärden')] ?? '');
        for (const text of thresholds) expect(text).not.toMatch(/\b(?:när|rang|värde) *[<>=]/);
    });

    it('makes sheet names Excel accepts', () => {
        expect(sheetName('Mål: 2024/25 [utkast]?')).toBe('Mål  2024 25  utkast  ');
        expect(sheetName('x'.repeat(40))).toHaveLength(31);
    });
});
