import type { DataProblem } from './data-api.js';
import { ValueTable } from './value-table.js';

/** What a file turned out to be, decided from its content. */
export type DataFileFormat =
    | 'csv-long'
    | 'csv-wide'
    | 'kolada-json'
    | 'kpi-metadata'
    | 'municipality-metadata'
    | 'group-metadata'
    /** Missing, unreadable, empty or of an unknown layout: see the problems. */
    | 'none';

/** Everything read from one data file; independent of the model that names it, so it can be cached and shared. */
export interface ParsedDataFile {
    /** The path it was read from, as given (absolute for files named in a model). */
    file: string;
    format: DataFileFormat;
    values: ValueTable;
    /**
     * True when the file carries no KPI of its own (a long file without a kpi column, a wide file): its values
     * are stored under the KPI `''` and the `data` line's `nyckeltal` names them.
     */
    needsKpi: boolean;
    kpiTitles: Map<string, string>;
    municipalityNames: Map<string, string>;
    groups: Map<string, string[]>;
    problems: DataProblem[];
}

export function emptyParsedFile(file: string, format: DataFileFormat = 'none'): ParsedDataFile {
    return {
        file,
        format,
        values: new ValueTable(),
        needsKpi: false,
        kpiTitles: new Map(),
        municipalityNames: new Map(),
        groups: new Map(),
        problems: [],
    };
}
