import type { ParsedDataFile } from './parsed-data-file.js';
import { type PackedValueTable, ValueTable } from './value-table.js';

/** A parsed data file in the form that crosses a thread boundary cheaply (`postMessage`'s structured clone). */
export type PackedDataFile = Omit<ParsedDataFile, 'values'> & { values: PackedValueTable };

/**
 * A parsed data file for another thread: so that a worker uses the main thread's parse instead of reading the
 * file again. Its value table goes as a few flat arrays (ValueTable.packed); everything else clones as it is.
 */
export function packedDataFile(file: ParsedDataFile): PackedDataFile {
    return { ...file, values: file.values.packed() };
}

/** The parsed data file {@link packedDataFile} made, after the clone; it adopts the clone's arrays. */
export function unpackedDataFile(packed: PackedDataFile): ParsedDataFile {
    return { ...packed, values: ValueTable.unpacked(packed.values) };
}
