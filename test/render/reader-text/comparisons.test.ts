/**
 * What a measure's comparisons came to, beside its value, pinned word for word for every base: the place with
 * and without how many were ranked, the quartile, each difference above, below and level (procentenhet in the
 * singular at exactly 1, grouped thousands, decimal comma) with and without its reference, and the change.
 */
import { describe, expect, it } from 'vitest';
import type { BaseResult, MeasureResult } from '../../../src/fulfilment/result.js';
import type { Base } from '../../../src/model/model-view.js';
import { comparisonLine, comparisonLines } from '../../../src/render/reader-text/index.js';
import { loc, model, peerGroup } from '../../fulfilment/helpers.js';

const origin = { kind: 'data', file: '/models/data.csv', line: 2 } as const;
const sourced = (value: number, year = 2019) => ({ year, value, origin });
const groupTitle = (id: string) => (id === 'Grannar' ? 'grannkommunerna' : id);

function base(b: Base, value: number | null, init: Partial<BaseResult> = {}): BaseResult {
    return { base: b, text: 'x', value, ...init };
}

/** `_` for the no-break space before a unit or a procentenhet, so the rows stay readable. */
const nb = (text: string | undefined) => text?.replaceAll('_', '\u00a0');

describe('comparisonLine', () => {
    it.each<[string, BaseResult, string | undefined, string | undefined]>([
        ['no value', base({ kind: 'rank' }, null, { rank: 3, ranked: 290 }), '%', undefined],
        ['the value itself', base({ kind: 'value' }, 64), '%', undefined],
        ['rang', base({ kind: 'rank' }, 11, { rank: 11, ranked: 290 }), '%', 'plats 11 av 290 bland landets kommuner'],
        [
            'rang, grouped thousands',
            base({ kind: 'rank' }, 1234, { rank: 1234, ranked: 12345 }),
            undefined,
            'plats 1234 av 12_345 bland landets kommuner'
        ],
        [
            'rang i a group',
            base({ kind: 'rank', group: 'Grannar' }, 2, { rank: 2, ranked: 5 }),
            '%',
            'plats 2 av 5 i grannkommunerna'
        ],
        ['rang without how many', base({ kind: 'rank' }, 3, { rank: 3 }), '%', 'plats 3 bland landets kommuner'],
        ['rang without the rank', base({ kind: 'rank' }, 3, { ranked: 290 }), '%', 'plats 3 bland landets kommuner'],
        [
            'kvartil with its place',
            base({ kind: 'quartile' }, 2, { quartile: 2, rank: 120, ranked: 290 }),
            '%',
            'kvartil 2 bland landets kommuner (plats 120 av 290)'
        ],
        [
            'kvartil i a group without its place',
            base({ kind: 'quartile', group: 'Grannar' }, 4, { quartile: 4, rank: 5 }),
            '%',
            'kvartil 4 i grannkommunerna'
        ],
        [
            'kvartil with how many but no rank',
            base({ kind: 'quartile' }, 2, { quartile: 2, ranked: 290 }),
            '%',
            'kvartil 2 bland landets kommuner'
        ],
        [
            'rang whose group is given as absent',
            base({ kind: 'rank', group: undefined }, 3, { rank: 3, ranked: 290 }),
            '%',
            'plats 3 av 290 bland landets kommuner'
        ],
        ['kvartil from the value', base({ kind: 'quartile' }, 3), '%', 'kvartil 3 bland landets kommuner'],
        [
            'above riket',
            base({ kind: 'diffNational' }, 2.3, { national: sourced(60.5) }),
            '%',
            '2,3_procentenheter över riket (riket 60,5_%)'
        ],
        [
            'exactly 1 below riket',
            base({ kind: 'diffNational' }, -1, { national: sourced(65) }),
            '%',
            '1_procentenhet under riket (riket 65_%)'
        ],
        ['just over 1, shown as 1', base({ kind: 'diffNational' }, 1.004), '%', '1_procentenhet över riket'],
        ['just over 1, shown as 1,01', base({ kind: 'diffNational' }, 1.006), '%', '1,01_procentenheter över riket'],
        [
            'level with riket',
            base({ kind: 'diffNational' }, 0, { national: sourced(64) }),
            '%',
            'i nivå med riket (riket 64_%)'
        ],
        ['level once rounded', base({ kind: 'diffNational' }, -0.0000001), '%', 'i nivå med riket'],
        [
            'a small difference keeps its digits',
            base({ kind: 'diffNational' }, 0.0034),
            '%',
            '0,0034_procentenheter över riket'
        ],
        [
            'in kronor',
            base({ kind: 'diffNational' }, -12345, { national: sourced(50000) }),
            'kr',
            '12_345_kr under riket (riket 50_000_kr)'
        ],
        ['without a unit', base({ kind: 'diffNational' }, 1), undefined, '1 över riket'],
        [
            'below the mean of all',
            base({ kind: 'diffMean' }, -2, { mean: { value: 62, count: 290 } }),
            '%',
            '2_procentenheter under medel för landets kommuner (62_%, 290 kommuner)'
        ],
        [
            'above a typed mean',
            base({ kind: 'diffMean' }, 2, {
                mean: { value: 62, origin: { kind: 'model', block: 'medel', location: loc(30) } }
            }),
            '%',
            '2_procentenheter över medel för landets kommuner (62_%)'
        ],
        [
            'level with the mean, no mean given',
            base({ kind: 'diffMean' }, 0),
            '%',
            'i nivå med medel för landets kommuner'
        ],
        [
            'above a group’s mean',
            base({ kind: 'diffGroup', group: 'Grannar' }, 0.5, { mean: { value: 63.5, count: 4 } }),
            '%',
            '0,5_procentenheter över medel för grannkommunerna (63,5_%, 4 kommuner)'
        ],
        [
            'above a typed group mean',
            base({ kind: 'diffGroup', group: 'Grannar' }, 0.5, {
                mean: { value: 63.5, origin: { kind: 'model', block: 'medel', location: loc(30) } }
            }),
            '%',
            '0,5_procentenheter över medel för grannkommunerna (63,5_%)'
        ],
        [
            'below a group’s mean, no mean given',
            base({ kind: 'diffGroup', group: 'Länet' }, -0.5),
            '%',
            '0,5_procentenheter under medel för Länet'
        ],
        [
            'below the target',
            base({ kind: 'diffTarget' }, -16, { target: sourced(80) }),
            '%',
            '16_procentenheter under målvärdet (80_%)'
        ],
        ['above the target, no target given', base({ kind: 'diffTarget' }, 3), 'kr', '3_kr över målvärdet'],
        [
            'lower than last year',
            base({ kind: 'change' }, -0.4, { previous: sourced(7.2, 2018) }),
            '%',
            '0,4_procentenheter lägre än 2018 (7,2_%)'
        ],
        [
            'higher than last year',
            base({ kind: 'change' }, 1, { previous: sourced(7.2, 2018) }),
            '%',
            '1_procentenhet högre än 2018 (7,2_%)'
        ],
        [
            'unchanged since last year',
            base({ kind: 'change' }, 0, { previous: sourced(7.2, 2018) }),
            '%',
            'oförändrat sedan 2018 (7,2_%)'
        ],
        ['higher, no previous value given', base({ kind: 'change' }, 2), 'st', '2_st högre än året innan'],
        ['unchanged, no previous value given', base({ kind: 'change' }, 0), 'st', 'oförändrat sedan året innan']
    ])('%s', (_name, b, unit, line) => {
        expect(comparisonLine(b, unit, groupTitle)).toBe(nb(line));
    });
});

describe('comparisonLines', () => {
    it('gives every computed comparison in order, groups by their titles, in the result’s unit by default', () => {
        const view = model({
            groups: [{ ...peerGroup('Grannar', []), title: 'grannkommunerna' }, peerGroup('Länet', [])]
        });
        const result = {
            unit: '%',
            bases: [
                base({ kind: 'value' }, 64),
                base({ kind: 'rank', group: 'Grannar' }, 2, { rank: 2, ranked: 5 }),
                base({ kind: 'diffNational' }, null),
                base({ kind: 'diffGroup', group: 'Länet' }, 1),
                base({ kind: 'diffGroup', group: 'Okänd' }, -1)
            ]
        } as unknown as MeasureResult;
        expect(comparisonLines(view, result)).toEqual([
            'plats 2 av 5 i grannkommunerna',
            nb('1_procentenhet över medel för Länet'),
            nb('1_procentenhet under medel för Okänd')
        ]);
        expect(comparisonLines(view, result, 'kr')[1]).toBe(nb('1_kr över medel för Länet'));
    });
});
