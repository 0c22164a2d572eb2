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
    /** Several kinds of Kolada metadata in one file, as `fetch --metadata` writes it (pages of KPIs, municipalities, groups). */
    | 'kolada-metadata'
    /** Missing, unreadable, empty or of an unknown layout: see the problems. */
    | 'none';

/** A KPI as Kolada's metadata describes it (`/v3/kpi`), beyond its title. */
export interface KpiDetails {
    description?: string;
    /** `is_divided_by_gender`: values exist for kvinnor and män as well as totalt. */
    dividedByGender?: boolean;
}

/** Everything read from one data file; independent of the model that names it, so it can be cached and shared. */
export interface ParsedDataFile {
    /** The path it was read from, as given (absolute for files named in a model). */
    file: string;
    /** The sheet read, for an `.xlsx` workbook; its values' lines are the sheet's rows. */
    sheet?: string;
    format: DataFileFormat;
    values: ValueTable;
    /**
     * True when the file carries no KPI of its own (a long file without a kpi column, a wide file): its values
     * are stored under the KPI `''` and the `data` line's `nyckeltal` names them.
     */
    needsKpi: boolean;
    kpiTitles: Map<string, string>;
    /** What KPI metadata says beyond the title (description, division by gender), by KPI id. */
    kpiDetails: Map<string, KpiDetails>;
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
        kpiDetails: new Map(),
        municipalityNames: new Map(),
        groups: new Map(),
        problems: []
    };
}
