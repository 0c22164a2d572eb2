import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileCache } from '../../src/data/data-file-cache.js';
import { packedDataFile, unpackedDataFile } from '../../src/data/parsed-data-transfer.js';
import { parseDataFile } from '../../src/data/read-data-file.js';
import { GENDERS, type ValueTable } from '../../src/data/value-table.js';
import { tempDir } from './helpers.js';

const KUMLA_CSV = join(import.meta.dirname, '..', 'resources', 'kumla-reference', 'data', 'resultat.csv');

/** Every stored value as `kpi gender year code value line`, in the table's own order. */
function everyValue(table: ValueTable): string[] {
    const rows: string[] = [];
    for (const [kpi, genders] of table.kpis) {
        genders.forEach((years, g) => {
            for (const [year, column] of years ?? []) {
                for (let i = 0; i < column.lines.length; i++) {
                    if (column.lines[i] !== 0)
                        rows.push(
                            `${kpi} ${GENDERS[g]} ${year} ${table.codes[i]} ${column.values[i]} ${column.lines[i]}`
                        );
                }
            }
        });
    }
    return rows;
}

describe('a parsed data file sent to another thread', () => {
    it('arrives with the same values, lines, codes and metadata after a structured clone', () => {
        const original = parseDataFile(readFileSync(KUMLA_CSV), KUMLA_CSV);
        const arrived = unpackedDataFile(structuredClone(packedDataFile(original)));
        expect(everyValue(arrived.values)).toEqual(everyValue(original.values));
        expect(everyValue(arrived.values).length).toBeGreaterThan(100);
        expect(arrived.values.countValues()).toBe(original.values.countValues());
        expect(arrived.values.codes).toEqual(original.values.codes);
        expect(arrived.values.indexOf('1881')).toBe(original.values.indexOf('1881'));
        expect(arrived.values.internNumber(1881)).toBe(original.values.indexOf('1881'));
        const { values: _a, ...rest } = arrived;
        const { values: _o, ...expected } = original;
        expect(rest).toEqual(expected);
    });

    it('still takes new values in a column (the views on the packed arrays grow like any column)', () => {
        const original = parseDataFile(Buffer.from('nyckeltal;kommun;år;värde\nN1;0114;2019;1,5\n'), 'a.csv');
        const arrived = unpackedDataFile(structuredClone(packedDataFile(original)));
        const column = arrived.values.find('N1', 0, 2019)!;
        expect(column.values[arrived.values.indexOf('0114')!]).toBe(1.5);
        column.set(40, 7, 3);
        expect([column.values[40], column.size]).toEqual([7, 2]);
    });
});

describe('DataFileCache.adopt', () => {
    it('serves an adopted parse while the file is unchanged, and reads the file again once it changed', () => {
        const dir = tempDir();
        try {
            const file = join(dir, 'a.csv');
            writeFileSync(file, 'nyckeltal;kommun;år;värde\nN1;0114;2019;1\n');
            const reader = new DataFileCache();
            reader.load(file);
            const entry = reader.entry(file)!;
            const other = new DataFileCache();
            const adopted = unpackedDataFile(structuredClone(packedDataFile(entry.data)));
            other.adopt(file, entry.mtimeNs, entry.size, adopted);
            expect(other.load(file)).toBe(adopted);
            utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
            expect(other.load(file)).not.toBe(adopted);
            expect(new DataFileCache().entry(file)).toBeUndefined();
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
