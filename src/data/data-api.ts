/**
 * The contract between the data layer and its consumers (engine, checks, hover, reports).
 * Pure TypeScript: no Langium, LSP or vscode imports anywhere under src/data/.
 */
import type { Gender } from '../model/model-view.js';
import type { KpiDetails } from './parsed-data-file.js';

/** Where a number came from: the data file (absolute path) and its 1-based line. */
export interface DataOrigin {
    file: string;
    line: number;
    /** The workbook sheet, for a value read from an `.xlsx` file; `line` is then the sheet's row. */
    sheet?: string;
}

export interface DataValue {
    value: number;
    origin: DataOrigin;
}

/** A problem found while reading a data file; `message` is Swedish and says what to do. */
export interface DataProblem {
    /** Stable code, e.g. `data-row-unreadable`. */
    code: string;
    file: string;
    /** 1-based line in the data file (a workbook sheet's row); 0 when the problem concerns the whole file. */
    line: number;
    /** The workbook sheet the problem is on, for an `.xlsx` file. */
    sheet?: string;
    /** The column of a wide file the problem is in (its year), when the problem is one cell's. */
    column?: string;
    /** For a cause found on many rows: how many rows after `line` have it too. */
    moreRows?: number;
    /**
     * What is wrong and what to do, without the place: file, sheet, line and column are the fields above, and
     * {@link dataProblemText} (problem-text.ts) lays them out the same way for every reader.
     */
    message: string;
    severity: 'error' | 'warning';
}

/** Read-only result data as the fulfilment engine sees it. */
export interface DataLookup {
    /** The value for one municipality (or `0000` Riket); undefined when there is none (missing markers included). */
    value(kpi: string, municipality: string, year: number, gender: Gender): DataValue | undefined;
    /**
     * Every municipality with a value for the year: four-digit codes not starting with `00`
     * (Riket, regions and `G…` groups excluded), each with its value (where it came from is not kept: rank,
     * quartile and mean need only the values). One map per (KPI, year, gender), the same each time it is asked for.
     */
    municipalities(kpi: string, year: number, gender: Gender): ReadonlyMap<string, number>;
    /** Years with at least one value for the KPI and gender, ascending. */
    years(kpi: string, gender: Gender): number[];
    /** Members of a Kolada municipality group (`kolada G…`), when a groups metadata file is loaded. */
    groupMembers(groupId: string): readonly string[] | undefined;
    /** Title of a KPI, when a KPI metadata file is loaded. */
    kpiTitle(kpi: string): string | undefined;
    /** Description and division by gender of a KPI, when a KPI metadata file (JSON, CSV with those columns) says them. */
    kpiDetails(kpi: string): KpiDetails | undefined;
    /** True when some data file of the model is KPI metadata: then a Kolada id it does not know is suspect. */
    hasKpiMetadata(): boolean;
    /** Name of a municipality, when a municipality metadata file is loaded. */
    municipalityName(code: string): string | undefined;
    /** Every municipality code that appears in the loaded value files, for the unknown-municipality check. */
    knownMunicipalities(): ReadonlySet<string>;
}
