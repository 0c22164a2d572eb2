import { DataProblemCode } from '../data/problems.js';
import type { ReportWarning } from '../render/render-input.js';
import { byPosition, type CliDiagnostic, toCliDiagnostic } from './diagnostics.js';
import type { LoadedWorkspace } from './workspace.js';

/** The data layer's problem codes: a broken data file is named in the output, it does not stop it. */
const DATA_PROBLEM_CODES: ReadonlySet<string> = new Set(Object.values(DataProblemCode));

export interface ModelDiagnostics {
    /** Every diagnostic of the model's files, with the file it is in. */
    all: Array<{ file: string; diagnostic: CliDiagnostic }>;
    /** Errors in the model's text (not in its data files), by position: these stop a report or a site. */
    errors: CliDiagnostic[];
}

/** The diagnostics of one model (its ModelMembership key); LANGUAGE.md section 5: a broken data file never stops it. */
export function modelDiagnostics(workspace: LoadedWorkspace, modelKey: string): ModelDiagnostics {
    const documents = workspace.services.references.ModelMembership.documentsOf(modelKey);
    const all = documents.flatMap(document =>
        (document.diagnostics ?? []).map(d => ({ file: document.uri.fsPath, diagnostic: toCliDiagnostic(document, d) }))
    );
    const errors = all
        .map(d => d.diagnostic)
        .filter(d => d.severity === 'error' && !DATA_PROBLEM_CODES.has(d.code))
        .sort(byPosition);
    return { all, errors };
}

/** The model's warnings as a report or the site names them in *Bilaga: Kvalitetskontroll* (READERS.md 3). */
export function reportWarnings(all: ModelDiagnostics['all']): ReportWarning[] {
    return all
        .filter(d => d.diagnostic.severity === 'warning')
        .map(({ file, diagnostic }) => ({
            file,
            line: diagnostic.line,
            code: diagnostic.code,
            message: diagnostic.message
        }));
}
