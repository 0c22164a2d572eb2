import { strToU8, zipSync } from 'fflate';
import { xmlText } from '../xml-text.js';

/**
 * A small writer of `.xlsx` workbooks (SpreadsheetML), just what the report's workbook needs: sheets of text and
 * number cells, a bold frozen header row with filters, column widths, a few number formats and status fills.
 * Numbers are stored as numbers (`<v>87.5</v>`), so Excel sorts, sums and charts them; the formats are written
 * in the file's neutral notation (`#,##0.0`) and Swedish Excel shows them as `1 234,5`. Strings are inline, so a
 * workbook is built in one pass. Pure: returns bytes.
 */

export type CellStyle =
    | 'text'
    /** Long text, wrapped. */
    | 'wrap'
    /** A fraction shown as a percentage with one decimal: 0.875 as `87,5 %`. */
    | 'percent'
    /** A number with 0–6 decimals and thousands grouping: `12 345`, `87,5`. */
    | `decimals${0 | 1 | 2 | 3 | 4 | 5 | 6}`
    | 'green'
    | 'yellow'
    | 'red'
    | 'grey';

export type XlsxCell = string | number | null | { value: string | number; style: CellStyle };

export interface XlsxSheet {
    name: string;
    /** Header row: bold, frozen, with filters. */
    header: string[];
    rows: XlsxCell[][];
    /** Column widths in characters; a column without one gets a width from its content. */
    widths?: number[];
}

/** Style index in `cellXfs` by name; 1 is the header's. */
const STYLE_INDEX: Record<CellStyle, number> = {
    text: 0,
    wrap: 2,
    percent: 3,
    decimals0: 4,
    decimals1: 5,
    decimals2: 6,
    decimals3: 7,
    decimals4: 8,
    decimals5: 9,
    decimals6: 10,
    green: 11,
    yellow: 12,
    red: 13,
    grey: 14
};

/** The most decimals a number style has. */
export const MAX_DECIMALS = 6;

/** Custom number formats from id 164 (Excel's first free one): `0.0%`, then `#,##0.0` … `#,##0.000000`. */
const NUMBER_FORMATS = ['0.0%', ...Array.from({ length: MAX_DECIMALS }, (_, i) => `#,##0.${'0'.repeat(i + 1)}`)];

/** Fill and font colours of the status cells: Excel's own "Bra", "Neutral", "Dålig" and a grey. */
const STATUS_COLOURS = [
    { fill: 'FFC6EFCE', font: 'FF006100' },
    { fill: 'FFFFEB9C', font: 'FF9C5700' },
    { fill: 'FFFFC7CE', font: 'FF9C0006' },
    { fill: 'FFEDEDED', font: 'FF404040' }
];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's longest sheet name and the characters it does not allow in one. */
const MAX_SHEET_NAME = 31;

export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
    const files: Record<string, Uint8Array> = {
        '[Content_Types].xml': strToU8(contentTypes(sheets.length)),
        '_rels/.rels': strToU8(
            `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
        ),
        'xl/workbook.xml': strToU8(workbook(sheets)),
        'xl/_rels/workbook.xml.rels': strToU8(workbookRelations(sheets.length)),
        'xl/styles.xml': strToU8(STYLES)
    };
    sheets.forEach((sheet, index) => {
        files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(worksheet(sheet, index === 0));
    });
    // Stryker disable next-line ObjectLiteral: 6 is also fflate's default level; named here as the level chosen
    return zipSync(files, { level: 6 });
}

function contentTypes(count: number): string {
    const sheets = Array.from(
        { length: count },
        (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    ).join('');
    return (
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        `${sheets}</Types>`
    );
}

function workbook(sheets: readonly XlsxSheet[]): string {
    const entries = sheets
        .map((sheet, i) => `<sheet name="${escapeXml(sheetName(sheet.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('');
    // Excel keeps each sheet's filter range in a hidden name; without it some versions drop the filter buttons.
    const filters = sheets
        .map(
            (sheet, i) =>
                `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${escapeXml(sheetName(sheet.name).replace(/'/g, "''"))}'!${absoluteRange(sheet)}</definedName>`
        )
        .join('');
    return `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${entries}</sheets><definedNames>${filters}</definedNames></workbook>`;
}

function workbookRelations(count: number): string {
    const sheets = Array.from(
        { length: count },
        (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
    ).join('');
    return `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${sheets}<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
}

const STYLES = (() => {
    const fills = [
        '<fill><patternFill patternType="none"/></fill>',
        '<fill><patternFill patternType="gray125"/></fill>',
        '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>',
        ...STATUS_COLOURS.map(
            c =>
                `<fill><patternFill patternType="solid"><fgColor rgb="${c.fill}"/><bgColor indexed="64"/></patternFill></fill>`
        )
    ];
    const fonts = [
        '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
        ...STATUS_COLOURS.map(
            c => `<font><sz val="11"/><color rgb="${c.font}"/><name val="Calibri"/><family val="2"/></font>`
        )
    ];
    const top = 'applyAlignment="1"><alignment vertical="top"';
    const xfs = [
        `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" ${top}/></xf>`,
        `<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" ${top} wrapText="1"/></xf>`,
        `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" ${top} wrapText="1"/></xf>`,
        `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" ${top}/></xf>`,
        `<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" ${top}/></xf>`,
        ...Array.from(
            { length: MAX_DECIMALS },
            (_, i) =>
                `<xf numFmtId="${165 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" ${top}/></xf>`
        ),
        ...STATUS_COLOURS.map(
            (_, i) =>
                `<xf numFmtId="0" fontId="${i + 2}" fillId="${i + 3}" borderId="0" xfId="0" applyFont="1" applyFill="1" ${top}/></xf>`
        )
    ];
    return (
        `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
        `<numFmts count="${NUMBER_FORMATS.length}">${NUMBER_FORMATS.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code}"/>`).join('')}</numFmts>` +
        `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
        `<fills count="${fills.length}">${fills.join('')}</fills>` +
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
        '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
        '</styleSheet>'
    );
})();

function worksheet(sheet: XlsxSheet, selected: boolean): string {
    const widths = columnWidths(sheet);
    const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
    const rows: string[] = [
        // Stryker disable next-line StringLiteral: the header's forced style 1 wins over the cell's own
        `<row r="1">${sheet.header.map((text, c) => cellXml(c, 1, { value: text, style: 'text' }, 1)).join('')}</row>`
    ];
    sheet.rows.forEach((cells, r) => {
        rows.push(`<row r="${r + 2}">${cells.map((cell, c) => cellXml(c, r + 2, cell)).join('')}</row>`);
    });
    return (
        `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
        // Printed landscape, as wide as one page: a committee secretary prints the sheet as it is.
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
        `<dimension ref="${range(sheet)}"/>` +
        `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>` +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        `<cols>${cols}</cols>` +
        `<sheetData>${rows.join('')}</sheetData>` +
        `<autoFilter ref="${range(sheet)}"/>` +
        '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        '</worksheet>'
    );
}

function cellXml(column: number, row: number, cell: XlsxCell, forcedStyle?: number): string {
    if (cell === null || cell === '') {
        return '';
    }
    const { value, style } = typeof cell === 'object' ? cell : { value: cell, style: undefined };
    const ref = `${columnName(column)}${row}`;
    const index = forcedStyle ?? (style === undefined ? STYLE_INDEX.text : STYLE_INDEX[style]);
    const s = index === 0 ? '' : ` s="${index}"`;
    if (typeof value === 'number') {
        // A value no cell can hold (NaN, Infinity) is left empty rather than written as text.
        return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
    }
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function columnWidths(sheet: XlsxSheet): number[] {
    return sheet.header.map((header, c) => {
        const given = sheet.widths?.[c];
        if (given !== undefined) return given;
        let longest = header.length + 4;
        for (const row of sheet.rows) {
            const cell = row[c];
            const value = cell !== null && typeof cell === 'object' ? cell.value : cell;
            const length = typeof value === 'number' ? 12 : (value ?? '').length;
            longest = Math.max(longest, length + 2);
        }
        return Math.min(longest, 60);
    });
}

function range(sheet: XlsxSheet): string {
    return `A1:${columnName(Math.max(sheet.header.length - 1, 0))}${sheet.rows.length + 1}`;
}

function absoluteRange(sheet: XlsxSheet): string {
    return `$A$1:$${columnName(Math.max(sheet.header.length - 1, 0))}$${sheet.rows.length + 1}`;
}

export function columnName(index: number): string {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
        name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    }
    return name;
}

/** A name Excel accepts: at most 31 characters, none of `\ / ? * [ ] :`. */
export function sheetName(name: string): string {
    return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, MAX_SHEET_NAME);
}

/** XML text with the characters XML 1.0 cannot hold removed (a control character typed in a motivation). */
function escapeXml(text: string): string {
    return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
