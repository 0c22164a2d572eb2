/**
 * The appendix *Bilaga: Kvalitetskontroll* and its line on the first page (READERS.md 3), pinned sentence for
 * sentence: data files that could not be read, measures without a value (one, several, by year, a year the data
 * does not cover), KF goals nobody follows up (one, several), and any other warning as its first sentence
 * without ids, codes, paths or series.
 */
import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../../../src/data/data-api.js';
import type { BaseResult } from '../../../src/fulfilment/result.js';
import { DiagnosticCodes } from '../../../src/model/diagnostic-codes.js';
import { QUALITY_HEADING, qualityLine, qualityNotes, yearOutsideData } from '../../../src/render/reader-text/index.js';
import type { RenderInput } from '../../../src/render/render-input.js';
import { goal, loc, MODEL_FILE, measure, model } from '../../fulfilment/helpers.js';
import { fixtureInput } from '../fixture.js';

const INTRO =
    'Kontrollen av modellen och underlaget för 2019. Anmärkningarna ändrar inga siffror i rapporten; de säger vad siffrorna vilar på.';

/** The fixture with warnings of the given messages. */
function warned(...messages: string[]): RenderInput {
    const input = fixtureInput();
    input.warnings = messages.map((message, i) => ({ file: '/models/test.styr', line: i + 1, code: 'x', message }));
    return input;
}

const items = (input: RenderInput) => qualityNotes(input).sections.map(s => [s.heading, ...s.items]);

describe('qualityNotes', () => {
    it('has a heading and an intro and no sections when there is nothing to note', () => {
        expect(qualityNotes(fixtureInput())).toEqual({
            heading: QUALITY_HEADING,
            intro: INTRO,
            sections: [],
            count: 0
        });
        expect(QUALITY_HEADING).toBe('Bilaga: Kvalitetskontroll');
    });

    it.each<[string, string[], string[]]>([
        [
            'one measure without a value',
            ['Måttet Saknad har inget värde för 2019 i datafilerna (nyckeltal N3, kommun 1881). Lägg till värdet.'],
            ['Måttet ”Elevenkät: trygghet” har inget värde för 2019 och visas som saknas.']
        ],
        [
            'two measures without a value the same year, one another year',
            [
                'Måttet Saknad har inget värde för 2019 i datafilerna.',
                'Måttet KlararSkolan.Betyg har inget värde för 2018.',
                'Måttet Svar har inget värde för 2019.'
            ],
            [
                '2 mått har inget värde för 2019 och visas som saknas: ”Elevenkät: trygghet” och ”Svar inom en dag”.',
                'Måttet ”Godkända betyg i alla ämnen” har inget värde för 2018 och visas som saknas.'
            ]
        ],
        [
            'one KF goal nobody follows up',
            ['Inget följer upp fullmäktigemålet TryggUppväxt: det har inga mått.'],
            ['Fullmäktigemålet ”Trygg uppväxt” följs inte upp av något mått eller nämndmål.']
        ],
        [
            'two KF goals nobody follows up',
            [
                'Inget följer upp fullmäktigemålet TryggUppväxt: det har inga mått.',
                'Inget följer upp fullmäktigemålet GodEkonomi: det har inga mått.'
            ],
            ['2 av fullmäktiges mål följs inte upp av något mått eller nämndmål: ”Trygg uppväxt” och ”God ekonomi”.']
        ],
        [
            'another warning: its first sentence, ids as titles, code quotes, series and paths left out, once',
            [
                'Nämnden BUN har inga mål för `KlararSkolan` (nyckeltal N1). Lägg till ett mål.',
                'Nämnden BUN har inga mål för `KlararSkolan` (nyckeltal N1). Lägg till ett mål.',
                'Filen /home/anna/modell/data/extra.csv (se /home/anna/xy) används inte (kommun 1881).'
            ],
            [
                'Nämnden ”Barn- och utbildningsnämnden” har inga mål för ”Fler elever klarar skolan”.',
                'Filen extra.csv används inte.'
            ]
        ],
        [
            'a Windows path, parentheses right after a word, spaces and lines in a row',
            ['Filen C:\\modell\\data\\extra.csv(se a/bc)  används\n  inte(nyckeltal N1) än.'],
            ['Filen extra.csv används inte än.']
        ],
        [
            'every kind, in order: missing values, goals not followed up, the rest',
            [
                'Något annat gäller modellen.',
                'Inget följer upp fullmäktigemålet GodEkonomi: det har inga mått.',
                'Måttet Svar har inget värde för 2019.'
            ],
            [
                'Måttet ”Svar inom en dag” har inget värde för 2019 och visas som saknas.',
                'Fullmäktigemålet ”God ekonomi” följs inte upp av något mått eller nämndmål.',
                'Något annat gäller modellen.'
            ]
        ]
    ])('warnings: %s', (_name, messages, expected) => {
        const input = warned(...messages);
        expect(items(input)).toEqual([['Anmärkningar om modellen', ...expected]]);
        expect(qualityNotes(input).count).toBe(expected.length);
    });

    it('says a year the data does not cover once, instead of each measure without a value', () => {
        const input = warned('Måttet Saknad har inget värde för 2020.', 'Måttet Svar har inget värde för 2020.');
        const empty = {
            ...input.results[1]!,
            year: 2020,
            measures: input.results[1]!.measures.map(m => ({ ...m, value: null }))
        };
        const later = { ...input, results: [...input.results, empty], year: 2020 };
        expect(items(later)).toEqual([
            ['Anmärkningar om modellen', 'Data finns för 2018–2019; 2020 saknas för alla mått.']
        ]);
    });

    it('says nothing of a year the data does not cover when no measure is said to lack a value', () => {
        const input = warned();
        const empty = {
            ...input.results[1]!,
            year: 2020,
            measures: input.results[1]!.measures.map(m => ({ ...m, value: null }))
        };
        expect(qualityNotes({ ...input, results: [...input.results, empty], year: 2020 }).sections).toEqual([]);
    });

    const problem = (file: string, init: Partial<DataProblem> = {}): DataProblem => ({
        code: 'data-csv-invalid',
        file,
        line: 0,
        message: 'Filen kan inte läsas som CSV. Spara den igen.',
        severity: 'error',
        ...init
    });

    it.each<[string, string, Partial<DataProblem>, string[], string]>([
        [
            'in the model’s folder, no place, no measure lacking',
            '/models/data/a.csv',
            {},
            [],
            'Datafilen data/a.csv kunde inte läsas: Filen kan inte läsas som CSV. Inget mått saknar värde för 2019 därför.'
        ],
        [
            'outside the model’s folder: its name alone, a row and a column, one measure lacking',
            '/other/place/b.csv',
            { line: 4, column: '2019' },
            ['Elevenkät: trygghet'],
            'Datafilen b.csv kunde inte läsas (rad 4, kolumn 2019): Filen kan inte läsas som CSV. Därför saknar ”Elevenkät: trygghet” värde för 2019.'
        ],
        [
            'a Windows path, two measures lacking',
            'C:\\data\\c.csv',
            { message: 'Trasig fil .  ' },
            ['Svar inom en dag', 'Antal synpunkter'],
            'Datafilen c.csv kunde inte läsas: Trasig fil. Därför saknar ”Svar inom en dag” och ”Antal synpunkter” värde för 2019.'
        ]
    ])('a data file: %s', (_name, file, init, lacking, sentence) => {
        const input = fixtureInput();
        input.dataGaps = [
            {
                file,
                problem: problem(file, init),
                measures: lacking.map(title => ({ goal: 'G', id: 'M', title }))
            }
        ];
        expect(items(input)).toEqual([['Data som inte kunde läsas', sentence]]);
        expect(qualityNotes(input).count).toBe(1);
    });

    /** The fixture with the 2019 bases of the measures of these titles changed by `change`. */
    function lone(titles: string[], change: Partial<BaseResult>): RenderInput {
        const input = warned();
        input.warnings = [
            {
                file: '/models/test.styr',
                line: 7,
                code: DiagnosticCodes.singleMunicipalityData,
                message: '`rang i Grannar` jämför med bara en kommun: datan för 2019 har värden för en enda kommun.'
            }
        ];
        const year = input.results.find(r => r.year === 2019)!;
        year.measures = year.measures.map(m =>
            titles.includes(m.title) ? { ...m, bases: [{ ...m.bases[0]!, ...change }] } : m
        );
        return input;
    }

    it.each<[string, string[], Partial<BaseResult>, string[]]>([
        [
            'a rank of one municipality',
            ['Svar inom en dag'],
            { ranked: 1, rank: 1 },
            [
                'Måttet ”Svar inom en dag” jämförs med andra kommuner, men datan för 2019 har värden för bara en kommun, så jämförelsen säger inget.'
            ]
        ],
        [
            'a computed mean of one municipality, and a rank, in two measures',
            ['Svar inom en dag', 'Antal synpunkter'],
            { mean: { value: 3, count: 1 } },
            [
                '2 mått jämförs med andra kommuner, men datan för 2019 har värden för bara en kommun, så jämförelsen säger inget: ”Svar inom en dag” och ”Antal synpunkter”.'
            ]
        ],
        // A typed mean (`medel 2019 …`) is the model's number, not a comparison that found one municipality.
        [
            'a typed mean',
            ['Svar inom en dag'],
            {
                mean: {
                    value: 3,
                    count: 1,
                    origin: {
                        kind: 'model',
                        block: 'medel',
                        location: { file: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 }
                    }
                }
            },
            []
        ],
        ['a rank among several', ['Svar inom en dag'], { ranked: 2, rank: 1 }, []]
    ])(
        'a comparison that found only the municipality itself: %s, never the model’s base',
        (_n, titles, change, said) => {
            const input = lone(titles, change);
            expect(items(input)).toEqual(said.length > 0 ? [['Anmärkningar om modellen', ...said]] : []);
            expect(JSON.stringify(qualityNotes(input))).not.toMatch(/rang i|Grannar|`/);
        }
    );

    it.each<[string, number, string, string]>([
        [
            'a line in a measure',
            12,
            'Villkoret går mot måttets riktning. Byt.',
            'Villkoret går mot måttets riktning (måttet ”Nöjda brukare”).'
        ],
        [
            'a line of the goal outside its measures',
            6,
            'Bara fullmäktigemål kan vara kommunövergripande',
            'Bara fullmäktigemål kan vara kommunövergripande (målet ”Trygg omsorg”).'
        ],
        [
            'a sentence that names the measure already',
            11,
            'Måttet `M` väger mer än alla andra.',
            'Måttet ”Nöjda brukare” väger mer än alla andra.'
        ],
        ['a line outside every goal', 30, 'Gränsen 0,5 ser ut som en andel!', 'Gränsen 0,5 ser ut som en andel!'],
        ['the measure’s first line', 10, 'Dubbel rad', 'Dubbel rad (måttet ”Nöjda brukare”).'],
        ['the measure’s last line', 14, 'Dubbel rad', 'Dubbel rad (måttet ”Nöjda brukare”).'],
        ['the goal’s first line', 5, 'Dubbel rad', 'Dubbel rad (målet ”Trygg omsorg”).'],
        ['the goal’s last line', 20, 'Dubbel rad', 'Dubbel rad (målet ”Trygg omsorg”).'],
        ['the line after the goal', 21, 'Dubbel rad', 'Dubbel rad']
    ])('names the goal or measure a warning is in when its sentence does not: %s', (_name, line, message, sentence) => {
        const input = fixtureInput();
        const nöjda = { ...measure('M', { title: 'Nöjda brukare' }), location: { ...loc(10), endLine: 14 } };
        input.view = model({
            goals: [goal('G', { title: 'Trygg omsorg', location: { ...loc(5), endLine: 20 } }, [nöjda])]
        });
        input.warnings = [{ file: MODEL_FILE, line, code: 'x', message }];
        expect(items(input)).toEqual([['Anmärkningar om modellen', sentence]]);
        // The same line of another file is in no goal of this model.
        input.warnings = [{ file: '/models/annan.styr', line, code: 'x', message }];
        expect(JSON.stringify(items(input))).not.toMatch(/\((måttet|målet) ”/);
    });

    it('counts the data files and the warnings together', () => {
        const input = warned('Något annat gäller modellen.', 'Något mer.');
        input.dataGaps = [{ file: '/models/a.csv', problem: problem('/models/a.csv'), measures: [] }];
        expect(qualityNotes(input).count).toBe(3);
        expect(qualityLine(qualityNotes(input))).toBe('3 anmärkningar om underlaget, se bilagan.');
    });
});

describe('qualityLine', () => {
    it.each<[number, string | undefined]>([
        [0, undefined],
        [1, '1 anmärkning om underlaget, se bilagan.'],
        [2, '2 anmärkningar om underlaget, se bilagan.'],
        [12, '12 anmärkningar om underlaget, se bilagan.']
    ])('%i notes', (count, line) => {
        expect(qualityLine({ heading: QUALITY_HEADING, intro: INTRO, sections: [], count })).toBe(line);
    });
});

describe('yearOutsideData', () => {
    const input = fixtureInput();
    const emptied = (year: number) => ({
        ...input.results[1]!,
        year,
        measures: input.results[1]!.measures.map(m => ({ ...m, value: null }))
    });

    it.each<[string, RenderInput, number | undefined, string | undefined]>([
        ['a year with values', input, undefined, undefined],
        ['a year not among the results', input, 2030, undefined],
        [
            'a year without any value after two with values',
            { ...input, results: [...input.results, emptied(2030)] },
            2030,
            'Data finns för 2018–2019; 2030 saknas för alla mått.'
        ],
        [
            'one year with values',
            { ...input, results: [input.results[1]!, emptied(2030)] },
            2030,
            'Data finns för 2019; 2030 saknas för alla mått.'
        ],
        ['no year with values', { ...input, results: [emptied(2019), emptied(2030)] }, 2030, undefined],
        [
            'a year without measures',
            { ...input, results: [...input.results, { ...emptied(2030), measures: [] }] },
            2030,
            undefined
        ]
    ])('%s', (_name, value, year, sentence) => {
        expect(yearOutsideData(value, year)).toBe(sentence);
    });

    it('takes the report’s year by default', () => {
        const later = { ...input, results: [...input.results, emptied(2030)], year: 2030 };
        expect(yearOutsideData(later)).toBe('Data finns för 2018–2019; 2030 saknas för alla mått.');
    });
});
