import { plainText } from '../text/plain-text.js';
import { type CliDiagnostic, SEVERITY_WORDS } from './diagnostics.js';
import { asSarif } from './sarif.js';

export type DiagnosticFormat = 'text' | 'json' | 'sarif' | 'github';

/** Every format shows the message as plain text (quotes, not backticks); SARIF also carries the Markdown. */
export function formatDiagnostics(format: DiagnosticFormat, diagnostics: CliDiagnostic[], toolVersion: string): string {
    if (format === 'sarif') return JSON.stringify(asSarif(diagnostics, toolVersion), null, 2);
    const plain = diagnostics.map(d => ({ ...d, message: plainText(d.message) }));
    return formatPlain(format, plain);
}

function formatPlain(format: Exclude<DiagnosticFormat, 'sarif'>, diagnostics: CliDiagnostic[]): string {
    switch (format) {
        case 'text':
            return asText(diagnostics);
        case 'json':
            return JSON.stringify(asJson(diagnostics), null, 2);
        case 'github':
            return diagnostics.map(asGithub).join('\n');
    }
}

function count(diagnostics: CliDiagnostic[], severity: CliDiagnostic['severity']): number {
    return diagnostics.filter(d => d.severity === severity).length;
}

function asText(diagnostics: CliDiagnostic[]): string {
    const lines = diagnostics.map(
        d => `${d.file}:${d.line}:${d.column}: ${SEVERITY_WORDS[d.severity]}: ${d.message} [${d.code}]`
    );
    const errors = count(diagnostics, 'error');
    const warnings = count(diagnostics, 'warning');
    lines.push(`${errors} ${errors === 1 ? 'fel' : 'fel'}, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`);
    return lines.join('\n');
}

function asJson(diagnostics: CliDiagnostic[]): object {
    return { diagnostics, errors: count(diagnostics, 'error'), warnings: count(diagnostics, 'warning') };
}

/** GitHub workflow commands escape `%`, CR and LF in data, and also `,` and `:` in properties. */
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function asGithub(d: CliDiagnostic): string {
    const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    return `::${command} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.code)}::${escapeData(d.message)}`;
}
