import { describe, expect, it } from 'vitest';
import { ColumnMunicipalities } from '../../src/data/column-municipalities.js';
import { YearColumn } from '../../src/data/value-table.js';

/** The Map the view replaced: every code with a line and a municipality flag, in index order. */
function asMap(codes: string[], flags: Uint8Array, column: YearColumn): Map<string, number> {
    const map = new Map<string, number>();
    for (let index = 0; index < Math.min(codes.length, column.lines.length); index++) {
        if (column.lines[index] !== 0 && flags[index] === 1) map.set(codes[index]!, column.values[index]!);
    }
    return map;
}

describe('ColumnMunicipalities', () => {
    // Riket and a region are no municipalities; 0114 has no value; 1881 came after the column was made.
    const codes = ['0000', '0180', '0114', '1880', '03', '0115', '1881'];
    const flags = Uint8Array.from([0, 1, 1, 1, 0, 1, 1]);
    const column = new YearColumn(6);
    column.set(0, 50, 2);
    column.set(1, -4.75, 3);
    column.set(3, 0, 4);
    column.set(4, 7, 5);
    column.set(5, Number.NaN, 6);
    const index = new Map(codes.map((code, i) => [code, i]));
    const view = new ColumnMunicipalities(codes, code => index.get(code), flags, column);
    const expected = asMap(codes, flags, column);

    it('answers as the Map of the same column: size, get, has, and every way of iterating, in its order', () => {
        expect(view.size).toBe(expected.size);
        expect([...view]).toEqual([...expected]);
        expect([...view.keys()]).toEqual(['0180', '1880', '0115']);
        expect([...view.values()]).toEqual([-4.75, 0, Number.NaN]);
        expect([...view.entries()]).toEqual([...expected.entries()]);
        const seen: [string, number][] = [];
        view.forEach((value, code, map) => {
            expect(map).toBe(view);
            seen.push([code, value]);
        });
        expect(seen).toEqual([...expected]);
        for (const code of [...codes, '9999']) {
            expect(view.get(code), code).toEqual(expected.get(code));
            expect(view.has(code), code).toBe(expected.has(code));
        }
    });
});
