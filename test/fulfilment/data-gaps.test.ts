import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../../src/data/data-api.js';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import { dataGaps } from '../../src/fulfilment/data-gaps.js';
import { goal, loc, measure, memoryData, model, points } from './helpers.js';

const view = model({
    dataSources: [
        { path: 'a.csv', resolvedPath: '/m/a.csv', kpi: 'K1', location: loc(3) },
        { path: 'b.json', resolvedPath: '/m/b.json', location: loc(4) },
        { path: 'c.csv', resolvedPath: '/m/c.csv', location: loc(5) }
    ],
    goals: [
        goal('G', {}, [
            measure('M1', { kpi: 'K1', full: 'värde >= 1' }),
            measure('M2', { kpi: 'K2', full: 'värde >= 1' }),
            measure('M3', { kpi: 'K3', full: 'värde >= 1' }),
            measure('M4', { kpi: 'K4', actual: points({ 2018: 1 }), full: 'värde >= 1' }),
            measure('M5', { kpi: 'K5', full: 'värde >= 1' })
        ])
    ]
});
// c.csv was read: K3 has a value for another year, K5 for this one.
const data = memoryData([
    ['K3', '1881', 2018, 5],
    ['K5', '1881', 2019, 5]
]);
const problem = (file: string, severity: 'error' | 'warning', code = 'data-json-invalid'): DataProblem => ({
    code,
    file,
    line: 0,
    message: `${file} kan inte läsas`,
    severity
});

describe('dataGaps: the measures a broken data file leaves without a value', () => {
    const result = computeFulfilment(view, data, 2019);

    it('names, per broken file, the measures from data without a value whose KPI it would hold', () => {
        const gaps = dataGaps(
            view,
            [problem('/m/a.csv', 'error', 'data-file-missing'), problem('/m/b.json', 'error')],
            data,
            result
        );
        expect(gaps.map(g => [g.file, g.problem.message, g.measures.map(m => m.id)])).toEqual([
            // a.csv holds K1 only.
            ['/m/a.csv', '/m/a.csv kan inte läsas', ['M1']],
            // b.json names no KPI: it could have held any KPI no readable file has (K1, K2), not K3 (c.csv has it).
            ['/m/b.json', '/m/b.json kan inte läsas', ['M1', 'M2']]
        ]);
    });

    it('ignores warnings and files without problems', () => {
        expect(dataGaps(view, [problem('/m/c.csv', 'warning', 'data-row-unreadable')], data, result)).toEqual([]);
    });
});
