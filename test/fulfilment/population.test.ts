import { describe, expect, it } from 'vitest';
import { round10 } from '../../src/fulfilment/numbers.js';
import { type Population, rankAll } from '../../src/fulfilment/population.js';

/** The definition: one scan, every other municipality strictly better counts as ahead. */
function rankByScan(population: Population, higher: boolean): { rank: number; ranked: number } {
    const own = round10(population.own);
    let ahead = 0;
    let ranked = 1;
    for (const [code, data] of population.data) {
        if (code === population.self) continue;
        ranked++;
        const value = round10(data);
        if (higher ? value > own : value < own) ahead++;
    }
    return { rank: ahead + 1, ranked };
}

function populationOf(values: number[]): Map<string, number> {
    return new Map(values.map((value, i) => [String(1000 + i), value]));
}

describe('rankAll with the shared rank table', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const cases: { data: Map<string, number>; self: string; own: number }[] = [];
    for (let c = 0; c < 200; c++) {
        // Few distinct values, so ties (also after rounding to ten decimals) are common.
        const values = Array.from(
            { length: 1 + Math.floor(next() * 40) },
            () => Math.round(next() * 20) / 4 + (next() < 0.1 ? 1e-12 : 0)
        );
        const data = populationOf(values);
        const selfIndex = Math.floor(next() * (values.length + 3));
        const self = String(1000 + selfIndex);
        const ownData = data.get(self);
        const own = ownData !== undefined && next() < 0.6 ? ownData : Math.round(next() * 20) / 4;
        cases.push({ data, self, own });
    }

    it.each(cases.map((c, i) => [i, c] as const))("case %i gives the scan's rank in both directions", (_, c) => {
        // The first use of a map scans it, later ones use the shared table: both must agree with the definition.
        for (const direction of ['higher', 'lower', 'higher', 'lower'] as const) {
            expect(rankAll(c, direction)).toEqual(rankByScan(c, direction === 'higher'));
        }
    });

    it('a table is built once per data map and shared by every model ranking on it', () => {
        const data = populationOf([3, 1, 2, 2, 5]);
        expect(rankAll({ data, self: '1001', own: 1 }, 'higher')).toEqual({ rank: 5, ranked: 5 });
        expect(rankAll({ data, self: '1001', own: 1 }, 'higher')).toEqual({ rank: 5, ranked: 5 });
        expect(rankAll({ data, self: '1002', own: 2 }, 'higher')).toEqual({ rank: 3, ranked: 5 });
        expect(rankAll({ data, self: '1009', own: 2 }, 'lower')).toEqual({ rank: 2, ranked: 6 });
        expect(rankAll({ data, self: '1004', own: Number.NaN }, 'lower')).toEqual({ rank: 1, ranked: 5 });
    });
});
