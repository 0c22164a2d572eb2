import { describe, expect, it } from 'vitest';
import { columnIndex, scanSheet } from '../../src/data/xlsx-sheet.js';
import { XmlError } from '../../src/data/xml-text.js';

/** A worksheet part around `data` (the content of <sheetData>). */
const sheet = (data: string) =>
    `<?xml version="1.0"?><worksheet xmlns="urn:x"><dimension ref="A1"/><sheetData>${data}</sheetData></worksheet>`;
const SHARED = ['kommun', 'år', 'Ö & Ä'];

function rowsOf(xml: string, asText?: (text: string) => string): [number, string[]][] {
    return [...scanSheet(xml, SHARED, asText).rows];
}

describe('scanSheet: cells and rows', () => {
    it.each<[string, string, [number, string[]][]]>([
        [
            'numbers as stored',
            '<row r="1"><c r="A1"><v>87.5</v></c><c r="B1"><v>1.2E-3</v></c></row>',
            [[1, ['87.5', '1.2E-3']]]
        ],
        ['a number trimmed', '<row r="1"><c r="A1"><v> 12 </v></c></row>', [[1, ['12']]]],
        [
            'shared strings',
            '<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" t="s"><v>0</v></c></row>',
            [[1, ['Ö & Ä', 'kommun']]]
        ],
        ['a gap before a cell', '<row r="1"><c r="C1"><v>3</v></c></row>', [[1, ['', '', '3']]]],
        [
            'gaps between cells',
            '<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row>',
            [[2, ['1', '', '', '4']]]
        ],
        ['column AB', '<row r="1"><c r="AB1"><v>28</v></c></row>', [[1, [...Array(27).fill(''), '28']]]],
        ['lower-case references', '<row r="1"><c r="b1"><v>2</v></c></row>', [[1, ['', '2']]]],
        [
            'cells without references',
            '<row r="1"><c><v>1</v></c><c><v>2</v></c></row><row r="2"><c><v>3</v></c></row>',
            [
                [1, ['1', '2']],
                [2, ['3']]
            ]
        ],
        [
            'a referenced cell after one without',
            '<row><c><v>1</v></c><c r="C1"><v>3</v></c></row>',
            [[1, ['1', '', '3']]]
        ],
        [
            'rows without numbers counted on',
            '<row><c><v>1</v></c></row><row><c><v>2</v></c></row>',
            [
                [1, ['1']],
                [2, ['2']]
            ]
        ],
        [
            'a row numbered 0 counted on',
            '<row r="4"><c r="A4"><v>1</v></c></row><row r="0"><c><v>2</v></c></row>',
            [
                [4, ['1']],
                [5, ['2']]
            ]
        ],
        ["Excel's last row", '<row r="1048576"><c r="A1048576"><v>1</v></c></row>', [[1048576, ['1']]]],
        [
            'rows with only empty cells left out',
            '<row r="1"><c r="A1" s="2"/><c r="B1"><f>A1</f></c></row><row r="2"><c r="A2"><v>5</v></c></row>',
            [[2, ['5']]]
        ],
        [
            'an empty formatted cell before a value',
            '<row r="1"><c r="A1" s="1"/><c r="B1"><v>2</v></c></row>',
            [[1, ['', '2']]]
        ],
        ['a self-closing row', '<row r="1" spans="1:3"/><row r="2"><c r="A2"><v>2</v></c></row>', [[2, ['2']]]],
        ['a stray end of row', '</row><row r="2"><c r="A2"><v>2</v></c></row>', [[2, ['2']]]],
        [
            'an empty inline string at the end',
            '<row r="1"><c r="A1"><v>1</v></c><c r="C1" t="inlineStr"><is><t></t></is></c></row>',
            [[1, ['1']]]
        ],
        [
            'a formula without a cached value',
            '<row r="1"><c r="A1"><f>SUM(B1)</f></c><c r="B1"><v>2</v></c></row>',
            [[1, ['', '2']]]
        ],
        ['a formula with its cached value', '<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c></row>', [[1, ['4']]]],
        ['an empty <v/>', '<row r="1"><c r="A1"><f>B1</f><v/></c><c r="B1"><v>2</v></c></row>', [[1, ['', '2']]]],
        [
            'a value that never closes inside its cell',
            '<row r="1"><c r="A1"><f>B1</f><v>57</c><c r="B1"><v>2</v></c></row>',
            [[1, ['', '2']]]
        ],
        [
            'a <v> with attributes',
            '<row r="1"><c r="A1" t="str"><f>B1</f><v xml:space="preserve"> a </v></c></row>',
            [[1, [' a ']]]
        ],
        [
            'whitespace in tags',
            '<row\tr="1"><c\nr="A1"><v>1</v></c\r><c\rr="B1"><v>2</v></c ></row\n><row r="2" ><c r="A2" ><v>3</v></c></row >',
            [
                [1, ['1', '2']],
                [2, ['3']]
            ]
        ],
        [
            'a quote that never closes in its tag',
            '<row r="1"><c r="C1><v>1</v></c><c r="B1"><v>2</v></c></row>',
            [[1, ['1', '2']]]
        ]
    ])('reads %s', (_name, data, rows) => {
        expect(rowsOf(sheet(data))).toEqual(rows);
    });

    it.each<[string, string, string]>([
        ['a true boolean', '<c r="A1" t="b"><v>1</v></c>', 'SANT'],
        ['a true boolean with spaces', '<c r="A1" t="b"><v> 1 </v></c>', 'SANT'],
        ['a false boolean', '<c r="A1" t="b"><v>0</v></c>', 'FALSKT'],
        ['a formula string', '<c r="A1" t="str"><f>B1</f><v>a &amp; b</v></c>', '[a & b]'],
        ['a formula string, value only', '<c r="A1" t="str"><v>a &amp; b</v></c>', '[a & b]'],
        ['an error', '<c r="A1" t="e"><v>#N/A</v></c>', '[#N/A]'],
        ['a date cell', '<c r="A1" t="d"><v>2024-01-31T00:00:00</v></c>', '[2024-01-31T00:00:00]'],
        ['a number, not given to asText', '<c r="A1" t="n"><v>3</v></c>', '3'],
        ['an inline string', '<c r="A1" t="inlineStr"><is><t>Kumla</t></is></c>', '[Kumla]'],
        [
            'inline rich text runs',
            '<c r="A1" t="inlineStr"><is><r><t>Ku</t></r><r><t xml:space="preserve">mla &amp; co</t></r></is></c>',
            '[Kumla & co]'
        ],
        ['an inline string ignoring a <v>', '<c r="A1" t="inlineStr"><v>9</v><is><t>x</t></is></c>', '[x]'],
        ['a shared string, not given to asText', '<c r="A1" t="s"><v>1</v></c>', 'år']
    ])('reads %s', (_name, cell, text) => {
        const rows = rowsOf(sheet(`<row r="1">${cell}</row>`), t => `[${t}]`);
        expect(rows).toEqual([[1, [text]]]);
    });

    it('reads prefixed (x:) sheets', () => {
        const xml =
            '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>' +
            '<x:c r="B1"/><x:c r="C1" t="inlineStr"><x:is><x:t>Kumla</x:t></x:is></x:c></x:row>' +
            '<x:row r="2"/><x:row\nr="3"><x:c r="B3"><x:v>7</x:v></x:c\r></x:row></x:sheetData>' +
            '<x:row r="9"><x:c r="A9"><x:v>9</x:v></x:c></x:row></x:worksheet>';
        expect(scanSheet(xml, SHARED)).toEqual({
            rows: new Map([
                [1, ['kommun', '', 'Kumla']],
                [3, ['', '7']]
            ]),
            width: 3
        });
        const longPrefix = '<ss:sheetData><ss:row r="1"><ss:c r="A1"><ss:v>1</ss:v></ss:c></ss:row></ss:sheetData>';
        expect(rowsOf(longPrefix)).toEqual([[1, ['1']]]);
    });

    it('gives the width of the widest row', () => {
        const xml = sheet(
            '<row r="1"><c r="B1"><v>1</v></c></row><row r="2"><c r="E2"><v>1</v></c></row><row r="3"><c r="A3"><v>1</v></c></row>'
        );
        expect(scanSheet(xml, SHARED).width).toBe(5);
        expect(scanSheet(sheet(''), SHARED)).toEqual({ rows: new Map(), width: 0 });
    });

    it.each<[string, string, [number, string[]][]]>([
        ['no sheetData', '<worksheet><row r="1"><c r="A1"><v>1</v></c></row></worksheet>', []],
        ['sheetData first', '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', [[1, ['1']]]],
        [
            'sheetData with attributes',
            '<worksheet><sheetData x="1"><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
            [[1, ['1']]]
        ],
        [
            'rows after </sheetData> ignored',
            '<worksheet><sheetData></sheetData><row r="5"><c r="A5"><v>1</v></c></row></worksheet>',
            []
        ],
        ['a sheet cut after a row', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>', [[1, ['1']]]],
        [
            'a sheet cut inside a row',
            '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c',
            []
        ]
    ])('reads %s', (_name, xml, rows) => {
        expect(rowsOf(xml)).toEqual(rows);
    });
});

describe('scanSheet: broken sheets', () => {
    it.each([
        ['a tag that never ends', '<sheetData><row r="1"', 'en tagg avslutas aldrig (tecken 11)'],
        ['a value that never ends', '<sheetData><row r="1"><c r="B1"><v>1', 'cellen B1 avslutas aldrig'],
        ['a value without reference that never ends', '<sheetData><row r="1"><c><v>1', 'cellen ? avslutas aldrig'],
        ['a cell that never ends', '<sheetData><row r="1"><c r="A1"><f>1', 'elementet <c> avslutas aldrig'],
        ['a cell outside a row', '<sheetData><c r="A1"><v>1</v></c></sheetData>', 'en cell står utanför en rad'],
        [
            'a cell after a self-closing row',
            '<sheetData><row r="1"/><c r="A1"><v>1</v></c></sheetData>',
            'en cell står utanför en rad'
        ],
        [
            'a reference without a column',
            '<sheetData><row r="1"><c r="1"><v>1</v></c></row></sheetData>',
            'cellen 1 har ingen giltig kolumn'
        ],
        [
            'a column beyond XFD',
            '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>',
            'cellen XFE1 har ingen giltig kolumn'
        ],
        [
            'a cell after XFD',
            '<sheetData><row r="1"><c r="XFD1"/><c><v>1</v></c></row></sheetData>',
            'cellen ? har ingen giltig kolumn'
        ],
        [
            "a row beyond Excel's last",
            '<sheetData><row r="1048577"><c r="A1"><v>1</v></c></row></sheetData>',
            'rad 1048577 är längre ned än Excels sista rad'
        ],
        [
            'a missing shared string',
            '<sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData>',
            'cellen pekar på delad text nummer 3, som inte finns'
        ]
    ])('throws for %s', (_name, xml, message) => {
        expect(() => scanSheet(xml, SHARED)).toThrow(new XmlError(message));
    });

    it('accepts column XFD', () => {
        expect(scanSheet(sheet('<row r="1"><c r="XFD1"><v>1</v></c></row>'), SHARED).width).toBe(16384);
    });
});

describe('columnIndex', () => {
    it.each([
        ['A1', 0],
        ['Z9', 25],
        ['AA1', 26],
        ['AB12', 27],
        ['az3', 51],
        ['XFD1', 16383],
        ['XFE1', -1],
        ['AAAA1', -1],
        ['12', -1],
        ['', -1],
        ['B', 1],
        ['@1', -1],
        ['[1', -1]
    ])('%s is column %i', (reference, column) => {
        expect(columnIndex(reference)).toBe(column);
    });
});
