import type { DataProblem } from './data-api.js';

/**
 * Stable problem codes of the data layer. The CLI's JSON and SARIF output and the docs use them,
 * so a code never changes meaning once published.
 */
export const DataProblemCode = {
    /** The file named on a `data` line does not exist. */
    fileMissing: 'data-file-missing',
    /** The file exists but cannot be read: a folder, no permission, binary content. */
    fileUnreadable: 'data-file-unreadable',
    /** The file has no content at all. */
    fileEmpty: 'data-file-empty',
    /** The file has a header (or JSON) but not one of the known layouts. */
    unknownLayout: 'data-format-unknown',
    /** JSON that does not parse. */
    jsonInvalid: 'data-json-invalid',
    /** A row (or JSON entry) that cannot be read. */
    rowUnreadable: 'data-row-unreadable',
    /** The same KPI, municipality, year and gender twice in one file. */
    duplicate: 'data-duplicate-row',
    /** The file has no kpi column and the `data` line names no `nyckeltal`. */
    kpiRequired: 'data-kpi-required',
    /** The `data` line names a `nyckeltal` that the file has no values for. */
    kpiNotInFile: 'data-kpi-not-in-file',
    /** A readable file without a single value. */
    noValues: 'data-no-values'
} as const;

export type DataProblemCode = (typeof DataProblemCode)[keyof typeof DataProblemCode];

/** A big broken file must not drown the editor in diagnostics; the rest are summarised in one. */
export const MAX_ROW_PROBLEMS = 100;

/**
 * Collects the problems of one file. Row problems beyond {@link MAX_ROW_PROBLEMS} are counted and reported
 * as one summary problem by {@link ProblemList.finish}.
 */
export class ProblemList {
    readonly problems: DataProblem[] = [];
    private rowProblems = 0;
    private omitted = 0;
    private firstOmittedLine = 0;

    constructor(readonly file: string) {}

    error(code: DataProblemCode, line: number, message: string): void {
        this.problems.push({ code, file: this.file, line, message, severity: 'error' });
    }

    warning(code: DataProblemCode, line: number, message: string): void {
        this.problems.push({ code, file: this.file, line, message, severity: 'warning' });
    }

    /** A problem with one row; counted against the cap. */
    row(code: DataProblemCode, line: number, message: string, severity: 'error' | 'warning' = 'warning'): void {
        if (this.rowProblems >= MAX_ROW_PROBLEMS) {
            if (this.omitted === 0) {
                this.firstOmittedLine = line;
            }
            this.omitted++;
            return;
        }
        this.rowProblems++;
        this.problems.push({ code, file: this.file, line, message, severity });
    }

    finish(): DataProblem[] {
        if (this.omitted > 0) {
            this.error(
                DataProblemCode.rowUnreadable,
                this.firstOmittedLine,
                `Ytterligare ${this.omitted} rader har problem (den första är rad ${this.firstOmittedLine}). ` +
                    'Rätta raderna som visas först och läs in filen igen.'
            );
            this.omitted = 0;
        }
        return this.problems;
    }
}

/** Shortens a cell for a message so a runaway field does not fill the screen. */
export function quoteCell(cell: string): string {
    const shown = cell.length > 40 ? `${cell.slice(0, 37)}...` : cell;
    return `"${shown}"`;
}
