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
    noValues: 'data-no-values',
    /** The `blad` on the data line names no sheet of the workbook. */
    sheetMissing: 'data-sheet-missing'
} as const;

export type DataProblemCode = (typeof DataProblemCode)[keyof typeof DataProblemCode];

/** A big broken file must not drown the editor in diagnostics; the rest are summarised in one. */
export const MAX_ROW_PROBLEMS = 100;

/**
 * The same cause on this many rows of one file is systematic (a decimal comma in a comma-separated export, a
 * column of text): one problem says so, with the count and the first row, instead of one problem a row.
 */
export const SYSTEMATIC_ROWS = 3;

/** Why a row could not be read, when the same reason is likely to recur on other rows of the file. */
export interface RowCause {
    /** Rows with the same key share the cause. */
    key: string;
    /** The cause and what to do, as a Swedish sentence that names no row. */
    advice: string;
}

interface CauseCount {
    cause: RowCause;
    code: DataProblemCode;
    severity: 'error' | 'warning';
    firstLine: number;
    count: number;
    /** Rows past the cap: reported in the summary of omitted rows unless the cause turns out systematic. */
    omitted: number;
    /** The earliest line of those rows (0 while there are none). */
    firstOmittedLine: number;
}

/**
 * Collects the problems of one file. Row problems beyond {@link MAX_ROW_PROBLEMS} are counted and reported
 * as one summary problem by {@link ProblemList.finish}, and so are the rows of a systematic cause.
 */
export class ProblemList {
    readonly problems: DataProblem[] = [];
    private rowProblems = 0;
    private omitted = 0;
    private firstOmittedLine = 0;
    private readonly causes = new Map<string, CauseCount>();
    private readonly causeOf = new Map<DataProblem, string>();
    /** The workbook sheet being read, once known: {@link finish} gives it to every problem. */
    sheet: string | undefined;

    constructor(readonly file: string) {}

    error(code: DataProblemCode, line: number, message: string): void {
        this.problems.push({ code, file: this.file, line, message, severity: 'error' });
    }

    warning(code: DataProblemCode, line: number, message: string): void {
        this.problems.push({ code, file: this.file, line, message, severity: 'warning' });
    }

    /** A problem with one row; counted against the cap, and against its cause when it has one. */
    row(
        code: DataProblemCode,
        line: number,
        message: string,
        severity: 'error' | 'warning' = 'warning',
        cause?: RowCause,
        column?: string
    ): void {
        let counted: CauseCount | undefined;
        if (cause) {
            counted = this.causes.get(cause.key);
            if (counted) counted.count++;
            else {
                counted = { cause, code, severity, firstLine: line, count: 1, omitted: 0, firstOmittedLine: 0 };
                this.causes.set(cause.key, counted);
            }
            // Already systematic: the summary will stand for this row, so it takes no place under the cap.
            if (counted.count > SYSTEMATIC_ROWS) return;
        }
        if (this.rowProblems >= MAX_ROW_PROBLEMS) {
            // A cause's rows count among the omitted only if it stays rare (see summariseSystematicCauses).
            if (counted) {
                if (counted.omitted === 0 || line < counted.firstOmittedLine) counted.firstOmittedLine = line;
                counted.omitted++;
            } else {
                this.omit(line);
            }
            return;
        }
        this.rowProblems++;
        const problem: DataProblem = {
            code,
            file: this.file,
            line,
            ...(column !== undefined ? { column } : {}),
            message,
            severity
        };
        this.problems.push(problem);
        if (cause) this.causeOf.set(problem, cause.key);
    }

    finish(): DataProblem[] {
        this.summariseSystematicCauses();
        if (this.omitted > 0) {
            this.error(
                DataProblemCode.rowUnreadable,
                this.firstOmittedLine,
                `Ytterligare ${this.omitted} rader har problem, den första av dem här. ` +
                    'Rätta raderna som visas först och läs in filen igen.'
            );
            this.omitted = 0;
        }
        const sheet = this.sheet;
        if (sheet !== undefined) {
            for (const problem of this.problems) problem.sheet ??= sheet;
        }
        return this.problems;
    }

    /** Counts rows past the cap for the summary, which names the earliest of them. */
    private omit(line: number, rows = 1): void {
        if (this.omitted === 0 || line < this.firstOmittedLine) {
            this.firstOmittedLine = line;
        }
        this.omitted += rows;
    }

    /** Replaces the row problems of every systematic cause by one problem in the place of its first row. */
    private summariseSystematicCauses(): void {
        const systematic = [...this.causes.entries()].filter(([, c]) => c.count >= SYSTEMATIC_ROWS);
        for (const counted of this.causes.values()) {
            if (counted.count < SYSTEMATIC_ROWS && counted.omitted > 0)
                this.omit(counted.firstOmittedLine, counted.omitted);
        }
        if (systematic.length === 0) return;
        const keys = new Set(systematic.map(([key]) => key));
        const summarised = new Set<string>();
        const kept: DataProblem[] = [];
        for (const problem of this.problems) {
            const key = this.causeOf.get(problem);
            if (key === undefined || !keys.has(key)) {
                kept.push(problem);
            } else if (!summarised.has(key)) {
                summarised.add(key);
                kept.push(this.summary(this.causes.get(key) as CauseCount));
            }
        }
        // A cause whose first row came after the cap was reached has no row problem to take the place of.
        for (const [key, counted] of systematic) {
            if (!summarised.has(key)) kept.push(this.summary(counted));
        }
        this.problems.splice(0, this.problems.length, ...kept);
        this.causes.clear();
        this.causeOf.clear();
    }

    private summary(counted: CauseCount): DataProblem {
        return {
            code: counted.code,
            file: this.file,
            line: counted.firstLine,
            moreRows: counted.count - 1,
            severity: counted.severity,
            message: counted.cause.advice
        };
    }
}

/** Shortens a cell for a message so a runaway field does not fill the screen. */
export function quoteCell(cell: string): string {
    const shown = cell.length > 40 ? `${cell.slice(0, 37)}...` : cell;
    return `"${shown}"`;
}
