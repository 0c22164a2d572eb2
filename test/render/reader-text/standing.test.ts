/**
 * How the municipality stands among the others (READERS.md 4), pinned word for word: every sentence of
 * `standingText` for each optional part present and absent, the shared decimals and what sets them, the order
 * and places of *Visa som tabell* (ties, direction, rounding) and the Word report's short table.
 */
import { describe, expect, it } from 'vitest';
import type { Standing } from '../../../src/fulfilment/result.js';
import {
    standingDecimals,
    standingOrder,
    standingRows,
    standingSentences,
    standingSummaryRows,
    standingText
} from '../../../src/render/reader-text/standing.js';
import { standing } from '../standing-fixture.js';

const NBSP = '\u00a0';
/** The expected texts with `_` for the no-break space before a unit, so the rows stay readable. */
const nb = (text: string) => text.replaceAll('_', NBSP);

const GROUP: NonNullable<Standing['group']> = {
    id: 'Grannar',
    title: 'Grannkommuner',
    members: [
        { code: '1881', value: 75, name: 'Kumla' },
        { code: '1880', value: 70 },
        { code: '1885', value: null }
    ]
};

describe('standingDecimals: the decimals every number of one standing shares', () => {
    it.each<[string, Partial<Standing>, number]>([
        ['whole values and median', {}, 1],
        ['whole values', { values: [60, 70, 75, 80, 90] }, 0],
        ['a median with a decimal', { values: [60, 70, 75, 80, 90], median: 75.5 }, 1],
        ['Riket with two decimals', { values: [60, 70, 75, 80, 90], national: 74.25 }, 2],
        ['Riket whole', { values: [60, 70, 75, 80, 90], national: 74 }, 0],
        [
            'a group member with two decimals, one without a value',
            {
                values: [60, 70, 75, 80, 90],
                group: {
                    id: 'G',
                    members: [
                        { code: '1880', value: 70.25 },
                        { code: '1885', value: null }
                    ]
                }
            },
            2
        ],
        ['kvinnor with three decimals', { values: [60, 70, 75, 80, 90], genders: { women: 78.125, men: 72 } }, 2],
        ['män with one decimal', { values: [60, 70, 75, 80, 90], genders: { women: 78, men: 72.5 } }, 1]
    ])('%s: %s', (_name, init, decimals) => {
        // Fresh arrays: the decimals of a values array are remembered per array.
        const s = standing(init);
        expect(standingDecimals({ ...s, values: [...s.values] })).toBe(decimals);
    });
});

describe('standingText: each sentence, with and without its part', () => {
    it('says the own value, the range and nothing else for a standing with no optional parts', () => {
        expect(standingText(standing(), '%')).toEqual({
            own: nb('Kumla kommun (1881) har 75,0_% 2019.'),
            range: nb(
                'Lägst 60,0_% (Nora kommun (1884)), median 75,0_%, högst 90,5_% (Askersunds kommun (1882)), bland 5 kommuner med värde.'
            )
        });
    });

    it.each<[string, Partial<Standing>, string | undefined]>([
        ['higher, rank 1', { direction: 'higher', rank: 1 }, 'Plats 1 av 5, där plats 1 är bäst (högst värde).'],
        ['lower, last', { direction: 'lower', rank: 5 }, 'Plats 5 av 5, där plats 1 är bäst (lägst värde).'],
        ['a rank without a direction', { rank: 3 }, undefined],
        ['a direction without a rank', { direction: 'higher' }, undefined],
        [
            'grouped thousands',
            { direction: 'higher', rank: 1234, count: 12345 },
            `Plats 1234 av 12${NBSP}345, där plats 1 är bäst (högst värde).`
        ]
    ])('rank: %s', (_name, init, rank) => {
        expect(standingText(standing(init), '%').rank).toBe(rank);
    });

    it.each<[string, Partial<Standing>, string | undefined]>([
        ['absent', {}, undefined],
        ['present', { national: 74 }, nb('Riket: 74,0_%.')],
        ['zero', { national: 0 }, nb('Riket: 0,0_%.')]
    ])('Riket: %s', (_name, init, national) => {
        expect(standingText(standing(init), '%').national).toBe(national);
    });

    it.each<[string, Partial<Standing>, string | undefined]>([
        ['absent', {}, undefined],
        [
            'titled, with a member without a value',
            { group: GROUP },
            nb(
                'Grannkommuner: Kumla kommun (1881) 75,0_%, Örebro kommun (1880) 70,0_% och Lindesbergs kommun (1885) saknar värde.'
            )
        ],
        [
            'without a title: named by its id',
            { group: { id: 'Grannar', members: [{ code: '1880', value: 70, name: 'Örebro' }] } },
            nb('Grannar: Örebro kommun (1880) 70,0_%.')
        ],
        [
            'a member no list names',
            { group: { id: 'Grannar', title: 'Grannkommuner', members: [{ code: '9999', value: 0 }] } },
            nb('Grannkommuner: kommunkod 9999 0,0_%.')
        ]
    ])('group: %s', (_name, init, group) => {
        expect(standingText(standing(init), '%').group).toBe(group);
    });

    it.each<[string, Partial<Standing>, string | undefined]>([
        ['absent', {}, undefined],
        ['present', { genders: { women: 78, men: 72.5 } }, nb('Kvinnor 78,0_%, män 72,5_% (totalt 75,0_%).')]
    ])('kvinnor and män: %s', (_name, init, genders) => {
        expect(standingText(standing(init), '%').genders).toBe(genders);
    });

    it('names municipalities from the data when it names them, else from the list, and goes without a unit', () => {
        const text = standingText(
            standing({
                own: { code: '1881', value: 75 },
                lowest: { code: '1884', value: 60, name: 'Bergslagen' },
                highest: { code: '9999', value: 90.5 }
            })
        );
        expect(text.own).toBe('Kumla kommun (1881) har 75,0 2019.');
        expect(text.range).toBe(
            'Lägst 60,0 (Bergslagens kommun (1884)), median 75,0, högst 90,5 (kommunkod 9999), bland 5 kommuner med värde.'
        );
    });
});

describe('standingSentences: the reading order', () => {
    it.each<[string, Partial<Standing>, string[]]>([
        [
            'every part',
            { direction: 'higher', rank: 3, national: 74, group: GROUP, genders: { women: 78, men: 72 } },
            ['own', 'rank', 'genders', 'range', 'national', 'group']
        ],
        ['only the required', {}, ['own', 'range']],
        ['rank and Riket', { direction: 'lower', rank: 3, national: 74 }, ['own', 'rank', 'range', 'national']]
    ])('%s', (_name, init, parts) => {
        const text = standingText(standing(init), '%');
        expect(standingSentences(text)).toEqual(parts.map(p => text[p as keyof typeof text]));
    });
});

describe('standingOrder: best first, ties by code', () => {
    const s = (init: Partial<Standing>) => standing({ codes: ['1884', '1880', '1881', '1883'], ...init });
    it.each<[string, Partial<Standing>, number[]]>([
        ['higher: highest first', { direction: 'higher', values: [60, 70, 75, 80] }, [3, 2, 1, 0]],
        ['lower: lowest first', { direction: 'lower', values: [60, 70, 75, 80] }, [0, 1, 2, 3]],
        ['no direction: lowest first', { values: [80, 70, 75, 60] }, [3, 1, 2, 0]],
        ['higher, a tie: the lower code first', { direction: 'higher', values: [80, 70, 80, 60] }, [2, 0, 1, 3]],
        ['lower, a tie: the lower code first', { direction: 'lower', values: [60, 70, 60, 80] }, [2, 0, 1, 3]],
        [
            'a tie within rounding (0,1 + 0,2 and 0,3)',
            { direction: 'higher', values: [0.1 + 0.2, 0.3, 0.2, 0.1] },
            [1, 0, 2, 3]
        ]
    ])('%s', (_name, init, order) => {
        expect(standingOrder(s(init))).toEqual(order);
    });
});

describe('standingRows: every municipality, with places that ties share', () => {
    const row = (place: number | undefined, code: string, name: string, value: string, own = false, member = false) =>
        place === undefined
            ? { code, name, value: nb(value), own, member }
            : { place, code, name, value: nb(value), own, member };

    it.each<[string, Partial<Standing>, ReturnType<typeof row>[]]>([
        [
            'higher, two tied at the top, a member',
            {
                direction: 'higher',
                rank: 3,
                values: [60, 70, 75, 90.5, 90.5],
                group: { id: 'G', members: [{ code: '1880', value: 70, name: 'Örebro' }] }
            },
            [
                row(1, '1882', 'Askersunds kommun (1882)', '90,5_%'),
                row(1, '1883', 'Karlskoga kommun (1883)', '90,5_%'),
                row(3, '1881', 'Kumla kommun (1881)', '75,0_%', true),
                row(4, '1880', 'Örebro kommun (1880)', '70,0_%', false, true),
                row(5, '1884', 'Nora kommun (1884)', '60,0_%')
            ]
        ],
        [
            'lower, tied within rounding in the middle, the own one a member',
            {
                direction: 'lower',
                rank: 2,
                values: [60, 0.1 + 0.2, 0.3, 80, 90.5],
                group: { id: 'G', members: [{ code: '1881', value: 0.3 }] }
            },
            [
                row(1, '1880', 'Örebro kommun (1880)', '0,3_%'),
                row(1, '1881', 'Kumla kommun (1881)', '0,3_%', true, true),
                row(3, '1884', 'Nora kommun (1884)', '60,0_%'),
                row(4, '1883', 'Karlskoga kommun (1883)', '80,0_%'),
                row(5, '1882', 'Askersunds kommun (1882)', '90,5_%')
            ]
        ],
        [
            'no direction: lowest first, no places',
            {},
            [
                row(undefined, '1884', 'Nora kommun (1884)', '60,0_%'),
                row(undefined, '1880', 'Örebro kommun (1880)', '70,0_%'),
                row(undefined, '1881', 'Kumla kommun (1881)', '75,0_%', true),
                row(undefined, '1883', 'Karlskoga kommun (1883)', '80,0_%'),
                row(undefined, '1882', 'Askersunds kommun (1882)', '90,5_%')
            ]
        ]
    ])('%s', (_name, init, rows) => {
        const s = standing(init);
        expect(standingRows({ ...s, values: [...s.values] }, '%')).toStrictEqual(rows);
    });

    it('names the extremes and the own municipality by the data’s names, the others from the list', () => {
        const s = standing({
            own: { code: '1881', value: 75, name: 'Kumla stad' },
            lowest: { code: '1884', value: 60, name: 'Bergslagen' },
            highest: { code: '1882', value: 90.5, name: 'Exempelby' },
            values: [60, 70, 75, 80, 90.5]
        });
        expect(standingRows(s).map(r => r.name)).toEqual([
            'Bergslagens kommun (1884)',
            'Örebro kommun (1880)',
            'Kumla stad (1881)',
            'Karlskoga kommun (1883)',
            'Exempelby kommun (1882)'
        ]);
    });

    it('shares (freezes) only the rows of municipalities neither the own nor a member', () => {
        const s = standing({
            lowest: { code: '1884', value: 60, name: 'Bergslagen' },
            highest: { code: '1882', value: 90.5, name: 'Exempelby' },
            values: [60, 70, 75, 80, 90.5],
            group: {
                id: 'G',
                members: [
                    { code: '1884', value: 60, name: 'Bergslagen' },
                    { code: '1882', value: 90.5, name: 'Exempelby' }
                ]
            }
        });
        const rows = standingRows(s);
        expect(rows.map(r => [r.name, r.member, Object.isFrozen(r)])).toEqual([
            ['Bergslagens kommun (1884)', true, false],
            ['Örebro kommun (1880)', false, true],
            ['Kumla kommun (1881)', false, false],
            ['Karlskoga kommun (1883)', false, true],
            ['Exempelby kommun (1882)', true, false]
        ]);
    });
});

describe('standingSummaryRows: the Word report’s short table', () => {
    const row = (label: string, value: string, place?: string, own = false) =>
        place === undefined ? { label, value: nb(value), own } : { label, value: nb(value), place, own };

    it.each<[string, Partial<Standing>, ReturnType<typeof row>[]]>([
        [
            'with a direction, a group (the own one among its members, one without a value) and Riket',
            { direction: 'higher', rank: 3, national: 74, group: GROUP },
            [
                row('Kumla kommun (1881) (vår kommun)', '75,0_%', '3 av 5', true),
                row('Örebro kommun (1880) (Grannkommuner)', '70,0_%', '4 av 5'),
                row('Lindesbergs kommun (1885) (Grannkommuner)', 'saknar värde'),
                row('Riket', '74,0_%'),
                row('Median', '75,0_%'),
                row('Högst: Askersunds kommun (1882)', '90,5_%', '1 av 5'),
                row('Lägst: Nora kommun (1884)', '60,0_%', '5 av 5')
            ]
        ],
        [
            'without a direction, an untitled group, no Riket',
            { group: { id: 'Grannar', members: [{ code: '1883', value: 80.25 }] } },
            [
                row('Kumla kommun (1881) (vår kommun)', '75,00_%', undefined, true),
                row('Karlskoga kommun (1883) (Grannar)', '80,25_%'),
                row('Median', '75,00_%'),
                row('Högst: Askersunds kommun (1882)', '90,50_%'),
                row('Lägst: Nora kommun (1884)', '60,00_%')
            ]
        ],
        [
            'lower is better, no group',
            { direction: 'lower', rank: 3 },
            [
                row('Kumla kommun (1881) (vår kommun)', '75,0_%', '3 av 5', true),
                row('Median', '75,0_%'),
                row('Högst: Askersunds kommun (1882)', '90,5_%', '5 av 5'),
                row('Lägst: Nora kommun (1884)', '60,0_%', '1 av 5')
            ]
        ]
    ])('%s', (_name, init, rows) => {
        const s = standing(init);
        expect(standingSummaryRows({ ...s, values: [...s.values] }, '%')).toStrictEqual(rows);
    });
});
