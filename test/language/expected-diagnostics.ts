/**
 * Test resources carry their expected diagnostics inline, as a trailing comment on the line where the
 * diagnostic starts:   `mål X "…" {   // förväntat: error committee-goal-without-contribution`
 * Several on one line are separated by commas. Every other line must stay silent.
 *
 * Like Safe-DS's test markers, a marker may also pin the message and the range:
 *   `// förväntat: warning no-value-for-year «har inget värde för 2019» @10-11`
 * `«…»` is a part of the message (the text as the server sends it, Markdown backticks included), and `@C` or
 * `@C-E` the 1-based start column and the column after the last character (on the marker's line).
 */
export interface ExpectedDiagnostic {
    file: string;
    line: number;
    severity: 'error' | 'warning' | 'info';
    code: string;
    /** A part of the message, when the marker pins it. */
    message?: string;
    /** 1-based start column, when the marker pins it. */
    column?: number;
    /** 1-based column after the range's end (same line), when the marker pins it. */
    endColumn?: number;
}

/** A diagnostic as the server reported it. */
export interface ActualDiagnostic {
    file: string;
    line: number;
    severity: 'error' | 'warning' | 'info';
    code: string;
    message: string;
    column: number;
    /** Undefined when the range ends on another line. */
    endColumn?: number;
}

const MARKER = /\/\/\s*förväntat:\s*(.+)$/;
const ITEM = /^(error|warning|info)\s+(\S+)(?:\s+«([^»]*)»)?(?:\s+@(\d+)(?:-(\d+))?)?$/;

/** Splits a marker's items at commas that are not inside a «message». */
function items(marker: string): string[] {
    const found: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < marker.length; i++) {
        const c = marker[i];
        if (c === '«') depth++;
        else if (c === '»') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) {
            found.push(marker.slice(start, i));
            start = i + 1;
        }
    }
    found.push(marker.slice(start));
    return found.map(item => item.trim());
}

export function expectedDiagnostics(file: string, text: string): ExpectedDiagnostic[] {
    const expected: ExpectedDiagnostic[] = [];
    // NFC first, so that a marker in a file saved in NFD is still found.
    text.normalize('NFC')
        .split(/\r?\n/)
        .forEach((line, index) => {
            const match = MARKER.exec(line);
            if (!match) return;
            for (const item of items(match[1])) {
                const parts = ITEM.exec(item);
                if (!parts) throw new Error(`${file}:${index + 1}: malformed expectation "${item}"`);
                const [, severity, code, message, column, endColumn] = parts;
                expected.push({
                    file,
                    line: index + 1,
                    severity: severity as ExpectedDiagnostic['severity'],
                    code: code as string,
                    ...(message !== undefined ? { message } : {}),
                    ...(column !== undefined ? { column: Number(column) } : {}),
                    ...(endColumn !== undefined ? { endColumn: Number(endColumn) } : {})
                });
            }
        });
    return expected;
}

export function key(d: Pick<ExpectedDiagnostic, 'file' | 'line' | 'severity' | 'code'>): string {
    return `${d.file}:${d.line} ${d.severity} ${d.code}`;
}

/** True when the actual diagnostic is the one the marker describes, message and range included where pinned. */
export function fulfils(actual: ActualDiagnostic, expected: ExpectedDiagnostic): boolean {
    return (
        key(actual) === key(expected) &&
        (expected.message === undefined || actual.message.includes(expected.message)) &&
        (expected.column === undefined || actual.column === expected.column) &&
        (expected.endColumn === undefined || actual.endColumn === expected.endColumn)
    );
}

/** Pairs markers with diagnostics one to one; what is left on either side is a failure to show. */
export function unmatched(
    expected: readonly ExpectedDiagnostic[],
    actual: readonly ActualDiagnostic[]
): { missing: string[]; unexpected: string[] } {
    const left = [...actual];
    const missing: string[] = [];
    // Pinned markers first, so that a plain marker on the same line does not take the diagnostic they describe.
    const ordered = [...expected].sort((a, b) => pinned(b) - pinned(a));
    for (const marker of ordered) {
        const index = left.findIndex(a => fulfils(a, marker));
        if (index >= 0) left.splice(index, 1);
        else missing.push(describe(marker));
    }
    return { missing: missing.sort(), unexpected: left.map(describe).sort() };
}

function pinned(marker: ExpectedDiagnostic): number {
    return (marker.message !== undefined ? 1 : 0) + (marker.column !== undefined ? 1 : 0);
}

function describe(d: ExpectedDiagnostic | ActualDiagnostic): string {
    const range = d.column === undefined ? '' : ` @${d.column}${d.endColumn === undefined ? '' : `-${d.endColumn}`}`;
    return `${key(d)}${d.message === undefined ? '' : ` «${d.message}»`}${range}`;
}
