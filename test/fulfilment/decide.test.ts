import { describe, expect, it } from 'vitest';
import type { Cause } from '../../src/fulfilment/cause.js';
import { computeMeasure } from '../../src/fulfilment/compute.js';
import type { MeasureResult, MeasureStatus } from '../../src/fulfilment/result.js';
import { goal, type MeasureInit, measure, memoryData, model, points, rowsFor } from './helpers.js';

const YEAR = 2019;
/** 1881 at 80 (rank 4 of 6), Riket 75; no 2018 value, so `förändring` cannot be computed. */
const DATA = memoryData([
    ...rowsFor('K', YEAR, [
        ['1881', 80],
        ['0114', 90],
        ['0115', 85],
        ['0117', 85],
        ['0120', 70],
        ['0125', 60],
        ['0000', 75]
    ])
]);

function decideFor(init: MeasureInit): MeasureResult {
    const view = model({ goals: [goal('G', {}, [measure('M', { kpi: 'K', direction: 'higher', ...init })])] });
    return computeMeasure(view, DATA, YEAR, view.goals[0]!.measures[0]!);
}

describe('measure decision', () => {
    it.each<[string, MeasureInit, MeasureStatus, number | null, 'full' | 'half' | undefined]>([
        ['hel holds', { full: 'värde >= 80', half: 'värde >= 70' }, 'hel', 1, 'full'],
        ['hel fails, halv holds', { full: 'värde >= 90', half: 'värde >= 75' }, 'halv', 0.5, 'half'],
        ['both fail', { full: 'värde >= 90', half: 'värde >= 85' }, 'ingen', 0, 'half'],
        ['only hel, fails', { full: 'rang <= 3' }, 'ingen', 0, 'full'],
        ['only hel, holds', { full: 'rang <= 4' }, 'hel', 1, 'full'],
        ['only halv, holds', { half: 'rang <= 4' }, 'halv', 0.5, 'half'],
        ['only halv, fails', { half: 'rang <= 3' }, 'ingen', 0, 'half'],
        ['only halv, undecidable', { half: 'förändring > 0' }, 'saknas', null, 'half'],
        [
            'an undecidable hel stops before a halv that holds',
            { full: 'förändring > 0', half: 'värde >= 0' },
            'saknas',
            null,
            'full'
        ],
        [
            'a hel that holds never looks at an undecidable halv',
            { full: 'värde >= 80', half: 'förändring > 0' },
            'hel',
            1,
            'full'
        ],
        ['hel fails, halv undecidable', { full: 'värde >= 90', half: 'förändring > 0' }, 'saknas', null, 'half'],
        ['och: every part holds', { full: 'värde >= 70 och rang <= 4', half: 'värde >= 0' }, 'hel', 1, 'full'],
        ['och: one part fails', { full: 'värde >= 70 och rang <= 3', half: 'värde >= 0' }, 'halv', 0.5, 'half'],
        [
            'och: a failing part and an undecidable part are undecidable',
            { full: 'värde >= 90 och förändring > 0', half: 'värde >= 0' },
            'saknas',
            null,
            'full'
        ],
        [
            'och across bases in halv',
            { full: 'rang <= 1', half: 'skillnad mot riket > 0 och kvartil <= 3' },
            'halv',
            0.5,
            'half'
        ],
        ['= is exact on the value', { full: 'värde = 80' }, 'hel', 1, 'full'],
        ['= fails on a different value', { full: 'värde = 80,0001' }, 'ingen', 0, 'full'],
        ['no thresholds: ej bedömd', {}, 'ej_bedomd', null, undefined],
        ['no thresholds and no value: still ej bedömd', { kpi: 'Saknas' }, 'ej_bedomd', null, undefined],
        ['no value: saknas before any threshold', { kpi: 'Saknas', full: 'värde >= 0' }, 'saknas', null, undefined],
        [
            'lower is better: hel fails, improvement gives halv',
            {
                kpi: undefined,
                direction: 'lower',
                actual: points({ 2018: 7.2, 2019: 6.8 }),
                full: 'värde <= 6',
                half: 'förändring < 0'
            },
            'halv',
            0.5,
            'half'
        ],
        [
            'floating point: 0,1 + 0,2 = 0,3 holds',
            { kpi: undefined, actual: points({ 2019: 0.1 + 0.2 }), full: 'värde = 0,3' },
            'hel',
            1,
            'full'
        ],
        [
            'floating point: 62,8 − 66 >= −3,2 holds',
            {
                kpi: undefined,
                actual: points({ 2019: 62.8 }),
                national: points({ 2019: 66 }),
                full: 'skillnad mot riket >= -3,2'
            },
            'hel',
            1,
            'full'
        ]
    ])('%s', (_name, init, status, score, decidedBy) => {
        const result = decideFor(init);
        expect(result.status).toBe(status);
        expect(result.score).toBe(score);
        expect(result.decidedBy).toBe(decidedBy);
    });

    it.each<[string, MeasureInit, Cause]>([
        [
            'the undecidable condition’s cause',
            { full: 'förändring > 0', half: 'värde >= 0' },
            { kind: 'noValue', year: 2018, typed: false }
        ],
        ['the missing value', { kpi: 'Saknas', full: 'värde >= 0' }, { kind: 'noValue', year: 2019, typed: false }],
        ['no thresholds', {}, { kind: 'noThresholds' }]
    ])('gives its cause: %s', (_name, init, cause) => {
        expect(decideFor(init).cause).toEqual(cause);
    });

    it('records which threshold decided, with its text and location', () => {
        const result = decideFor({ full: 'rang <= 3', half: 'rang <= 4 och värde >= 80' });
        expect(result.decidedBy).toBe('half');
        expect(result.half).toMatchObject({
            which: 'half',
            text: 'rang <= 4 och värde >= 80',
            holds: true,
            condition: { location: { line: 12 } },
            parts: [
                { text: 'rang <= 4', holds: true, base: { rank: 4, ranked: 6 } },
                { text: 'värde >= 80', holds: true, base: { value: 80 } }
            ]
        });
        expect(result.full).toMatchObject({ text: 'rang <= 3', holds: false, condition: { location: { line: 11 } } });
        // `rang` in both conditions is one computation.
        expect(result.bases.map(base => base.text)).toEqual(['rang', 'värde']);
        expect(result.half!.parts[0]!.base).toBe(result.full!.parts[0]!.base);
    });
});
