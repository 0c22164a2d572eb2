import { describe, expect, it } from 'vitest';
import type { DataLookup } from '../../src/data/data-api.js';
import { baseCauseText, type Cause } from '../../src/fulfilment/cause.js';
import { computeMeasure } from '../../src/fulfilment/compute.js';
import type { BaseResult } from '../../src/fulfilment/result.js';
import type { PeerGroupView } from '../../src/model/model-view.js';
import {
    DATA_FILE,
    goal,
    type MeasureInit,
    measure,
    memoryData,
    model,
    peerGroup,
    points,
    type Row,
    rowsFor
} from './helpers.js';

const YEAR = 2019;

/** Kumla (1881) at 80 among six municipalities; Riket 75; a region (0010) that must never be ranked. */
const ROWS: Row[] = [
    ...rowsFor('K', YEAR, [
        ['1881', 80],
        ['0114', 90],
        ['0115', 85],
        ['0117', 85],
        ['0120', 70],
        ['0125', 60],
        ['0000', 75],
        ['0010', 99]
    ]),
    ['K', '1881', 2018, 78],
    // Gender series: women and men differ from the total.
    ...rowsFor(
        'K',
        YEAR,
        [
            ['1881', 70],
            ['0114', 60],
            ['0115', 75],
            ['0000', 65]
        ],
        'K'
    )
];

const GROUPS: PeerGroupView[] = [
    peerGroup('Grannar', ['0114', '0120', '9999']),
    peerGroup('MedOss', ['1881', '0114']),
    peerGroup('Tomma', []),
    peerGroup('UtanData', ['9998', '9999']),
    peerGroup('Kolada', [], ['G1']),
    peerGroup('OkändKolada', ['0114'], ['G404'])
];

/** Computes one base of a measure by putting it in a `hel` condition. */
function base(
    baseText: string,
    init: MeasureInit = {},
    options: { rows?: Row[]; municipality?: string; data?: DataLookup } = {}
): BaseResult {
    const m = measure('M', { kpi: 'K', direction: 'higher', full: `${baseText} >= 0`, ...init });
    const view = model({
        municipality: options.municipality ?? '1881',
        groups: GROUPS,
        goals: [goal('G', {}, [m])]
    });
    const data = options.data ?? memoryData(options.rows ?? ROWS, { G1: ['0114', '0115'] });
    const result = computeMeasure(view, data, YEAR, view.goals[0]!.measures[0]!);
    return result.bases[0]!;
}

describe('bases', () => {
    it.each<[string, string, MeasureInit, Partial<BaseResult>]>([
        [
            'värde from data',
            'värde',
            {},
            { value: 80, own: { year: YEAR, value: 80, origin: { kind: 'data', file: DATA_FILE, line: 2 } } }
        ],
        ['rang, higher is better', 'rang', {}, { value: 4, rank: 4, ranked: 6 }],
        ['rang, lower is better', 'rang', { direction: 'lower' }, { value: 3, rank: 3, ranked: 6 }],
        ['kvartil', 'kvartil', {}, { value: 3, rank: 4, ranked: 6, quartile: 3 }],
        [
            'rang in a group: members with data plus the municipality itself',
            'rang i Grannar',
            {},
            {
                value: 2,
                rank: 2,
                ranked: 3,
                group: {
                    id: 'Grannar',
                    members: ['0114', '0120', '9999', '1881'],
                    withValue: ['0114', '0120', '1881'],
                    withoutValue: ['9999']
                }
            }
        ],
        ['kvartil in a group', 'kvartil i Grannar', {}, { value: 3, rank: 2, ranked: 3, quartile: 3 }],
        ['rang in a Kolada group', 'rang i Kolada', {}, { value: 3, rank: 3, ranked: 3 }],
        [
            'skillnad mot riket from data code 0000',
            'skillnad mot riket',
            {},
            {
                value: 5,
                national: { year: YEAR, value: 75, origin: { kind: 'data', file: DATA_FILE, line: 8 } }
            }
        ],
        [
            'skillnad mot riket from riket { }, overriding data',
            'skillnad mot riket',
            { national: points({ 2019: 82 }) },
            {
                value: -2,
                national: {
                    year: YEAR,
                    value: 82,
                    origin: { kind: 'model', block: 'riket', location: expect.objectContaining({ line: 20 }) }
                }
            }
        ],
        [
            'skillnad mot medel: mean of municipalities only (no Riket, no region)',
            'skillnad mot medel',
            {},
            {
                value: 1.6666666667,
                mean: { value: 470 / 6, count: 6 }
            }
        ],
        [
            'skillnad mot medel from medel { }, overriding data',
            'skillnad mot medel',
            { mean: points({ 2019: 79 }) },
            {
                value: 1,
                mean: { value: 79, origin: expect.objectContaining({ kind: 'model', block: 'medel' }) }
            }
        ],
        [
            'skillnad mot a group: members with data only, own municipality not listed',
            'skillnad mot Grannar',
            {},
            {
                value: 0,
                mean: { value: 80, count: 2 },
                group: {
                    id: 'Grannar',
                    members: ['0114', '0120', '9999'],
                    withValue: ['0114', '0120'],
                    withoutValue: ['9999']
                }
            }
        ],
        [
            'skillnad mot a group that lists the municipality',
            'skillnad mot MedOss',
            {},
            { value: -5, mean: { value: 85, count: 2 } }
        ],
        [
            'förändring',
            'förändring',
            {},
            {
                value: 2,
                previous: { year: 2018, value: 78, origin: { kind: 'data', file: DATA_FILE, line: 10 } }
            }
        ],
        [
            'förändring from utfall (data not consulted)',
            'förändring',
            { actual: points({ 2018: 7.2, 2019: 6.8 }) },
            {
                value: -0.4,
                previous: {
                    year: 2018,
                    value: 7.2,
                    origin: expect.objectContaining({ kind: 'model', block: 'utfall' })
                }
            }
        ],
        [
            'värde from utfall, overriding data',
            'värde',
            { actual: points({ 2019: 95 }) },
            {
                value: 95,
                own: {
                    year: YEAR,
                    value: 95,
                    origin: { kind: 'model', block: 'utfall', location: expect.objectContaining({ line: 20 }) }
                }
            }
        ],
        [
            'rang with utfall: the typed value replaces the own data value',
            'rang',
            { actual: points({ 2019: 95 }) },
            { value: 1, ranked: 6 }
        ],
        [
            'skillnad mot medel with utfall: the typed value replaces the own data value',
            'skillnad mot medel',
            { actual: points({ 2019: 92 }) },
            {
                mean: { value: 482 / 6, count: 6 }
            }
        ],
        ['gender series: kvinnor', 'värde', { gender: 'K' }, { value: 70 }],
        ['gender series: rang among kvinnor', 'rang', { gender: 'K' }, { value: 2, ranked: 3 }],
        ['gender series: riket for kvinnor', 'skillnad mot riket', { gender: 'K' }, { value: 5 }]
    ])('%s', (_name, baseText, init, expected) => {
        expect(base(baseText, init)).toMatchObject({ text: baseText.replace(/ >=.*/, ''), ...expected });
    });

    it.each<[string, string, MeasureInit, string]>([
        ['a missing own value', 'värde', { kpi: 'Saknas' }, 'inget värde för 2019 (värde)'],
        ['a missing own value makes rang undecidable too', 'rang', { kpi: 'Saknas' }, 'inget värde för 2019 (rang)'],
        [
            'utfall without the year (data has it, but is not consulted)',
            'värde',
            { actual: points({ 2018: 1 }) },
            'inget utfall för 2019 (värde)'
        ],
        [
            'neither nyckeltal nor utfall',
            'värde',
            { kpi: undefined },
            'måttet har varken nyckeltal eller utfall (värde)'
        ],
        ['a missing previous year', 'förändring', { actual: points({ 2019: 1 }) }, 'inget värde för 2018 (förändring)'],
        [
            'rang without a direction',
            'rang',
            { direction: undefined },
            'riktning saknas: ange högre är bättre eller lägre är bättre (rang)'
        ],
        [
            'kvartil without a direction',
            'kvartil',
            { direction: undefined },
            'riktning saknas: ange högre är bättre eller lägre är bättre (kvartil)'
        ],
        [
            'rang with utfall but no nyckeltal',
            'rang',
            { kpi: undefined, actual: points({ 2019: 1 }) },
            'måttet har inget nyckeltal att jämföra med andra kommuner (rang)'
        ],
        [
            'riket { } without the year: no fallback to data',
            'skillnad mot riket',
            { national: points({ 2018: 70 }) },
            'inget riksvärde för 2019 i riket { } (skillnad mot riket)'
        ],
        [
            'no national value in data',
            'skillnad mot riket',
            { gender: 'M', actual: points({ 2019: 1 }) },
            'inget riksvärde för 2019 (skillnad mot riket)'
        ],
        [
            'medel { } without the year',
            'skillnad mot medel',
            { mean: points({ 2018: 70 }) },
            'inget medelvärde för 2019 i medel { } (skillnad mot medel)'
        ],
        [
            'a group where no member has data',
            'skillnad mot UtanData',
            {},
            'ingen kommun i UtanData har ett värde för 2019 (skillnad mot UtanData)'
        ],
        ['an empty group', 'rang i Tomma', {}, 'jämförelsegruppen Tomma har inga kommuner (rang i Tomma)'],
        ['an unknown group', 'rang i Finns', {}, 'okänd jämförelsegrupp Finns (rang i Finns)'],
        [
            'a Kolada group whose members are not loaded',
            'rang i OkändKolada',
            {},
            'medlemmarna i Kolada-gruppen G404 är inte inlästa (rang i OkändKolada)'
        ]
    ])('undecidable: %s', (_name, baseText, init, reason) => {
        const result = base(baseText, init);
        expect(result.value).toBeNull();
        // The planner's hover says the cause in the model's words, with the base as written.
        expect(baseCauseText(result)).toBe(reason);
    });

    const TIES = rowsFor('T', YEAR, [
        ['0001', 0],
        ['0114', 90],
        ['0115', 85],
        ['0117', 85],
        ['0120', 80]
    ]);
    it.each([
        ['0114', 'higher', 1],
        ['0115', 'higher', 2],
        ['0117', 'higher', 2],
        ['0120', 'higher', 4],
        ['0120', 'lower', 1],
        ['0115', 'lower', 2],
        ['0117', 'lower', 2],
        ['0114', 'lower', 4]
    ] as const)('ties share the better rank: %s, %s is better → %i', (code, direction, rank) => {
        expect(base('rang', { kpi: 'T', direction }, { rows: TIES, municipality: code })).toMatchObject({
            rank,
            ranked: 4
        });
    });

    it('ranks values equal after rounding to 10 decimals as ties', () => {
        const rows = rowsFor('F', YEAR, [
            ['0114', 0.1 + 0.2],
            ['1881', 0.3]
        ]);
        expect(base('rang', { kpi: 'F' }, { rows })).toMatchObject({ rank: 1, ranked: 2 });
    });

    // N = 8: rank 2 is exactly N/4 and still the first quartile; N = 10 and N = 266 do not divide by 4.
    const ranked = (n: number) =>
        rowsFor(
            'Q',
            YEAR,
            Array.from({ length: n }, (_, i) => [String(1000 + i), n - i] as [string, number])
        );
    it.each([
        [8, 1, 1],
        [8, 2, 1],
        [8, 3, 2],
        [8, 4, 2],
        [8, 5, 3],
        [8, 6, 3],
        [8, 7, 4],
        [8, 8, 4],
        [10, 2, 1],
        [10, 3, 2],
        [10, 5, 2],
        [10, 6, 3],
        [10, 8, 4],
        [266, 50, 1],
        [266, 66, 1],
        [266, 67, 2],
        // The formula as written: alone is ceil(4 · 1 / 1) = 4 (the data checks warn about a single value).
        [2, 1, 2],
        [1, 1, 4]
    ])('kvartil with N = %i at rank %i → %i', (n, rank, quartile) => {
        const rows = ranked(n);
        const code = rows[rank - 1]![1];
        expect(base('kvartil', { kpi: 'Q' }, { rows, municipality: code })).toMatchObject({
            rank,
            ranked: n,
            quartile,
            value: quartile
        });
    });

    it('ranks the typed value of a municipality missing from data among the others', () => {
        expect(base('rang', { actual: points({ 2019: 88 }) }, { municipality: '1999' })).toMatchObject({
            rank: 2,
            ranked: 7
        });
    });
});

describe('an undecidable base still reports the measure’s own value', () => {
    const OWN = { year: YEAR, value: 80, origin: { kind: 'data', file: DATA_FILE, line: 2 } };
    const withoutNational = ROWS.filter(([, code]) => code !== '0000');
    const withoutLastYear = ROWS.filter(([, , year]) => year === YEAR);
    it.each<[string, string, MeasureInit, Row[] | undefined, Cause]>([
        ['a rank without a direction', 'rang', { direction: undefined }, undefined, { kind: 'noDirection' }],
        ['a quartile without a direction', 'kvartil', { direction: undefined }, undefined, { kind: 'noDirection' }],
        [
            'the nation’s value missing',
            'skillnad mot riket',
            {},
            withoutNational,
            { kind: 'noNationalValue', year: 2019, typed: false }
        ],
        [
            'a group with no values',
            'skillnad mot UtanData',
            {},
            undefined,
            { kind: 'noValueInGroup', group: 'UtanData', year: 2019 }
        ],
        ['an empty group', 'skillnad mot Tomma', {}, undefined, { kind: 'noValueInGroup', group: 'Tomma', year: 2019 }],
        ['a rank in an empty group', 'rang i Tomma', {}, undefined, { kind: 'emptyGroup', group: 'Tomma' }],
        [
            'a rank in a group of unknown Kolada members',
            'rang i OkändKolada',
            {},
            undefined,
            { kind: 'koladaGroupNotLoaded', koladaGroup: 'G404' }
        ],
        [
            'a difference to a group of unknown Kolada members',
            'skillnad mot OkändKolada',
            {},
            undefined,
            { kind: 'koladaGroupNotLoaded', koladaGroup: 'G404' }
        ],
        ['no målvärde', 'skillnad mot målvärde', {}, undefined, { kind: 'noTarget', year: 2019 }],
        ['no value the year before', 'förändring', {}, withoutLastYear, { kind: 'noValue', year: 2018, typed: false }]
    ])('%s', (_name, text, init, rows, cause) => {
        const result = base(text, init, rows ? { rows } : {});
        expect(result.value).toBeNull();
        expect(result.own).toEqual(OWN);
        expect(result.cause).toEqual(cause);
    });
});
