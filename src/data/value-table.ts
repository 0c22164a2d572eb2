import type { Gender } from '../model/model-view.js';
import { codeFromNumber } from './municipality-code.js';

/** Kolada's gender codes in storage order. */
export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

export function genderIndex(gender: Gender): number {
    return gender === 'T' ? 0 : gender === 'K' ? 1 : 2;
}

/**
 * The values of one KPI, gender and year, indexed by the file's municipality index. Dense typed arrays
 * because a Kolada year is (nearly) every municipality: 12 bytes a value and no object per value.
 */
export class YearColumn {
    values: Float64Array;
    /** 1-based source line of each value; 0 means no value. */
    lines: Int32Array;
    /** Number of municipalities with a value. */
    size = 0;

    constructor(capacity: number) {
        this.values = new Float64Array(capacity);
        this.lines = new Int32Array(capacity);
    }

    /** Stores a value and returns the line of the value it replaced, 0 if none. */
    set(index: number, value: number, line: number): number {
        if (index >= this.lines.length) {
            this.grow(index + 1);
        }
        const previous = this.lines[index] as number;
        if (previous === 0) {
            this.size++;
        }
        this.values[index] = value;
        this.lines[index] = line;
        return previous;
    }

    private grow(minimum: number): void {
        let capacity = this.lines.length * 2;
        while (capacity < minimum) {
            capacity *= 2;
        }
        const values = new Float64Array(capacity);
        values.set(this.values);
        const lines = new Int32Array(capacity);
        lines.set(this.lines);
        this.values = values;
        this.lines = lines;
    }
}

/** One KPI and gender: its years. */
export type YearColumns = Map<number, YearColumn>;

/**
 * All values of one data file: KPI → gender → year → municipality index → value and line.
 * Municipality codes are interned once per file; `''` is the KPI of a file without a kpi column,
 * which the `data` line's `nyckeltal` names later (so one parsed file serves every model that names it).
 */
export class ValueTable {
    /** Municipality code of each index. */
    readonly codes: string[] = [];
    readonly kpis = new Map<string, (YearColumns | undefined)[]>();
    private readonly codeIndex = new Map<string, number>();
    /** Index by numeric code 0..9999, -1 when not seen: the hot path interns four-digit codes without a string. */
    private readonly numericIndex = new Int32Array(10000).fill(-1);
    private initialCapacity = 16;

    /** Index of a normalised code, adding it when new. */
    intern(code: string): number {
        let index = this.codeIndex.get(code);
        if (index === undefined) {
            index = this.codes.length;
            this.codes.push(code);
            this.codeIndex.set(code, index);
        }
        return index;
    }

    /** Index of a numeric code 0..9999 (four-digit form), adding it when new. */
    internNumber(n: number): number {
        let index = this.numericIndex[n] as number;
        if (index < 0) {
            index = this.intern(codeFromNumber(n));
            this.numericIndex[n] = index;
        }
        return index;
    }

    indexOf(code: string): number | undefined {
        return this.codeIndex.get(code);
    }

    /** The year columns of a KPI and gender, created on first use. */
    series(kpi: string, gender: number): YearColumns {
        let genders = this.kpis.get(kpi);
        if (genders === undefined) {
            genders = [undefined, undefined, undefined];
            this.kpis.set(kpi, genders);
        }
        let years = genders[gender];
        if (years === undefined) {
            years = new Map();
            genders[gender] = years;
        }
        return years;
    }

    column(years: YearColumns, year: number): YearColumn {
        let column = years.get(year);
        if (column === undefined) {
            // Size new columns for the municipalities seen so far: after the first year, no column grows again.
            this.initialCapacity = Math.max(this.initialCapacity, this.codes.length);
            column = new YearColumn(this.initialCapacity);
            years.set(year, column);
        }
        return column;
    }

    find(kpi: string, gender: number, year: number): YearColumn | undefined {
        return this.kpis.get(kpi)?.[gender]?.get(year);
    }

    /**
     * The table as a few flat arrays, for another thread (`postMessage`): cloning 15,000 small typed arrays one by
     * one costs far more than copying one big one. {@link ValueTable.unpacked} makes the same table of it.
     */
    packed(): PackedValueTable {
        const kpis = [...this.kpis.keys()];
        const columns: number[] = [];
        let total = 0;
        kpis.forEach((kpi, k) => {
            this.kpis.get(kpi)?.forEach((years, gender) => {
                for (const [year, column] of years ?? []) {
                    columns.push(k, gender, year, column.size, column.lines.length);
                    total += column.lines.length;
                }
            });
        });
        const values = new Float64Array(total);
        const lines = new Int32Array(total);
        let offset = 0;
        for (const genders of this.kpis.values()) {
            for (const years of genders) {
                for (const column of years?.values() ?? []) {
                    values.set(column.values, offset);
                    lines.set(column.lines, offset);
                    offset += column.lines.length;
                }
            }
        }
        return {
            codes: this.codes,
            numericIndex: this.numericIndex,
            initialCapacity: this.initialCapacity,
            kpis,
            columns: Int32Array.from(columns),
            values,
            lines
        };
    }

    /** The table {@link packed} describes; its columns are views on the packed arrays, which it adopts. */
    static unpacked(packed: PackedValueTable): ValueTable {
        const table = new ValueTable();
        packed.codes.forEach(code => table.intern(code));
        table.numericIndex.set(packed.numericIndex);
        table.initialCapacity = packed.initialCapacity;
        for (const kpi of packed.kpis) table.kpis.set(kpi, [undefined, undefined, undefined]);
        let offset = 0;
        const { columns } = packed;
        for (let i = 0; i < columns.length; i += 5) {
            const capacity = columns[i + 4] as number;
            const column = new YearColumn(0);
            column.values = packed.values.subarray(offset, offset + capacity);
            column.lines = packed.lines.subarray(offset, offset + capacity);
            column.size = columns[i + 3] as number;
            offset += capacity;
            const kpi = packed.kpis[columns[i] as number] as string;
            table.series(kpi, columns[i + 1] as number).set(columns[i + 2] as number, column);
        }
        return table;
    }

    /** Number of values stored. */
    countValues(): number {
        let total = 0;
        for (const genders of this.kpis.values()) {
            for (const years of genders) {
                if (years) {
                    for (const column of years.values()) {
                        total += column.size;
                    }
                }
            }
        }
        return total;
    }
}

/** A {@link ValueTable} as flat arrays (ValueTable.packed). */
export interface PackedValueTable {
    codes: string[];
    numericIndex: Int32Array;
    initialCapacity: number;
    kpis: string[];
    /** Five numbers a column: KPI index, gender, year, number of values, capacity. */
    columns: Int32Array;
    /** Every column's values and lines one after the other, each column `capacity` long. */
    values: Float64Array;
    lines: Int32Array;
}
