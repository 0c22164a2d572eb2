import { relative, resolve, sep } from 'node:path';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

export type Severity = 'error' | 'warning' | 'info';

/** The Swedish word for each severity, as the text output and the GitHub summary show it. */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = { error: 'fel', warning: 'varning', info: 'info' };

/** A diagnostic as the command line reports it: paths relative to the current folder with `/`, 1-based. */
export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

export function displayPath(absolute: string): string {
    return relative(process.cwd(), absolute).split(sep).join('/') || '.';
}

/** The checkout in GitHub Actions (`GITHUB_ACTIONS=true`), which names annotated files relative to it. */
export function githubWorkspace(): string | undefined {
    return process.env.GITHUB_ACTIONS === 'true' && process.env.GITHUB_WORKSPACE
        ? resolve(process.env.GITHUB_WORKSPACE)
        : undefined;
}

/** Diagnostics name files relative to the current folder, or to the GitHub workspace in Actions (CLI.md). */
export function diagnosticBase(): string {
    return githubWorkspace() ?? process.cwd();
}

export function toCliDiagnostic(document: LangiumDocument, diagnostic: Diagnostic): CliDiagnostic {
    return {
        file: relative(diagnosticBase(), document.uri.fsPath).split(sep).join('/') || '.',
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
        code: String(diagnostic.code ?? 'unknown'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

export function byPosition(a: CliDiagnostic, b: CliDiagnostic): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
