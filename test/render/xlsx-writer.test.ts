/**
 * The workbook writer (xlsx-writer.ts) on its own: the package's parts, each sheet's XML (cells, styles, widths,
 * ranges, the selected tab) and the names Excel needs.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, writeXlsx, type XlsxSheet } from '../../src/render/xlsx/xlsx-writer.js';

function parts(sheets: readonly XlsxSheet[]): Record<string, string> {
    const files = unzipSync(writeXlsx(sheets));
    return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('the package', () => {
    const makeFiles = () =>
        parts([
            { name: 'Första', header: ['A'], rows: [] },
            { name: "Kim's: blad", header: ['A', 'B'], rows: [['x', 1]] }
        ]);

    it('has the content types, the relations, the workbook, the styles and one part per sheet', () => {
        const files = makeFiles();
        expect(Object.keys(files).sort()).toEqual([
            '[Content_Types].xml',
            '_rels/.rels',
            'xl/_rels/workbook.xml.rels',
            'xl/styles.xml',
            'xl/workbook.xml',
            'xl/worksheets/sheet1.xml',
            'xl/worksheets/sheet2.xml'
        ]);
        expect(files['[Content_Types].xml']).toBe(
            `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
                '<Default Extension="xml" ContentType="application/xml"/>' +
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
                '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
                '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
                '</Types>'
        );
        expect(files['_rels/.rels']).toBe(
            `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
        );
        expect(files['xl/_rels/workbook.xml.rels']).toBe(
            `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
                `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
                `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
                `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
        );
    });

    it('names each sheet, Excel-safe, with its filter range in a hidden name, quotes doubled', () => {
        const files = makeFiles();
        expect(files['xl/workbook.xml']).toBe(
            `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
                '<sheet name="Första" sheetId="1" r:id="rId1"/><sheet name="Kim\'s  blad" sheetId="2" r:id="rId2"/></sheets><definedNames>' +
                '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Första\'!$A$1:$A$1</definedName>' +
                '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">\'Kim\'\'s  blad\'!$A$1:$B$2</definedName>' +
                '</definedNames></workbook>'
        );
    });

    it('selects the first sheet only', () => {
        const files = makeFiles();
        expect(files['xl/worksheets/sheet1.xml']).toContain('<sheetView workbookViewId="0" tabSelected="1">');
        expect(files['xl/worksheets/sheet2.xml']).toContain('<sheetView workbookViewId="0">');
    });
});

describe('a sheet', () => {
    const sheet = (s: XlsxSheet) => parts([s])['xl/worksheets/sheet1.xml']!;

    it('is printed landscape one page wide, frozen below the header, filtered over its range', () => {
        const xml = sheet({
            name: 'S',
            header: ['Namn', 'Tal'],
            rows: [
                ['a', 1],
                ['b', 2]
            ],
            widths: [10, 8]
        });
        expect(xml).toBe(
            `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
                '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:B3"/>' +
                '<sheetViews><sheetView workbookViewId="0" tabSelected="1"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
                '<cols><col min="1" max="1" width="10" customWidth="1"/><col min="2" max="2" width="8" customWidth="1"/></cols>' +
                '<sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Namn</t></is></c><c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">Tal</t></is></c></row>' +
                '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">a</t></is></c><c r="B2"><v>1</v></c></row>' +
                '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">b</t></is></c><c r="B3"><v>2</v></c></row></sheetData>' +
                '<autoFilter ref="A1:B3"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
                '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
        );
    });

    it('styles a cell by name, leaves empty and impossible numbers out, escapes text and drops what XML cannot hold', () => {
        const xml = sheet({
            name: 'S',
            header: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
            rows: [
                [
                    { value: 0.875, style: 'percent' },
                    { value: 'hel', style: 'green' },
                    { value: 'x', style: 'grey' },
                    null,
                    '',
                    Number.NaN,
                    'a & <b> "c"\u0001'
                ],
                [
                    { value: 1.5, style: 'decimals1' },
                    { value: 2, style: 'decimals6' },
                    { value: 'lång', style: 'wrap' },
                    { value: 'ok', style: 'text' },
                    Number.POSITIVE_INFINITY,
                    { value: 3, style: 'decimals0' },
                    { value: 'nej', style: 'red' }
                ]
            ]
        });
        expect(xml).toContain(
            '<row r="2"><c r="A2" s="3"><v>0.875</v></c><c r="B2" s="11" t="inlineStr"><is><t xml:space="preserve">hel</t></is></c>' +
                '<c r="C2" s="14" t="inlineStr"><is><t xml:space="preserve">x</t></is></c>' +
                '<c r="G2" t="inlineStr"><is><t xml:space="preserve">a &amp; &lt;b&gt; &quot;c&quot;</t></is></c></row>'
        );
        expect(xml).toContain(
            '<row r="3"><c r="A3" s="5"><v>1.5</v></c><c r="B3" s="10"><v>2</v></c><c r="C3" s="2" t="inlineStr"><is><t xml:space="preserve">lång</t></is></c>' +
                '<c r="D3" t="inlineStr"><is><t xml:space="preserve">ok</t></is></c><c r="F3" s="4"><v>3</v></c>' +
                '<c r="G3" s="13" t="inlineStr"><is><t xml:space="preserve">nej</t></is></c></row>'
        );
    });

    it('is as wide as its header and longest cell, a number counting as twelve, sixty at most', () => {
        const xml = sheet({
            name: 'S',
            header: ['Kort', 'Rubrik', 'T', 'L'],
            rows: [
                ['ab', 5, null, 'x'.repeat(80)],
                [{ value: 'abcdefghijkl', style: 'wrap' }, null, { value: 1, style: 'decimals2' }, 'y']
            ],
            widths: [undefined as unknown as number]
        });
        // Kort: 4 + 4 = 8 against the cell's 12 + 2; Rubrik: 10 against a number's 14; T: 5 against 14; L: 60.
        expect(xml).toContain(
            '<cols><col min="1" max="1" width="14" customWidth="1"/><col min="2" max="2" width="14" customWidth="1"/>' +
                '<col min="3" max="3" width="14" customWidth="1"/><col min="4" max="4" width="60" customWidth="1"/></cols>'
        );
        const header = sheet({ name: 'S', header: ['En lång rubrik'], rows: [['a'], [null]] });
        expect(header).toContain('<cols><col min="1" max="1" width="18" customWidth="1"/></cols>');
    });

    it('without columns still has a range', () => {
        const xml = sheet({ name: 'S', header: [], rows: [] });
        expect(xml).toContain('<dimension ref="A1:A1"/>');
        expect(xml).toContain('<autoFilter ref="A1:A1"/>');
        expect(xml).toContain('<cols></cols><sheetData><row r="1"></row></sheetData>');
    });
});

describe('column names', () => {
    it('count A to Z, then AA', () => {
        expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
            'A',
            'B',
            'Z',
            'AA',
            'AB',
            'AZ',
            'BA',
            'ZZ',
            'AAA'
        ]);
    });
});
