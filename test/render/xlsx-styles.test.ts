/**
 * What the Excel report's sheets say beyond their words: long texts wrapped, each measure's number format, the
 * headers and widths, the owner's summary, a model without results, and paths relative to the model's folder.
 */
import { describe, expect, it } from 'vitest';
import type { RenderInput } from '../../src/render/render-input.js';
import { renderXlsxReport } from '../../src/render/xlsx/report-xlsx.js';
import { type ReadSheet, readWorkbook } from '../support/xlsx-cells.js';
import { fixtureInput, fixtureModel } from './fixture.js';
import { koladaInput, richInput } from './site/site-fixture.js';

function sheets(input: RenderInput, options: { owner?: string; baseDir?: string } = {}) {
    const book = readWorkbook(renderXlsxReport(input, options));
    return (name: string) => book.sheets.find(s => s.name === name)!;
}

/** The style index (`s`) of a cell, 0 when it has none. */
function styleOf(sheet: ReadSheet, ref: string): number {
    const match = new RegExp(`<c r="${ref}"( s="(\\d+)")?[ >]`).exec(sheet.xml);
    expect(match, ref).not.toBeNull();
    return Number(match![2] ?? 0);
}

/** The reference of the cell in `column` (A, B, …) of the first row whose cells include all of `values`. */
function ref(sheet: ReadSheet, column: string, ...values: string[]): string {
    const index = sheet.rows.findIndex(r => values.every(v => r.includes(v)));
    expect(index, values.join(', ')).toBeGreaterThan(0);
    return `${column}${index + 1}`;
}

function widths(sheet: ReadSheet): number[] {
    return [...sheet.xml.matchAll(/<col min="\d+" max="\d+" width="(\d+)"/g)].map(m => Number(m[1]));
}

const WRAP = 2;

describe('long texts', () => {
    it('are wrapped in every sheet: the opening, notes, the sheets’ guide, reasons, thresholds, sources, follow-up texts', () => {
        const sheet = sheets(richInput());
        const summary = sheet('Sammanfattning');
        expect(styleOf(summary, ref(summary, 'B', 'Sammanfattning'))).toBe(WRAP);
        expect(styleOf(summary, ref(summary, 'B', 'Anmärkningar om modellen'))).toBe(WRAP);
        expect(styleOf(summary, ref(summary, 'B', 'Bladen'))).toBe(WRAP);
        expect(styleOf(summary, ref(summary, 'B', 'Modell'))).toBe(0);
        const measures = sheet('Mått');
        for (const column of ['I', 'J', 'L'])
            expect(styleOf(measures, ref(measures, column, 'Betyg', '2019'))).toBe(WRAP);
        expect(styleOf(measures, ref(measures, 'M', 'Betyg', '2019'))).toBe(0);
        // Each threshold on a line of its own in the wrapped cell.
        expect(measures.cell(ref(measures, 'J', 'Behöriga', '2019'))?.text).toBe(
            'Hel: topp 10 bland landets kommuner\nHalv: topp 20 bland landets kommuner'
        );
        const followUp = sheet('Uppföljning');
        for (const kind of ['Bedömning', 'Analys', 'Åtgärd']) {
            expect(styleOf(followUp, ref(followUp, 'G', kind)), kind).toBe(WRAP);
        }
    });

    it('of a forecast are wrapped too', () => {
        const input = fixtureInput({
            followUps: [
                {
                    year: 2019,
                    title: 'Årsredovisning 2019',
                    location: fixtureModel().location,
                    entries: [
                        {
                            kind: 'goal',
                            goal: 'GodEkonomi',
                            forecast: { status: 'delvis', motivation: 'Osäkert.', location: fixtureModel().location },
                            analysis: [],
                            actions: [],
                            location: fixtureModel().location
                        }
                    ]
                }
            ]
        });
        const followUp = sheets(input)('Uppföljning');
        expect(followUp.rows[1]).toEqual(['2019', 'mål', 'GodEkonomi', 'God ekonomi', 'Prognos', 'delvis', 'Osäkert.']);
        expect(styleOf(followUp, 'G2')).toBe(WRAP);
        expect(followUp.cell('F2')?.fill).toBe('FFFFEB9C');
    });
});

describe('numbers', () => {
    it('have one format per measure, with as many decimals as its values need', () => {
        const measures = sheets(koladaInput())('Mått');
        const format = (id: string, year: string) => measures.cell(ref(measures, 'E', id, year))?.format;
        expect(format('Betyg', '2018')).toBe('#,##0.00');
        expect(format('Betyg', '2019')).toBe('#,##0.00');
        expect(format('Behöriga', '2018')).toBe('#,##0.0');
        expect(format('Resultat', '2019')).toBe('#,##0.0');
        expect(format('Notering', '2019')).toBe('#,##0');
        // A measure whose other year has no value still gets the format of the values it has.
        expect(format('Egen', '2019')).toBe('#,##0');
        expect(measures.cell(ref(measures, 'K', 'Lasare', '2019'))?.format).toBe('#,##0');
    });

    it('show a goal’s fulfilment as a percentage', () => {
        const goals = sheets(richInput())('Mål');
        expect(goals.cell(ref(goals, 'I', 'GodEkonomi', '2019'))).toMatchObject({
            number: true,
            text: '1',
            format: '0.0%'
        });
        expect(goals.cell(ref(goals, 'J', 'GodEkonomi', '2019'))).toMatchObject({ number: true, text: '1' });
    });
});

describe('the sheets’ layout', () => {
    it('heads the goal and measure sheets with their columns and sizes the measure and follow-up sheets', () => {
        const sheet = sheets(richInput());
        expect(sheet('Mål').rows[0]).toEqual([
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
        expect(sheet('Mått').rows[0]).toEqual([
            'Mål',
            'Mått',
            'Id',
            'År',
            'Värde',
            'Enhet',
            'Status',
            'Bedömd',
            'Skäl',
            'Gränsvärden',
            'Målvärde',
            'Källa',
            'Värdet från'
        ]);
        expect(widths(sheet('Mål'))).toEqual([50, 20, 12, 30, 26, 8, 14, 10, 13, 16, 8]);
        expect(widths(sheet('Mått'))).toEqual([40, 50, 20, 8, 12, 10, 12, 10, 60, 50, 12, 40, 36]);
        expect(widths(sheet('Uppföljning'))).toEqual([8, 8, 20, 50, 12, 14, 80, 30]);
    });
});

describe('an owner’s workbook', () => {
    it('opens with the owner’s part of the KF goals', () => {
        const summary = sheets(richInput(), { owner: 'BUN' })('Sammanfattning');
        expect(summary.rows.find(r => r[0] === 'Sammanfattning')).toEqual([
            'Sammanfattning',
            '0 av 1 av fullmäktiges mål är uppfyllt 2019, 1 delvis (2018: 0 av 1).'
        ]);
    });

    it('leaves out the follow-up of measures the owner does not answer for', () => {
        const followUp = sheets(richInput(), { owner: 'KLF' })('Uppföljning');
        expect(followUp.rows.slice(1)).toEqual([]);
    });
});

describe('a model without results', () => {
    it('has a summary without opening or vision, and empty sheets', () => {
        const view = fixtureModel();
        const sheet = sheets({ view, results: [], year: 2019 });
        expect(sheet('Sammanfattning').rows.map(r => r[0])).toEqual([
            'Uppgift',
            'Modell',
            'Kommun',
            'År',
            'År med resultat',
            'Bladen'
        ]);
        expect(sheet('Mål').rows).toHaveLength(1);
        expect(sheet('Mått').rows).toHaveLength(1);
    });
});

describe('a goal result the model does not name', () => {
    it('has neither owner nor inriktning', () => {
        const input = fixtureInput();
        const result = input.results.at(-1)!;
        const copy = { ...result.goals.find(g => g.id === 'KlararSkolan')!, id: 'Borta', title: 'Borttaget mål' };
        result.goals = [...result.goals, copy];
        const row = sheets(input)('Mål').rows.find(r => r[1] === 'Borta');
        expect(row?.slice(0, 6)).toEqual(['Borttaget mål', 'Borta', 'nämnd', '', '', '2019']);
    });
});

describe('paths', () => {
    it('are relative to the folder of the model’s first file, or of its header without files', () => {
        const input = fixtureInput();
        const elsewhere = { ...input, view: { ...input.view, files: ['/kommun/modell/huvud.styr'] } };
        const measures = sheets(elsewhere)('Mått');
        expect(measures.rows.find(r => r[2] === 'Betyg' && r[3] === '2019')?.[12]).toBe('../../models/data.csv rad 65');
        const none = {
            ...input,
            view: { ...input.view, files: [], location: { ...input.view.location, file: '/annan/x.styr' } }
        };
        expect(sheets(none)('Mått').rows.find(r => r[2] === 'Betyg' && r[3] === '2019')?.[12]).toBe(
            '../models/data.csv rad 65'
        );
    });
});
