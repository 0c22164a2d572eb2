/**
 * The four sheets of `report --format xlsx` (report-xlsx.ts) row by row: the summary with its optional rows, a
 * goal's and a measure's every column, the follow-up of each year and each delårsrapport, and an owner's part.
 */
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { renderXlsxReport } from '../../src/render/xlsx/report-xlsx.js';
import { loc, memoryData } from '../fulfilment/helpers.js';
import { readWorkbook } from '../support/xlsx-cells.js';
import { fixtureInput, fixtureModel, followUpFixtureInput, interimGodEkonomi, ROWS } from './fixture.js';
import { koladaInput, richInput } from './site/site-fixture.js';

const NBSP = '\u00a0';
const F = '/models/uppfoljning.styr';

function sheets(input: RenderInput, options: { owner?: string; baseDir?: string } = {}) {
    const book = readWorkbook(renderXlsxReport(input, options));
    return (name: string) => book.sheets.find(s => s.name === name)!;
}

/** The fixture with a delårsrapport per 31 augusti 2019 and the year's final follow-up. */
function followUpInput(): RenderInput {
    return followUpFixtureInput([
        interimGodEkonomi(F),
        {
            year: 2019,
            title: 'Årsredovisning 2019',
            location: loc(10, F),
            entries: [
                {
                    kind: 'goal',
                    goal: 'GodEkonomi',
                    forecast: { status: 'uppfyllt', motivation: 'Överskott väntas 2020.', location: loc(11, F) },
                    analysis: [
                        { text: 'Intäkterna ökade.', location: loc(12, F) },
                        { text: 'Kostnaderna också.', location: loc(13, F) }
                    ],
                    actions: [{ text: 'Ny budgetprocess.', location: loc(14, F) }],
                    location: loc(15, F)
                },
                {
                    kind: 'measure',
                    goal: 'SnabbService',
                    measure: 'Notering',
                    assessment: { status: 'hel', motivation: 'Färre synpunkter.', location: loc(16, F) },
                    analysis: [],
                    actions: [],
                    location: loc(17, F)
                }
            ]
        }
    ]);
}

describe('the summary sheet', () => {
    it('names model, municipality, year, opening, vision, quality notes, the years and the sheets', () => {
        const summary = sheets(richInput())('Sammanfattning');
        expect(summary.rows).toEqual([
            ['Uppgift', 'Värde'],
            ['Modell', 'Testkommuns styrmodell'],
            ['Kommun', 'Testby kommun (1881)'],
            ['År', '2019'],
            ['Sammanfattning', '1 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis (2018: 1 av 2).'],
            ['Vision', 'uppfyllt'],
            ['Visionens uppfyllelse', summary.rows[6]![1]!],
            ['Anmärkningar om modellen', 'Måttet ”Behöriga till gymnasiet” har en udda enhet.'],
            ['År med resultat', '2018, 2019'],
            ['Bladen', 'Mål: mål × år. Mått: mått × år. Uppföljning: bedömningar, prognoser, analyser och åtgärder.']
        ]);
        expect(summary.cell('B6')).toMatchObject({ text: 'uppfyllt', fill: 'FFC6EFCE' });
        expect(Number(summary.rows[6]![1])).toBeCloseTo(5 / 6, 12);
        expect(summary.cell('B7')).toMatchObject({ number: true, format: '0.0%' });
        expect(summary.cell('B4')).toMatchObject({ number: true, text: '2019' });
        expect(summary.xml).toContain(
            '<cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="2" width="90" customWidth="1"/></cols>'
        );
    });

    it('says when no municipality is named, and names the owner a report is for', () => {
        const plain = sheets(fixtureInput({ municipality: undefined }))('Sammanfattning');
        expect(plain.rows[2]).toEqual(['Kommun', 'ingen kommun angiven']);
        const owner = sheets(richInput(), { owner: 'BUN' })('Sammanfattning');
        expect(owner.rows[4]).toEqual([
            'Urval',
            'mål som Barn- och utbildningsnämnden ansvarar för, med målen ovanför'
        ]);
        const unknown = sheets(richInput(), { owner: 'Okänd' })('Sammanfattning');
        expect(unknown.rows[4]).toEqual(['Urval', 'mål som Okänd ansvarar för, med målen ovanför']);
    });

    it('has no vision rows without a vision, and the data row when the year is outside the data', () => {
        const noVision = sheets(fixtureInput({ vision: undefined }))('Sammanfattning');
        expect(noVision.rows.map(r => r[0])).not.toContain('Vision');
        expect(noVision.rows.map(r => r[0])).not.toContain('Visionens uppfyllelse');
        const view = fixtureModel();
        const later = { view, results: computeYears(view, memoryData(ROWS), [2018, 2019, 2025]), year: 2025 };
        const outside = sheets(later)('Sammanfattning');
        expect(outside.rows.find(r => r[0] === 'Data')).toEqual([
            'Data',
            'Data finns för 2018–2019; 2025 saknas för alla mått.'
        ]);
        // Wrapped (style 2), as the other long texts of the sheet.
        expect(outside.xml).toMatch(/<c r="B\d+" s="2" t="inlineStr"><is><t xml:space="preserve">Data finns för/);
        expect(sheets(richInput())('Sammanfattning').rows.map(r => r[0])).not.toContain('Data');
    });
});

describe('the goal sheet', () => {
    it('gives every column of a goal and year: title, id, level, owner, inriktning, status, assessed, numbers', () => {
        const goals = sheets(richInput())('Mål');
        expect(goals.rows).toContainEqual([
            'God ekonomi',
            'GodEkonomi',
            'fullmäktige',
            '',
            'Ekonomi och medarbetare',
            '2019',
            'uppfyllt',
            'bedömd',
            '1',
            '1',
            '1'
        ]);
        expect(goals.rows).toContainEqual([
            'Snabb service',
            'SnabbService',
            'nämnd',
            'Kommunledningsförvaltningen',
            '',
            '2018',
            'delvis',
            '',
            '0.5',
            '2',
            '2'
        ]);
        expect(goals.xml).toContain('<col min="1" max="1" width="50" customWidth="1"/>');
    });

    it('leaves the fulfilment empty when there is none, and shows an unknown inriktning by its id', () => {
        const input = fixtureInput({ municipality: undefined });
        const goals = sheets(input)('Mål');
        expect(goals.rows).toContainEqual([
            'Trygg uppväxt',
            'TryggUppväxt',
            'fullmäktige',
            '',
            'Trygghet och lärande',
            '2018',
            'saknas',
            '',
            '',
            '1',
            '5'
        ]);
        const view = fixtureInput().view;
        const odd = fixtureInput({ goals: view.goals.map(g => (g.id === 'GodEkonomi' ? { ...g, area: 'Borta' } : g)) });
        expect(sheets(odd)('Mål').rows.find(r => r[1] === 'GodEkonomi')?.[4]).toBe('Borta');
    });

    it('has only the owner’s goals and the goals above them', () => {
        const goals = sheets(richInput(), { owner: 'BUN' })('Mål');
        expect(goals.rows.slice(1).map(r => `${r[1]} ${r[5]}`)).toEqual([
            'TryggUppväxt 2018',
            'KlararSkolan 2018',
            'TryggUppväxt 2019',
            'KlararSkolan 2019'
        ]);
    });
});

describe('the measure sheet', () => {
    it('gives every column of a measure and year, the target and where the value came from', () => {
        const measures = sheets(koladaInput(), { baseDir: '/models' })('Mått');
        expect(measures.rows).toContainEqual([
            'Läsning "för" alla',
            'Läsförståelse åk 4',
            'Lasare',
            '2019',
            '74',
            '%',
            'ingen',
            '',
            `Når inte gränsvärdet för hel: minst i nivå med målvärdet (75,5${NBSP}%).`,
            `Hel: minst i nivå med målvärdet (75,5${NBSP}%)`,
            '75.5',
            'Kolada N15419 (data.csv)',
            // The fixture's rows are lines 2–71 of the file; the last one is N15419's 2019.
            'data.csv rad 72'
        ]);
        const number = measures.rows.findIndex(r => r[2] === 'Lasare' && r[3] === '2019') + 1;
        expect(measures.cell(`K${number}`)).toMatchObject({ number: true, text: '75.5', format: '#,##0' });
        expect(measures.cell(`E${number}`)).toMatchObject({ number: true, text: '74', format: '#,##0' });
        expect(measures.cell(`G${number}`)?.fill).toBe('FFFFC7CE');
    });

    it('marks an assessed measure, says a measure without thresholds has none, and leaves a missing value empty', () => {
        const measures = sheets(richInput(), { baseDir: '/models' })('Mått');
        const behoriga = measures.rows.find(r => r[2] === 'Behöriga' && r[3] === '2019')!;
        expect(behoriga[7]).toBe('bedömd');
        const notering = measures.rows.find(r => r[2] === 'Notering' && r[3] === '2019')!;
        expect(notering.slice(4, 13)).toEqual([
            '9',
            '',
            'ej bedömd',
            '',
            'Ej bedömd: måttet har inga gränsvärden.',
            'inga (måttet bedöms inte mot ett gränsvärde)',
            '',
            'värden skrivna i styrmodellen',
            'utfall, test.styr rad 71'
        ]);
        const saknad = measures.rows.find(r => r[2] === 'Saknad' && r[3] === '2019')!;
        expect(saknad.slice(4, 8)).toEqual(['', '%', 'saknas', '']);
        expect(saknad).toHaveLength(12);
    });

    it('has only the owner’s measures', () => {
        const measures = sheets(richInput(), { owner: 'BUN' })('Mått');
        expect([...new Set(measures.rows.slice(1).map(r => r[2]))]).toEqual(['Behöriga', 'Betyg', 'Saknad']);
    });

    it('shows paths relative to the model’s folder by default', () => {
        const measures = sheets(richInput())('Mått');
        expect(measures.rows.find(r => r[2] === 'Betyg' && r[3] === '2019')?.[12]).toBe('data.csv rad 65');
    });
});

describe('the follow-up sheet', () => {
    const makeFollowUp = () => sheets(followUpInput())('Uppföljning');

    it('has each assessment, forecast, analysis and action as a row, the delårsrapport after the year', () => {
        const followUp = makeFollowUp();
        expect(followUp.rows).toEqual([
            ['År', 'Gäller', 'Id', 'Titel', 'Slag', 'Status', 'Text', 'Beräknat'],
            ['2019', 'mål', 'GodEkonomi', 'God ekonomi', 'Prognos', 'uppfyllt', 'Överskott väntas 2020.'],
            ['2019', 'mål', 'GodEkonomi', 'God ekonomi', 'Analys', '', 'Intäkterna ökade.'],
            ['2019', 'mål', 'GodEkonomi', 'God ekonomi', 'Analys', '', 'Kostnaderna också.'],
            ['2019', 'mål', 'GodEkonomi', 'God ekonomi', 'Åtgärd', '', 'Ny budgetprocess.'],
            [
                '2019',
                'mått',
                'Notering',
                'Antal synpunkter',
                'Bedömning',
                'hel',
                'Färre synpunkter.',
                'ej bedömd, värde 9'
            ],
            [
                '2019',
                'mål',
                'GodEkonomi',
                'God ekonomi',
                'Prognos för helåret, bedömd per 31 augusti',
                'delvis',
                'Halvvägs.',
                `delvis, 50${NBSP}% uppfyllelse`
            ],
            ['2019', 'mål', 'GodEkonomi', 'God ekonomi', 'Prognos', 'uppfyllt', 'Det vänder.']
        ]);
        expect(followUp.cell('F6')).toMatchObject({ text: 'hel', fill: 'FFC6EFCE' });
        expect(followUp.cell('F2')).toMatchObject({ text: 'uppfyllt', fill: 'FFC6EFCE' });
        expect(followUp.cell('F3')).toBeUndefined();
    });

    it('keeps an owner’s measures and goals only', () => {
        const owned = sheets(followUpInput(), { owner: 'KLF' })('Uppföljning');
        expect(owned.rows.slice(1).map(r => `${r[2]} ${r[4]}`)).toEqual(['Notering Bedömning']);
    });
});
