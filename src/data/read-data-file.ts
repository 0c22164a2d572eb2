import { readCsv } from './csv-reader.js';
import { decodeText, looksBinary } from './decode-text.js';
import { readKoladaJson } from './kolada-json-reader.js';
import { emptyParsedFile, type ParsedDataFile } from './parsed-data-file.js';
import { DataProblemCode, ProblemList } from './problems.js';
import { readXlsx } from './xlsx-reader.js';
import { looksLikeZip } from './zip-archive.js';

/**
 * Reads one data file's bytes. The content decides the format: an Excel workbook when the bytes are a zip
 * archive, JSON when the text starts with `{` or `[`, otherwise CSV, whose header decides long, wide or
 * metadata. Never throws: whatever goes wrong is a problem in the result, and the rows that could be read are kept.
 *
 * @param file the path the problems name (absolute for files named in a model)
 * @param sheet the workbook sheet to read (`blad "namn"`); the first when not given, ignored for text files
 */
export function parseDataFile(bytes: Uint8Array, file: string, sheet?: string): ParsedDataFile {
    const result = emptyParsedFile(file);
    const problems = new ProblemList(file);
    try {
        if (looksLikeZip(bytes)) {
            readXlsx(bytes, result, problems, sheet);
        } else if (looksLikeOldExcel(bytes)) {
            problems.error(
                DataProblemCode.fileUnreadable,
                0,
                'Filen är en arbetsbok i det gamla Excel-formatet (.xls), som inte läses. ' +
                    'Spara den som Excel-arbetsbok (.xlsx) eller som CSV (semikolonavgränsad).'
            );
        } else {
            readInto(bytes, result, problems);
        }
    } catch (error) {
        // A reader bug must not take the language server down with it; the user still learns which file.
        problems.error(
            DataProblemCode.fileUnreadable,
            0,
            `Filen kunde inte läsas (${error instanceof Error ? error.message : String(error)}). ` +
                'Kontrollera att det är en CSV- eller JSON-fil med data.'
        );
    }
    result.problems = problems.finish();
    return result;
}

function readInto(bytes: Uint8Array, result: ParsedDataFile, problems: ProblemList): void {
    const { text } = decodeText(bytes);
    let start = 0;
    while (start < text.length && isWhitespace(text.charCodeAt(start))) {
        start++;
    }
    if (start === text.length) {
        problems.error(
            DataProblemCode.fileEmpty,
            0,
            'Filen är tom. Exportera data till filen igen, eller ta bort data-raden.'
        );
        return;
    }
    if (looksBinary(text)) {
        problems.error(
            DataProblemCode.fileUnreadable,
            0,
            'Filen är varken en textfil eller en Excel-arbetsbok (.xlsx). Spara den som .xlsx, ' +
                'som CSV (semikolonavgränsad) eller som JSON från Koladas API.'
        );
        return;
    }
    const first = text.charCodeAt(start);
    if (first === 123 || first === 91) {
        readKoladaJson(text, result, problems);
    } else {
        readCsv(text, result, problems);
    }
}

/** The compound-document signature of Excel 97–2003 `.xls` files. */
function looksLikeOldExcel(bytes: Uint8Array): boolean {
    return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function isWhitespace(c: number): boolean {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
}
