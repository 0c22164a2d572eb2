/**
 * The one wording every editor surface (code lens, inlay hint, hover, preview banner) uses while the model has a
 * syntax error: they all show the last result computed without one, marked with this note, or nothing
 * (READERS.md section 7).
 */

/** Where the first syntax error is: a display name (workspace-relative) and a 1-based line. */
export interface SyntaxErrorAt {
    file: string;
    line: number;
}

/** `rad 32` in the file the reader is in, `nämnderna.styr rad 32` in another. */
function where(error: SyntaxErrorAt, currentFile: string | undefined): string {
    return error.file === currentFile ? `rad ${error.line}` : `${error.file} rad ${error.line}`;
}

/** `Senaste giltiga resultat; rad 32 har fel`. */
export function lastValidNote(error: SyntaxErrorAt, currentFile?: string): string {
    return `Senaste giltiga resultat; ${where(error, currentFile)} har fel`;
}

/** `Inget giltigt resultat ännu; rad 32 har fel`: the model has had a syntax error since it was opened. */
export function noValidResultNote(error: SyntaxErrorAt, currentFile?: string): string {
    return `Inget giltigt resultat ännu; ${where(error, currentFile)} har fel`;
}
