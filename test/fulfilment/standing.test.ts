import { describe, expect, it } from 'vitest';
import { computeFulfilment, computeYears } from '../../src/fulfilment/compute.js';
import type { MeasureView } from '../../src/model/model-view.js';
import { goal, measure, memoryData, model, peerGroup, points, type Row, rowsFor } from './helpers.js';

const KPI = 'N1';
const OTHERS: Array<[string, number]> = [
    ['1880', 70],
    ['1882', 90],
    ['1883', 80],
    ['1884', 60],
    ['0000', 75]
];

function standingOf(view: MeasureView, rows: readonly Row[], names: Record<string, string> = {}) {
    const data = { ...memoryData(rows), municipalityName: (code: string) => names[code] };
    const result = computeFulfilment(
        model({ goals: [goal('G', {}, [view])], groups: [peerGroup('Grannar', ['1880', '1882'])] }),
        data,
        2019
    );
    return result.measures[0]!.standing;
}

describe('standing among the other municipalities (READERS.md 4)', () => {
    const rows = rowsFor(KPI, 2019, [...OTHERS, ['1881', 75]]);

    it.each<[string, Partial<MeasureView>, { rank?: number; count: number }]>([
        ['higher is better: third of five', { direction: 'higher' }, { rank: 3, count: 5 }],
        ['lower is better: third of five', { direction: 'lower' }, { rank: 3, count: 5 }],
        ['no direction: no rank', {}, { count: 5 }]
    ])('%s', (_name, init, expected) => {
        const standing = standingOf(measure('M', { kpi: KPI, ...init }), rows)!;
        expect(standing.rank).toBe(expected.rank);
        expect(standing.count).toBe(expected.count);
    });

    it('ranks in the measure direction, as a rang threshold does', () => {
        const low = rowsFor(KPI, 2019, [...OTHERS, ['1881', 65]]);
        expect(standingOf(measure('M', { kpi: KPI, direction: 'higher' }), low)!.rank).toBe(4);
        expect(standingOf(measure('M', { kpi: KPI, direction: 'lower' }), low)!.rank).toBe(2);
        const view = measure('M', { kpi: KPI, direction: 'lower', full: 'rang <= 2' });
        const data = memoryData(low);
        const result = computeFulfilment(model({ goals: [goal('G', {}, [view])] }), data, 2019).measures[0]!;
        expect(result.bases[0]!.rank).toBe(result.standing!.rank);
    });

    it('gives the lowest, the median and the highest, Riket apart from the municipalities', () => {
        const standing = standingOf(measure('M', { kpi: KPI, direction: 'higher' }), rows, { '1884': 'Lägsta' })!;
        expect(standing.lowest).toEqual({ code: '1884', value: 60, name: 'Lägsta' });
        expect(standing.median).toBe(75);
        expect(standing.highest).toEqual({ code: '1882', value: 90 });
        expect(standing.national).toBe(75);
        expect(standing.codes.map((code, i) => [code, standing.values[i]]).sort()).toEqual([
            ['1880', 70],
            ['1881', 75],
            ['1882', 90],
            ['1883', 80],
            ['1884', 60]
        ]);
    });

    it.each<[number[], number]>([
        [[5, 1, 4, 2, 3], 3],
        [[9, 9, 1, 1], 5],
        [[3, 3, 3], 3],
        [[10, -2, 7, 7, 0, 100], 7]
    ])('selects the median of %j without sorting: %d', (values, expected) => {
        const data = rowsFor(
            KPI,
            2019,
            values.map((v, i) => [String(1801 + i), v])
        );
        const view = measure('M', { kpi: KPI });
        const result = computeFulfilment(
            model({ municipality: '1801', goals: [goal('G', {}, [view])] }),
            memoryData(data),
            2019
        );
        expect(result.measures[0]!.standing!.median).toBe(expected);
    });

    it('takes an even count median as the mean of the two middle values', () => {
        const even = rowsFor(KPI, 2019, [...OTHERS.slice(0, 3), ['1881', 75]]);
        expect(standingOf(measure('M', { kpi: KPI }), even)!.median).toBe(77.5);
    });

    it('takes part with the typed utfall value, once, where the data has another', () => {
        const typed = measure('M', { kpi: KPI, direction: 'higher', actual: points({ 2019: 85 }) });
        const standing = standingOf(typed, rows)!;
        expect(standing.own.value).toBe(85);
        expect([...standing.values].sort()).toEqual([60, 70, 80, 85, 90]);
        expect(standing.median).toBe(80);
        expect(standing.highest).toEqual({ code: '1882', value: 90 });
        expect(standing.codes.filter(c => c === '1881')).toHaveLength(1);
        expect(standing.rank).toBe(2);
    });

    it('names the members of the group a condition compares with, with their values', () => {
        const view = measure('M', { kpi: KPI, direction: 'higher', full: 'rang i Grannar <= 1' });
        const standing = standingOf(view, rows, { '1880': 'Västra', '1881': 'Kumla' })!;
        expect(standing.own).toEqual({ code: '1881', value: 75, name: 'Kumla' });
        expect(standing.group).toEqual({
            id: 'Grannar',
            title: 'Grannar',
            members: [
                { code: '1881', value: 75, name: 'Kumla' },
                { code: '1880', value: 70, name: 'Västra' },
                { code: '1882', value: 90 }
            ]
        });
        expect(standingOf(measure('M', { kpi: KPI }), rows)!.group).toBeUndefined();
    });

    it('puts kvinnor and män beside the total where the data divides the KPI by gender', () => {
        const split = [...rows, [KPI, '1881', 2019, 78, 'K'], [KPI, '1881', 2019, 72, 'M']] as Row[];
        expect(standingOf(measure('M', { kpi: KPI }), split)!.genders).toEqual({ women: 78, men: 72 });
        expect(standingOf(measure('M', { kpi: KPI }), rows)!.genders).toBeUndefined();
    });

    it.each<[string, Partial<MeasureView>, readonly Row[]]>([
        ['no own value', { kpi: KPI }, rowsFor(KPI, 2019, OTHERS)],
        ['no nyckeltal', { actual: points({ 2019: 3 }) }, rows],
        ['no other municipality', { kpi: KPI }, rowsFor(KPI, 2019, [['1881', 75]])]
    ])('is absent with %s', (_name, init, data) => {
        expect(standingOf(measure('M', init), data)).toBeUndefined();
    });

    it('shares one ascending table between the models that read the same data', () => {
        const data = memoryData(rows);
        const compute = (municipality: string) =>
            computeFulfilment(model({ municipality, goals: [goal('G', {}, [measure('M', { kpi: KPI })])] }), data, 2019)
                .measures[0]!.standing!;
        const map = data.municipalities(KPI, 2019, 'T');
        const shared = { ...data, municipalities: () => map };
        const a = computeFulfilment(
            model({ municipality: '1880', goals: [goal('G', {}, [measure('M', { kpi: KPI })])] }),
            shared,
            2019
        ).measures[0]!.standing!;
        const b = computeFulfilment(
            model({ municipality: '1882', goals: [goal('G', {}, [measure('M', { kpi: KPI })])] }),
            shared,
            2019
        ).measures[0]!.standing!;
        expect(a.values).toBe(b.values);
        expect(compute('1883').values).toEqual(a.values);
    });
});

describe('years without the standing (the site shows it for the model year only)', () => {
    it('leaves out only the standing', () => {
        const rows = [
            ...rowsFor(KPI, 2018, [...OTHERS, ['1881', 72]]),
            ...rowsFor(KPI, 2019, [...OTHERS, ['1881', 75]])
        ];
        const view = model({
            goals: [goal('G', {}, [measure('M', { kpi: KPI, direction: 'higher', full: 'rang <= 3' })])]
        });
        const withStanding = computeYears(view, memoryData(rows), [2018, 2019]);
        const without = computeYears(view, memoryData(rows), [2018, 2019], { withoutStanding: true });
        expect(withStanding.map(r => r.measures[0]!.standing?.rank)).toEqual([3, 3]);
        expect(without.map(r => r.measures[0]!.standing)).toEqual([undefined, undefined]);
        const { standing: _left, ...rest } = withStanding[1]!.measures[0]!;
        expect(without[1]!.measures[0]).toEqual(rest);
        expect(without[1]!.measures[0]!.status).toBe('hel');
    });
});
