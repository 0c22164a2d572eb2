import { describe, expect, it } from 'vitest';
import { causeText } from '../../src/fulfilment/cause.js';
import { computeFulfilment, computeYears, modelYears } from '../../src/fulfilment/compute.js';
import type { MeasureResult } from '../../src/fulfilment/result.js';
import { DATA_FILE, goal, type MeasureInit, measure, memoryData, model, points, type Row, rowsFor } from './helpers.js';

const ROWS: Row[] = [
    ['K', '1881', 2017, 70],
    ['K', '1881', 2019, 80],
    ['K', '0114', 2018, 90],
    ['K', '1881', 2019, 60, 'K'],
    ['K', '1881', 2016, 55, 'K'],
    ['L', '0114', 2012, 1]
];
const DATA = memoryData(ROWS);

/** `municipality` null: the model has no `kommun`. */
function measureResult(init: MeasureInit, municipality: string | null = '1881', year = 2019): MeasureResult {
    const view = model({
        municipality: municipality ?? undefined,
        goals: [goal('G', {}, [measure('M', { kpi: 'K', direction: 'higher', ...init })])]
    });
    return computeFulfilment(view, DATA, year).measures[0]!;
}

describe('measure value and provenance', () => {
    it('points a data value at its row', () => {
        expect(measureResult({ full: 'värde >= 1' })).toMatchObject({
            value: 80,
            valueSource: { year: 2019, value: 80, origin: { kind: 'data', file: DATA_FILE, line: 3 } }
        });
    });

    it('points an utfall value at its line', () => {
        expect(
            measureResult({ actual: points({ 2018: 1, 2019: 2 }, 40), full: 'värde >= 1' }).valueSource
        ).toMatchObject({
            value: 2,
            origin: { kind: 'model', block: 'utfall', location: { line: 41 } }
        });
    });

    it.each<[string, MeasureInit, string | null, number, string]>([
        ['no value for the year', {}, '1881', 2018, 'inget värde för 2018'],
        [
            'utfall without the year, though data has it',
            { actual: points({ 2018: 1 }) },
            '1881',
            2019,
            'inget utfall för 2019'
        ],
        ['no kommun in the model', {}, null, 2019, 'modellen anger ingen kommun'],
        ['neither nyckeltal nor utfall', { kpi: undefined }, '1881', 2019, 'måttet har varken nyckeltal eller utfall']
    ])('is missing, never 0: %s', (_name, init, municipality, year, reason) => {
        const result = measureResult({ ...init, full: 'värde >= 0' }, municipality, year);
        expect(result).toMatchObject({ value: null, status: 'saknas', score: null });
        expect(result.cause && causeText(result.cause)).toBe(reason);
        expect(result.valueSource).toBeUndefined();
    });
});

describe('series', () => {
    it.each<[string, MeasureInit, Array<[number, number]>]>([
        [
            'from data, only years with an own value',
            {},
            [
                [2017, 70],
                [2019, 80]
            ]
        ],
        [
            'from data, the gender series',
            { gender: 'K' },
            [
                [2016, 55],
                [2019, 60]
            ]
        ],
        [
            'from utfall, sorted, data not consulted',
            { actual: points({ 2019: 3, 2015: 1, 2017: 2 }) },
            [
                [2015, 1],
                [2017, 2],
                [2019, 3]
            ]
        ],
        ['neither', { kpi: undefined }, []]
    ])('%s', (_name, init, expected) => {
        expect(measureResult(init).series.map(point => [point.year, point.value])).toEqual(expected);
    });

    it('keeps the provenance of each point', () => {
        expect(measureResult({}).series[0]).toEqual({
            year: 2017,
            value: 70,
            origin: { kind: 'data', file: DATA_FILE, line: 2 }
        });
    });
});

describe('years', () => {
    const view = model({
        goals: [
            goal('G', {}, [
                measure('a', { kpi: 'K' }),
                measure('b', { kpi: 'K', gender: 'K' }),
                measure('c', { actual: points({ 2011: 1, 2020: 2 }) }),
                measure('d', { kpi: 'L', actual: points({ 2021: 1 }) })
            ])
        ]
    });

    it('lists every year of data and utfall the measures use', () => {
        expect(modelYears(view, DATA)).toEqual([2011, 2016, 2017, 2018, 2019, 2020, 2021]);
    });

    it('computes one result per year', () => {
        const results = computeYears(view, DATA, [2017, 2019]);
        expect(results.map(r => r.year)).toEqual([2017, 2019]);
        expect(results.map(r => r.measures[0]!.value)).toEqual([70, 80]);
    });
});

describe('model result', () => {
    it('keeps model order and carries the header', () => {
        const view = model({
            id: 'M',
            title: 'Modellen',
            bounds: { achieved: 0.8, partly: 0.4 },
            goals: [
                goal('Z', {}, [measure('z1', { kpi: 'K' }), measure('z2', { kpi: 'K' })]),
                goal('A', {}, [measure('a1', { kpi: 'K' })])
            ]
        });
        const result = computeFulfilment(view, memoryData(rowsFor('K', 2019, [['1881', 1]])), 2019);
        expect(result).toMatchObject({
            model: 'M',
            title: 'Modellen',
            municipality: '1881',
            year: 2019,
            bounds: { achieved: 0.8, partly: 0.4 }
        });
        expect(result.goals.map(g => g.id)).toEqual(['Z', 'A']);
        expect(result.measures.map(m => [m.id, m.goal])).toEqual([
            ['z1', 'Z'],
            ['z2', 'Z'],
            ['a1', 'A']
        ]);
    });

    it('is plain data that survives a JSON round trip (for the preview webview)', () => {
        const view = model({
            goals: [
                goal('G', {}, [
                    measure('M', { kpi: 'K', direction: 'higher', full: 'rang <= 1', half: 'förändring > 0' })
                ])
            ]
        });
        const result = computeFulfilment(view, DATA, 2019);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
});
