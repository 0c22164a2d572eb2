import { describe, expect, it } from 'vitest';
import { dirname } from '../../../src/render/format.js';
import {
    firstPage,
    firstSentence,
    joinSwedish,
    legendRows,
    municipalityText,
    openingSentence,
    qualityLine,
    qualityNotes,
    trendMark,
    yearOutsideData
} from '../../../src/render/reader-text/index.js';
import { buildReportTree } from '../../../src/render/report-model.js';
import { fixtureInput } from '../fixture.js';

const NBSP = '\u00a0';

describe('reader text pieces', () => {
    it('names a municipality as it calls itself, with its code', () => {
        expect(municipalityText('1881')).toBe('Kumla kommun (1881)');
        expect(municipalityText('0562', 'Finspång')).toBe('Finspångs kommun (0562)');
        expect(municipalityText('1489')).toBe('Alingsås kommun (1489)');
        expect(municipalityText('2080')).toBe('Falu kommun (2080)');
        expect(municipalityText('9999')).toBe('kommunkod 9999');
        expect(municipalityText('1999', 'Exempelkommun')).toBe('Exempelkommun (1999)');
        expect(municipalityText(undefined)).toBeUndefined();
    });

    it('marks a trend with its word', () => {
        expect(trendMark(0.6, 0.5, 2022)).toMatchObject({ symbol: '↑', word: 'bättre', text: '↑ bättre än 2022' });
        expect(trendMark(0.4, 0.5, 2022)).toMatchObject({ symbol: '↓', word: 'sämre' });
        expect(trendMark(0.5, 0.5, 2022)).toMatchObject({
            symbol: '→',
            word: 'oförändrat',
            text: '→ oförändrat sedan 2022'
        });
        expect(trendMark(null, 0.5, 2022)).toBeUndefined();
        expect(trendMark(0.5, undefined, 2022)).toBeUndefined();
    });

    it('joins and cuts sentences', () => {
        expect(joinSwedish(['a', 'b', 'c'])).toBe('a, b och c');
        expect(joinSwedish(['a'])).toBe('a');
        expect(firstSentence('Elfte plats i landet. En placering från topp 10.')).toBe('Elfte plats i landet.');
        expect(firstSentence('Ca 3,5 procent. Sedan mer.')).toBe('Ca 3,5 procent.');
    });

    it('keeps the bounds as written in the legend', () => {
        const rows = legendRows({ achieved: 0.755, partly: 0.5 });
        expect(rows[0]!.meaning).toContain(`minst 75,5${NBSP}%`);
        expect(rows.map(r => r.goal)).toEqual(['uppfyllt', 'delvis', 'ej_uppfyllt', 'saknas']);
    });

    it('opens with the count of KF goals met, and last year’s', () => {
        const tree = buildReportTree(fixtureInput())!;
        expect(openingSentence(tree)).toBe(
            '0 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis och 1 inte (2018: 1 av 2).'
        );
    });

    it('gives the first page per inriktning and KF goal with trend marks', () => {
        const page = firstPage(buildReportTree(fixtureInput())!);
        expect(page.areas.map(a => a.title)).toEqual([
            'Inriktning: Trygghet och lärande',
            'Inriktning: Ekonomi och medarbetare'
        ]);
        const goal = page.areas[1]!.goals[0]!;
        expect(goal).toMatchObject({ title: 'God ekonomi', status: 'delvis', fulfilment: `50${NBSP}%` });
        expect(goal.trend?.word).toBe('sämre');
        expect(page.areas[1]!.trend?.word).toBe('sämre');
    });

    it('turns warnings into sentences without codes, ids or paths, and counts them for the first page', () => {
        const input = fixtureInput();
        input.warnings = [
            {
                file: '/home/a/m/test.styr',
                line: 3,
                code: 'no-value-for-year',
                message:
                    'Måttet Saknad har inget värde för 2019 i datafilerna (nyckeltal N3, kommun 1881). Lägg till värdet.'
            },
            {
                file: '/home/a/m/test.styr',
                line: 4,
                code: 'goal-not-followed-up',
                message: 'Inget följer upp fullmäktigemålet TryggUppväxt: det har inga mått.'
            }
        ];
        const notes = qualityNotes(input);
        const text = notes.sections.flatMap(s => s.items).join('\n');
        expect(text).toContain('Måttet ”Elevenkät: trygghet” har inget värde för 2019 och visas som saknas.');
        expect(text).toContain('Fullmäktigemålet ”Trygg uppväxt” följs inte upp av något mått eller nämndmål.');
        expect(text).not.toMatch(/no-value|goal-not|\/home|Saknad\b|TryggUppväxt/);
        expect(qualityLine(notes)).toBe('2 anmärkningar om underlaget, se bilagan.');
    });

    it('says where in a broken data file the problem is, from its fields, in the notes and in the annex', () => {
        const input = fixtureInput();
        const file = `${dirname(input.view.files[0]!)}/data/trasig.json`;
        input.dataGaps = [
            {
                file,
                problem: {
                    code: 'data-json-invalid',
                    file,
                    line: 3,
                    message: 'Filen ser ut som JSON men kan inte läsas. Spara filen igen från Koladas API.',
                    severity: 'error'
                },
                measures: []
            }
        ];
        const annex = qualityNotes(input).sections.flatMap(s => s.items);
        expect(annex[0]).toBe(
            'Datafilen data/trasig.json kunde inte läsas (rad 3): Filen ser ut som JSON men kan inte läsas. ' +
                'Inget mått saknar värde för 2019 därför.'
        );
    });

    it('says a year outside the data in one sentence', () => {
        const input = fixtureInput({}, 2019);
        const empty = {
            ...input.results[1]!,
            year: 2030,
            measures: input.results[1]!.measures.map(m => ({ ...m, value: null }))
        };
        const later = { ...input, results: [...input.results, empty], year: 2030 };
        expect(yearOutsideData(later)).toBe('Data finns för 2018–2019; 2030 saknas för alla mått.');
        expect(yearOutsideData(input)).toBeUndefined();
    });
});
