import { describe, expect, it } from 'vitest';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import { toReportJson } from '../../src/fulfilment/report-json.js';
import { goal, type MeasureInit, measure, memoryData, model, points, type Row } from './helpers.js';

/** The engine never produces Infinity or NaN, whatever slips past a reader: a value it cannot use is saknas. */
describe('values that are not finite', () => {
    const huge = 1.7e308;
    const rows: Row[] = [
        ['K', '1881', 2019, Infinity],
        ['K', '0114', 2019, 50],
        ['K', '0115', 2019, huge],
        ['K', '0116', 2019, huge],
        ['K', '1881', 2018, 40],
        ['L', '1881', 2019, 60],
        ['L', '0114', 2019, huge],
        ['L', '0115', 2019, huge]
    ];

    function computed(kpi: string, init: MeasureInit) {
        const view = model({
            municipality: '1881',
            goals: [goal('G', {}, [measure('M', { kpi, direction: 'higher', ...init })])]
        });
        return computeFulfilment(view, memoryData(rows), 2019);
    }

    it.each<[string, string, MeasureInit]>([
        ['an infinite own value', 'K', { full: 'värde >= 1' }],
        ['an infinite typed utfall', 'K', { actual: points({ 2019: Infinity }), full: 'värde >= 1' }],
        ['a mean that overflows', 'L', { full: 'skillnad mot medel >= 0' }],
        ['a change from an infinite value', 'K', { full: 'förändring >= 0' }]
    ])('%s is saknas, never Infinity or NaN', (_name, kpi, init) => {
        const result = computed(kpi, init);
        const text = JSON.stringify(result, (_key, value: unknown) =>
            typeof value === 'number' && !Number.isFinite(value) ? `<${value}>` : value
        );
        expect(text).not.toMatch(/<(Infinity|-Infinity|NaN)>/);
        expect(result.measures[0]!.status).toBe('saknas');
        expect(JSON.stringify(toReportJson(result))).not.toMatch(/Infinity|NaN/);
    });
});
