import type { YearColumn } from './value-table.js';

/**
 * The municipalities with a value in one column of one file, as a read-only map from code to value, read straight
 * from the column's arrays: no object and no map entry per municipality. A national file gives some 1,000 such
 * maps to the checks and the engine of each thread, 290 entries each; as Maps of `{ value, origin }` they were
 * about 45 MB of each thread's live heap. Iterates in the file's code order, as the Map it replaces did.
 */
export class ColumnMunicipalities implements ReadonlyMap<string, number> {
    readonly size: number;
    /** How many indexes to look at: a column made before the file's last codes were seen is shorter. */
    private readonly end: number;

    constructor(
        private readonly codes: readonly string[],
        private readonly indexOf: (code: string) => number | undefined,
        /** 1 for each code index that counts as a municipality. */
        private readonly flags: Uint8Array,
        private readonly column: YearColumn
    ) {
        this.end = Math.min(codes.length, column.lines.length);
        let size = 0;
        for (let index = 0; index < this.end; index++) if (this.counts(index)) size++;
        this.size = size;
    }

    private counts(index: number): boolean {
        return this.column.lines[index] !== 0 && this.flags[index] === 1;
    }

    get(code: string): number | undefined {
        const index = this.indexOf(code);
        return index !== undefined && index < this.end && this.counts(index) ? this.column.values[index] : undefined;
    }

    has(code: string): boolean {
        return this.get(code) !== undefined;
    }

    forEach(
        callback: (value: number, code: string, map: ReadonlyMap<string, number>) => void,
        thisArg?: unknown
    ): void {
        const values = this.column.values;
        for (let index = 0; index < this.end; index++) {
            if (this.counts(index)) callback.call(thisArg, values[index] as number, this.codes[index] as string, this);
        }
    }

    *entries(): MapIterator<[string, number]> {
        for (let index = 0; index < this.end; index++) {
            if (this.counts(index)) yield [this.codes[index] as string, this.column.values[index] as number];
        }
    }

    *keys(): MapIterator<string> {
        for (let index = 0; index < this.end; index++) if (this.counts(index)) yield this.codes[index] as string;
    }

    *values(): MapIterator<number> {
        for (let index = 0; index < this.end; index++)
            if (this.counts(index)) yield this.column.values[index] as number;
    }

    [Symbol.iterator](): MapIterator<[string, number]> {
        return this.entries();
    }
}
