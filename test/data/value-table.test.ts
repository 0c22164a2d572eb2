import { describe, expect, it } from 'vitest';
import { ValueTable, YearColumn } from '../../src/data/value-table.js';

describe('YearColumn', () => {
    it('grows to hold an index past its capacity, keeping what it held', () => {
        const column = new YearColumn(2);
        expect(column.set(0, 1.5, 2)).toBe(0);
        expect(column.set(1, 2.5, 3)).toBe(0);
        expect(column.set(2, 3.5, 4)).toBe(0);
        expect(column.set(9, 4.5, 5)).toBe(0);
        expect([...column.values.subarray(0, 3), column.values[9]]).toEqual([1.5, 2.5, 3.5, 4.5]);
        expect([...column.lines.subarray(0, 3), column.lines[9]]).toEqual([2, 3, 4, 5]);
        expect(column.size).toBe(4);
    });

    it('returns the line it replaced and counts an index once', () => {
        const column = new YearColumn(4);
        column.set(1, 1, 7);
        expect(column.set(1, 2, 9)).toBe(7);
        expect(column.size).toBe(1);
        expect(column.values[1]).toBe(2);
    });
});

describe('ValueTable', () => {
    function table(): ValueTable {
        const t = new ValueTable();
        const index = t.internNumber(114);
        t.column(t.series('N1', 0), 2019).set(index, 1, 2);
        t.column(t.series('N1', 2), 2019).set(t.intern('G12'), 2, 3);
        t.column(t.series('N2', 1), 2020).set(t.internNumber(0), 3, 4);
        t.column(t.series('N2', 1), 2021).set(index, 4, 5);
        return t;
    }

    it('interns numeric and text codes once', () => {
        const t = table();
        expect(t.codes).toEqual(['0114', 'G12', '0000']);
        expect([t.internNumber(114), t.intern('0114'), t.internNumber(0), t.intern('G12')]).toEqual([0, 0, 2, 1]);
        expect(t.indexOf('0000')).toBe(2);
        expect(t.indexOf('9999')).toBeUndefined();
        expect(t.codes).toHaveLength(3);
    });

    it('counts its values over every KPI, gender and year', () => {
        expect(table().countValues()).toBe(4);
        expect(new ValueTable().countValues()).toBe(0);
    });

    it('sizes new columns for the municipalities seen so far', () => {
        const t = new ValueTable();
        for (let i = 0; i < 40; i++) t.internNumber(i);
        expect(t.column(t.series('N1', 0), 2019).lines.length).toBe(40);
    });

    it('packs and unpacks to the same table', () => {
        const t = table();
        const copy = ValueTable.unpacked(t.packed());
        expect(copy.codes).toEqual(t.codes);
        expect([...copy.kpis.keys()]).toEqual(['N1', 'N2']);
        expect(copy.countValues()).toBe(4);
        expect(copy.find('N1', 0, 2019)?.values[0]).toBe(1);
        expect(copy.find('N1', 2, 2019)?.lines[1]).toBe(3);
        expect(copy.find('N2', 1, 2021)?.values[0]).toBe(4);
        expect(copy.find('N2', 0, 2021)).toBeUndefined();
        expect(copy.internNumber(114)).toBe(0);
        expect(copy.internNumber(0)).toBe(2);
        expect(copy.codes).toHaveLength(3);
        expect(copy.column(copy.series('N3', 0), 2019).lines.length).toBe(16);
    });
});
