/**
 * Where a data problem is, said the same way for every reader (CSV, Kolada JSON, xlsx) and every surface: the
 * problem carries its file, sheet, line and column as fields, and its message says only what is wrong and what to
 * do. "resultat.csv, rad 12: kommunkoden saknas. …", "egna.xlsx, blad "Enkät", rad 3: …",
 * "resultat.csv, rad 2 och 4 rader till har samma fel: …".
 */
import type { DataProblem } from './data-api.js';

type Place = Pick<DataProblem, 'sheet' | 'line' | 'column' | 'moreRows'>;

/** The place inside the file (`blad "Enkät", rad 3, kolumn 2019`); undefined for a problem of the whole file. */
export function placeInFile(problem: Place): string | undefined {
    const parts = [
        ...(problem.sheet !== undefined ? [`blad "${problem.sheet}"`] : []),
        ...(problem.line > 0 ? [`rad ${problem.line}${moreRowsText(problem)}`] : []),
        ...(problem.line > 0 && problem.column !== undefined ? [`kolumn ${problem.column}`] : [])
    ];
    return parts.length > 0 ? parts.join(', ') : undefined;
}

function moreRowsText(problem: Place): string {
    return problem.moreRows === undefined ? '' : ` och ${problem.moreRows} rader till har samma fel`;
}

/** The whole message: the file as the surface names it (`resultat.csv`, `data/resultat.csv`), the place, the problem. */
export function dataProblemText(problem: DataProblem, shownFile: string): string {
    const place = placeInFile(problem);
    return `${place === undefined ? shownFile : `${shownFile}, ${place}`}: ${problem.message}`;
}
