/**
 * Test resources carry their expected diagnostics inline, as a trailing comment on the line where the
 * diagnostic starts:   `mål X "…" {   // förväntat: error committee-goal-without-contribution`
 * Several on one line are separated by commas. Every other line must stay silent.
 */
export interface ExpectedDiagnostic {
    file: string;
    line: number;
    severity: 'error' | 'warning' | 'info';
    code: string;
}

const MARKER = /\/\/\s*förväntat:\s*(.+)$/;

export function expectedDiagnostics(file: string, text: string): ExpectedDiagnostic[] {
    const expected: ExpectedDiagnostic[] = [];
    // NFC first, so that a marker in a file saved in NFD is still found.
    text.normalize('NFC')
        .split(/\r?\n/)
        .forEach((line, index) => {
            const match = MARKER.exec(line);
            if (!match) return;
            for (const item of match[1].split(',')) {
                const [severity, code] = item.trim().split(/\s+/);
                if ((severity !== 'error' && severity !== 'warning' && severity !== 'info') || !code) {
                    throw new Error(`${file}:${index + 1}: malformed expectation "${item.trim()}"`);
                }
                expected.push({ file, line: index + 1, severity, code });
            }
        });
    return expected;
}

export function key(d: ExpectedDiagnostic): string {
    return `${d.file}:${d.line} ${d.severity} ${d.code}`;
}
