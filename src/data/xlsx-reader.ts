import { closestName } from '../text/closest-name.js';
import { readCsv } from './csv-reader.js';
import type { ParsedDataFile } from './parsed-data-file.js';
import { DataProblemCode, type ProblemList, quoteCell } from './problems.js';
import { type SheetRows, scanSheet } from './xlsx-sheet.js';
import { openWorkbook, sharedStrings, workbookPart } from './xlsx-workbook.js';
import { XmlError } from './xml-text.js';
import { ZipArchive, ZipFormatError, ZipLimitError } from './zip-archive.js';

/**
 * Reads an `.xlsx` workbook: the first sheet, or the one named by `blad "namn"`. The sheet's stored cells are laid
 * out as tab-separated rows, one text line per Excel row (so the reader's line is the sheet's row number), and
 * read by the CSV reader's header and row rules: long and wide, the same column names, missing markers, codes and
 * municipality names, and the same row problems. Numbers reach it as Excel stored them (`<v>87.5</v>`), never
 * as the displayed `87,5 %`.
 */
export function readXlsx(bytes: Uint8Array, target: ParsedDataFile, problems: ProblemList, sheetName?: string): void {
    let rows: SheetRows;
    try {
        const archive = new ZipArchive(bytes);
        const part = workbookPart(archive);
        if (part === undefined) {
            problems.error(
                DataProblemCode.fileUnreadable,
                0,
                'Filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx). Spara data som .xlsx eller CSV.'
            );
            return;
        }
        const workbook = openWorkbook(archive, part);
        const sheet = pickSheet(workbook.sheets, sheetName, problems);
        if (sheet === undefined) {
            return;
        }
        target.sheet = sheet.name;
        problems.sheet = sheet.name;
        if (sheet.part === '') {
            problems.error(
                DataProblemCode.unknownLayout,
                0,
                `Bladet "${sheet.name}" har inga celler (ett diagramblad?). Välj ett blad med data: blad "namn" på data-raden.`
            );
            return;
        }
        // Text cells are made CSV fields here, shared strings once each: tabs and line breaks as spaces, quotes quoted.
        rows = scanSheet(new TextDecoder().decode(archive.read(sheet.part)), sharedStrings(workbook).map(field), field);
    } catch (error) {
        problems.error(DataProblemCode.fileUnreadable, 0, brokenMessage(error));
        return;
    }
    if (rows.rows.size === 0) {
        problems.error(
            DataProblemCode.fileEmpty,
            0,
            `Bladet${problems.sheet ? ` "${problems.sheet}"` : ''} är tomt. Lägg data på bladet, eller välj ett annat blad med blad "namn" på data-raden.`
        );
        return;
    }
    readCsv(sheetText(rows), target, problems, '\t');
}

function pickSheet(
    sheets: readonly { name: string; part: string }[],
    wanted: string | undefined,
    problems: ProblemList
): { name: string; part: string } | undefined {
    if (sheets.length === 0) {
        problems.error(DataProblemCode.unknownLayout, 0, 'Arbetsboken har inga blad. Spara den igen i Excel.');
        return undefined;
    }
    if (wanted === undefined) {
        return sheets[0];
    }
    const normalized = wanted.normalize('NFC');
    const found =
        sheets.find(sheet => sheet.name.normalize('NFC') === normalized) ??
        sheets.find(
            sheet => sheet.name.normalize('NFC').toLocaleLowerCase('sv') === normalized.toLocaleLowerCase('sv')
        );
    if (found) {
        return found;
    }
    const names = sheets.map(sheet => sheet.name);
    const close = closestName(wanted, names);
    problems.error(
        DataProblemCode.sheetMissing,
        0,
        `Arbetsboken har inget blad som heter ${quoteCell(wanted)}.${close ? ` Menade du "${close}"?` : ''} ` +
            `Bladen heter ${names.map(name => `"${name}"`).join(', ')}.`
    );
    return undefined;
}

function brokenMessage(error: unknown): string {
    if (error instanceof ZipLimitError) {
        return (
            `Arbetsboken läses inte: ${error.message}, mer än en arbetsbok med data kan innehålla ` +
            '(kanske en zip-bomb). Kontrollera filen, eller spara bara databladet som CSV.'
        );
    }
    const reason = error instanceof ZipFormatError || error instanceof XmlError ? error.message : String(error);
    return `Arbetsboken är trasig och kan inte läsas (${reason}). Öppna den i Excel och spara den igen, eller spara bladet som CSV.`;
}

/** The sheet as tab-separated text: line N is row N, every row as wide as the widest (cells are fields already). */
function sheetText(sheet: SheetRows): string {
    const lines: string[] = [];
    let last = 0;
    const numbers = [...sheet.rows.keys()].sort((a, b) => a - b);
    for (const number of numbers) {
        while (++last < number) {
            lines.push('');
        }
        const cells = sheet.rows.get(number) as string[];
        const missing = sheet.width - cells.length;
        lines.push(missing > 0 ? cells.join('\t') + '\t'.repeat(missing) : cells.join('\t'));
    }
    return lines.join('\n');
}

function field(cell: string): string {
    const flat = /[\t\r\n]/.test(cell) ? cell.replace(/[\t\r\n]+/g, ' ') : cell;
    return flat.indexOf('"') >= 0 ? `"${flat.replace(/"/g, '""')}"` : flat;
}
