import { describe, expect, it } from 'vitest';
import type { ModelData } from '../../src/data/index.js';
import { computeFulfilment, computeYears, modelResults, shownResults } from '../../src/fulfilment/index.js';
import { fixtureModel, ROWS } from '../render/fixture.js';
import { memoryData } from './helpers.js';

describe('modelResults', () => {
    it('offers the years with an own value and the year evaluated, not a year only others have data for', () => {
        const view = fixtureModel();
        const lookup = memoryData(ROWS);
        const all = computeYears(view, lookup, [2017, 2018, 2019]);
        // 2017: no row of the fixture has it, so it has no value.
        expect(shownResults(all, 2019).map(r => r.year)).toEqual([2018, 2019]);
        expect(shownResults(all, 2017).map(r => r.year)).toEqual([2017, 2018, 2019]);
    });

    it('assembles every year with data, the year first shown and the municipality, in the order the reports read', () => {
        const view = fixtureModel();
        const lookup = memoryData(ROWS);
        const data: ModelData = { lookup, problems: [] };
        const out = modelResults(view, data, 2019);
        expect(Object.keys(out).slice(0, 3)).toEqual(['results', 'year', 'municipalityName']);
        expect(out.year).toBe(2019);
        expect(out.results.map(r => r.year)).toEqual([2018, 2019]);
        expect(modelResults(view, data, 2019, { month: 8, day: 31 }).per).toEqual({ month: 8, day: 31 });
    });

    it('takes the result of the year already computed, and the other years share its series', () => {
        const view = fixtureModel();
        const lookup = memoryData(ROWS);
        const data: ModelData = { lookup, problems: [] };
        const known = computeFulfilment(view, lookup, 2019);
        const out = modelResults(view, data, 2019, undefined, { yearResult: known });
        expect(out.results.find(r => r.year === 2019)).toBe(known);
        const other = out.results.find(r => r.year === 2018)!;
        expect(other.measures.length).toBeGreaterThan(0);
        other.measures.forEach((measure, i) => expect(measure.series).toBe(known.measures[i]!.series));
        // The same numbers as computing every year anew.
        expect(JSON.stringify(out)).toBe(JSON.stringify(modelResults(view, data, 2019)));
    });
});
