import { FIRST_VALID_YEAR, LAST_VALID_YEAR } from '../model/valid-year.js';
import { type CsvHeader, classifyHeader } from './csv-header.js';
import { CsvScanner, detectSeparator, type Separator, trimEnd, trimStart } from './csv-scanner.js';
import { normalizeMunicipalityCode } from './municipality-code.js';
import { closestMunicipalityName, municipalityCodeByName } from './municipality-names.js';
import { isDecimalCommaNumber, isMissingMarker, isOverflowingNumber, parseNumber, parseYear } from './parse-number.js';
import type { ParsedDataFile } from './parsed-data-file.js';
import { DataProblemCode, type ProblemList, quoteCell, type RowCause } from './problems.js';
import { genderIndex, type YearColumn, type YearColumns } from './value-table.js';

/** How many leading lines may precede the header (a title line, an export note). */
const HEADER_SEARCH_LINES = 10;

const SEPARATOR_NAMES: Record<Separator, string> = { ';': 'semikolon', ',': 'komma', '\t': 'tabb' };

const DECIMAL_COMMA_VALUE: RowCause = {
    key: 'decimal-comma-value',
    advice:
        'värdet har decimalkomma, men filen har komma som avgränsare. Skriv talen med punkt (17.88), ' +
        'eller spara filen med semikolon som avgränsare.'
};

const NOT_A_NUMBER: RowCause = {
    key: 'not-a-number',
    advice:
        'värdet är inget tal. Kontrollera att värdekolumnen innehåller tal (87,5 eller 87.5) och inte text eller enheter, ' +
        'och lämna fältet tomt där värdet saknas.'
};

/**
 * Reads a CSV data or metadata file into `target`; every problem goes to `problems`.
 *
 * @param knownSeparator known in advance (a workbook sheet laid out with tabs); detected from the header otherwise
 */
export function readCsv(text: string, target: ParsedDataFile, problems: ProblemList, knownSeparator?: Separator): void {
    const found = findHeader(text, knownSeparator);
    if (!found.header) {
        const missing = found.missing;
        problems.error(
            DataProblemCode.unknownLayout,
            found.line,
            missing.length > 0
                ? `rubrikraden saknar ${missing.map(m => `kolumnen "${m}"`).join(' och ')}. ` +
                      'En lång fil behöver kolumnerna kommun, år och värde (nyckeltal och kön om de finns); ' +
                      'en bred fil kommun och en kolumn per år, t.ex. 2019. Lägg till eller byt namn på kolumnerna.'
                : 'Filens format känns inte igen: ingen rubrikrad med kolumnerna kommun, år och värde ' +
                      '(eller kommun och en kolumn per år). Spara filen som CSV med en rubrikrad, ' +
                      'eller som JSON från Koladas API.'
        );
        return;
    }
    const { header, separator, scanner } = found;
    switch (header.kind) {
        case 'long':
        case 'wide':
            target.format = header.kind === 'long' ? 'csv-long' : 'csv-wide';
            target.needsKpi = header.kpi < 0;
            for (const column of header.invalidYearColumns) {
                problems.row(
                    DataProblemCode.rowUnreadable,
                    found.line,
                    `rubriken "${column}" är inget år från ${FIRST_VALID_YEAR} till ${LAST_VALID_YEAR}, ` +
                        'så kolumnens värden läses inte. Skriv det år värdena gäller, t.ex. 2019.',
                    'warning',
                    undefined,
                    column
                );
            }
            readValueRows(scanner, header, separator, target, problems);
            return;
        case 'kpi-metadata':
            target.format = 'kpi-metadata';
            readMetadataRows(scanner, header, target.kpiTitles, false);
            return;
        case 'municipality-metadata':
            target.format = 'municipality-metadata';
            readMetadataRows(scanner, header, target.municipalityNames, true);
            return;
    }
}

type HeaderSearch =
    | { header: CsvHeader; separator: Separator; scanner: CsvScanner; line: number }
    | { header?: undefined; missing: string[]; line: number };

function findHeader(text: string, knownSeparator: Separator | undefined): HeaderSearch {
    let start = 0;
    let line = 1;
    let firstLine = 0;
    let firstMissing: string[] = [];
    let forcedSeparator: Separator | undefined = knownSeparator;
    for (let tried = 0; tried < HEADER_SEARCH_LINES && start < text.length; ) {
        const end = lineEnd(text, start);
        const lineText = text.slice(start, end);
        const next = skipLineBreak(text, end);
        const sepHint = /^\s*"?sep=(.)"?\s*$/i.exec(lineText);
        if (sepHint) {
            // Excel's `sep=;` first line names the separator and is not the header.
            const hinted = sepHint[1];
            forcedSeparator = hinted === ';' || hinted === ',' || hinted === '\t' ? hinted : undefined;
        } else if (lineText.trim().length > 0) {
            tried++;
            const separator = forcedSeparator ?? detectSeparator(lineText) ?? ';';
            const scanner = new CsvScanner(text, separator, start, line);
            scanner.next();
            const names: string[] = [];
            for (let i = 0; i < scanner.count; i++) {
                names.push(scanner.field(i));
            }
            const result = classifyHeader(names);
            if ('header' in result) {
                return { header: result.header, separator, scanner, line };
            }
            if (firstLine === 0 || (firstMissing.length === 0 && result.missing.length > 0)) {
                firstLine = line;
                firstMissing = result.missing;
            }
        }
        start = next;
        line++;
    }
    return { missing: firstMissing, line: firstLine };
}

function lineEnd(text: string, start: number): number {
    let end = start;
    while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) {
            break;
        }
        end++;
    }
    return end;
}

function skipLineBreak(text: string, end: number): number {
    if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) {
        return end + 2;
    }
    return end + 1;
}

/**
 * The hot loop: one pass over the rows, parsing straight from the text. Caches the last KPI, series and
 * year column, because exports are sorted and consecutive rows nearly always share them.
 */
function readValueRows(
    scanner: CsvScanner,
    header: CsvHeader,
    separator: Separator,
    target: ParsedDataFile,
    problems: ProblemList
): void {
    const text = scanner.text;
    const table = target.values;
    const decimalComma = separator !== ',';
    const {
        kpi: kpiColumn,
        municipality: codeColumn,
        name: nameColumn,
        gender: genderColumn,
        year: yearColumn
    } = header;
    const valueColumns = header.valueColumns;
    const valueYears = header.valueYears;
    const wide = header.kind === 'wide';
    // The scanner still holds the header row: every row must have as many fields, or it is not known which is which.
    const headerFields = scanner.count;

    let lastKpi = '';
    let seriesKpi: string | undefined;
    let seriesGender = -1;
    let series: YearColumns | undefined;
    let columnSeries: YearColumns | undefined;
    let columnYear = -1;
    let column: YearColumn | undefined;
    let rows = 0;

    while (scanner.next()) {
        const line = scanner.line;
        const count = scanner.count;
        const starts = scanner.starts;
        const ends = scanner.ends;
        // Blank lines and Excel's `;;;;` rows; the first field is nearly never empty otherwise, so this is cheap.
        if (trimStart(text, starts[0] as number, ends[0] as number) === ends[0] && scanner.isBlank()) {
            continue;
        }
        rows++;
        if (count !== headerFields && !(count > headerFields && scanner.isBlankFrom(headerFields))) {
            const mismatch = fieldCountProblem(scanner, headerFields, separator);
            problems.row(DataProblemCode.rowUnreadable, line, mismatch.message, 'warning', mismatch.cause);
            continue;
        }

        let kpi = '';
        if (kpiColumn >= 0) {
            const s = trimStart(text, starts[kpiColumn] as number, ends[kpiColumn] as number);
            const e = trimEnd(text, s, ends[kpiColumn] as number);
            if (e > s && e - s === lastKpi.length && scanner.escaped[kpiColumn] === 0 && text.startsWith(lastKpi, s)) {
                kpi = lastKpi;
            } else {
                kpi = scanner.field(kpiColumn);
                if (kpi.length === 0) {
                    problems.row(
                        DataProblemCode.rowUnreadable,
                        line,
                        `nyckeltalet saknas. Skriv nyckeltalets id, t.ex. N00901.`
                    );
                    continue;
                }
                lastKpi = kpi;
            }
        }

        let gender = 0;
        if (genderColumn >= 0) {
            const s = trimStart(text, starts[genderColumn] as number, ends[genderColumn] as number);
            const e = trimEnd(text, s, ends[genderColumn] as number);
            gender = e === s ? 0 : e - s === 1 ? genderCode(text.charCodeAt(s)) : genderWord(text.slice(s, e));
            if (gender < 0) {
                problems.row(
                    DataProblemCode.rowUnreadable,
                    line,
                    `könet ${quoteCell(scanner.field(genderColumn))} är okänt. ` +
                        'Skriv T (totalt), K (kvinnor) eller M (män), eller lämna fältet tomt för totalt.'
                );
                continue;
            }
        }

        let year = -1;
        if (yearColumn >= 0) {
            const s = trimStart(text, starts[yearColumn] as number, ends[yearColumn] as number);
            const e = trimEnd(text, s, ends[yearColumn] as number);
            year = parseYear(text, s, e);
            if (Number.isNaN(year)) {
                problems.row(
                    DataProblemCode.rowUnreadable,
                    line,
                    `året ${quoteCell(scanner.field(yearColumn))} är inget årtal. ` +
                        'Skriv året med fyra siffror, t.ex. 2019.'
                );
                continue;
            }
        }

        const codeStart = trimStart(text, starts[codeColumn] as number, ends[codeColumn] as number);
        const codeEnd = trimEnd(text, codeStart, ends[codeColumn] as number);
        const known = table.codes.length;
        let index = numericCode(text, codeStart, codeEnd);
        if (index >= 0) {
            index = table.internNumber(index);
        } else {
            const raw = scanner.field(codeColumn);
            // Kolada's web exports name the municipality instead of giving its code.
            const code = normalizeMunicipalityCode(raw) ?? municipalityCodeByName(raw);
            if (code === undefined) {
                problems.row(DataProblemCode.rowUnreadable, line, unknownMunicipalityMessage(raw));
                continue;
            }
            index = table.intern(code);
        }
        if (nameColumn >= 0 && table.codes.length > known) {
            const name = scanner.field(nameColumn);
            if (name.length > 0) {
                target.municipalityNames.set(table.codes[index] as string, name);
            }
        }

        if (kpi !== seriesKpi || gender !== seriesGender || series === undefined) {
            series = table.series(kpi, gender);
            seriesKpi = kpi;
            seriesGender = gender;
        }

        for (let v = 0; v < valueColumns.length; v++) {
            const valueColumn = valueColumns[v] as number;
            const s = trimStart(text, starts[valueColumn] as number, ends[valueColumn] as number);
            const e = trimEnd(text, s, ends[valueColumn] as number);
            if (isMissingMarker(text, s, e)) {
                continue;
            }
            const value =
                scanner.escaped[valueColumn] === 0
                    ? parseNumber(text, s, e, decimalComma)
                    : parseNumber(scanner.field(valueColumn), 0, scanner.field(valueColumn).length, decimalComma);
            const valueYear = wide ? (valueYears[v] as number) : year;
            if (Number.isNaN(value)) {
                const cell = scanner.field(valueColumn);
                const commaNumber = !decimalComma && isDecimalCommaNumber(cell);
                problems.row(
                    DataProblemCode.rowUnreadable,
                    line,
                    commaNumber
                        ? `värdet ${quoteCell(cell)} har decimalkomma, men filen har komma som avgränsare. ` +
                              `Skriv ${cell.replace(',', '.')}, eller spara filen med semikolon som avgränsare.`
                        : isOverflowingNumber(cell)
                          ? `värdet ${quoteCell(cell)} är för stort för att räkna med. Rätta värdet eller lämna fältet tomt.`
                          : `värdet ${quoteCell(cell)} är inget tal. ` +
                            'Skriv ett tal (87,5 eller 87.5) eller lämna fältet tomt.',
                    'warning',
                    commaNumber ? DECIMAL_COMMA_VALUE : isOverflowingNumber(cell) ? undefined : NOT_A_NUMBER,
                    wide ? String(valueYear) : undefined
                );
                continue;
            }
            if (valueYear !== columnYear || series !== columnSeries || column === undefined) {
                column = table.column(series, valueYear);
                columnYear = valueYear;
                columnSeries = series;
            }
            const previous = column.set(index, value, line);
            if (previous !== 0) {
                problems.row(
                    DataProblemCode.duplicate,
                    line,
                    `samma nyckeltal, kommun, år och kön finns redan på rad ${previous}. ` +
                        'Värdet på den här raden används; ta bort den rad som är fel.',
                    'warning'
                );
            }
        }
    }
    if (rows === 0) {
        problems.warning(
            DataProblemCode.noValues,
            0,
            'Filen har en rubrikrad men inga rader med värden. Kontrollera att exporten blev fullständig.'
        );
    }
}

/** A code column cell that is neither a code nor one of Kolada's municipality names. */
function unknownMunicipalityMessage(raw: string): string {
    if (raw.length === 0) {
        return `kommunkoden saknas. Skriv kommunens kod med fyra siffror, t.ex. 1881.`;
    }
    const close = closestMunicipalityName(raw);
    return (
        `${quoteCell(raw)} är varken en kommunkod eller ett kommunnamn.` +
        (close ? ` Menade du ${close}?` : '') +
        ' Skriv Koladas kod med fyra siffror, t.ex. 1881 (0000 för riket), eller kommunens namn som Kolada skriver det.'
    );
}

/**
 * A row whose fields do not line up with the header. The usual cause in a comma-separated file is a decimal comma
 * (`1885,2024,17,88`): the reader cannot know which field is which, so it says so instead of guessing. The cause
 * is the same on every such row, so a file full of them gets one problem (ProblemList's systematic causes).
 */
function fieldCountProblem(
    scanner: CsvScanner,
    headerFields: number,
    separator: Separator
): { message: string; cause: RowCause } {
    const count = scanner.count;
    const more = count > headerFields;
    const decimalComma = more && separator === ',' && hasDecimalCommaPair(scanner);
    const tip = decimalComma
        ? 'Troligen har ett tal decimalkomma (som 17,88) i en fil med komma som avgränsare. ' +
          'Skriv talet med punkt (17.88) eller inom citattecken ("17,88"), eller spara filen med semikolon som avgränsare.'
        : `Kontrollera att raden har samma avgränsare (${SEPARATOR_NAMES[separator]}) som rubrikraden` +
          (more
              ? ' och att text som innehåller avgränsaren står inom citattecken.'
              : ', och lämna tomma fält för värden som saknas.');
    return {
        message: `raden har ${count} fält men rubrikraden har ${headerFields}. ${tip}`,
        cause: {
            key: decimalComma ? 'decimal-comma-fields' : more ? 'too-many-fields' : 'too-few-fields',
            advice: `raderna har ${more ? 'fler' : 'färre'} fält än rubrikraden (${headerFields}). ${tip}`
        }
    };
}

/** True when two neighbouring fields read as the two halves of a number with a decimal comma: `17` and `88`. */
function hasDecimalCommaPair(scanner: CsvScanner): boolean {
    for (let i = 0; i + 1 < scanner.count; i++) {
        if (/^-?\d+$/.test(scanner.field(i)) && /^\d+$/.test(scanner.field(i + 1)) && scanner.escaped[i] === 0) {
            return true;
        }
    }
    return false;
}

function genderCode(c: number): number {
    switch (c) {
        case 84: // T
        case 116:
            return 0;
        case 75: // K
        case 107:
            return 1;
        case 77: // M
        case 109:
            return 2;
        default:
            return -1;
    }
}

function genderWord(word: string): number {
    switch (word.toLowerCase()) {
        case 'totalt':
        case 'total':
        case 'alla':
            return genderIndex('T');
        case 'kvinnor':
        case 'flickor':
            return genderIndex('K');
        case 'män':
        case 'pojkar':
            return genderIndex('M');
        default:
            return -1;
    }
}

/** 0..9999 when the range is one to four digits, else -1. */
function numericCode(text: string, start: number, end: number): number {
    const length = end - start;
    if (length < 1 || length > 4) {
        return -1;
    }
    let n = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) {
            return -1;
        }
        n = n * 10 + (c - 48);
    }
    return n;
}

function readMetadataRows(scanner: CsvScanner, header: CsvHeader, target: Map<string, string>, codes: boolean): void {
    while (scanner.next()) {
        const id = scanner.field(header.id);
        const title = scanner.field(header.title);
        if (id.length === 0 || title.length === 0) {
            continue;
        }
        target.set(codes ? (normalizeMunicipalityCode(id) ?? id) : id, title);
    }
}
