import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DataProblemCode } from '../../src/data/problems.js';
import { parseDataFile } from '../../src/data/read-data-file.js';
import { stored } from './helpers.js';
import { buildWorkbook, type FixtureSheet } from './xlsx-fixture.js';

const FILE = '/data/egna.xlsx';
const LONG = {
    name: 'Data',
    rows: [
        ['kommun', 'år', 'värde'],
        [1881, 2019, 1]
    ]
} satisfies FixtureSheet;

/** The workbook with parts replaced (a string) or removed (null). */
function edited(bytes: Uint8Array, parts: Record<string, string | null>): Uint8Array {
    const files = unzipSync(bytes);
    for (const [name, text] of Object.entries(parts)) {
        if (text === null) delete files[name];
        else files[name] = strToU8(text);
    }
    return zipSync(files);
}

const problemsOf = (bytes: Uint8Array, sheet?: string) =>
    parseDataFile(bytes, FILE, sheet).problems.map(p => ({
        code: p.code,
        line: p.line,
        sheet: p.sheet,
        message: p.message
    }));

describe('xlsx: choosing the sheet', () => {
    it('prefers the exact name to one that differs in case only', () => {
        const bytes = buildWorkbook([
            {
                name: 'data',
                rows: [
                    ['kommun', 'år', 'värde'],
                    [1881, 2019, 1]
                ]
            },
            {
                name: 'Data',
                rows: [
                    ['kommun', 'år', 'värde'],
                    [1881, 2019, 2]
                ]
            }
        ]);
        expect(stored(parseDataFile(bytes, FILE, 'Data'), '', '1881', 2019)?.value).toBe(2);
        expect(stored(parseDataFile(bytes, FILE, 'data'), '', '1881', 2019)?.value).toBe(1);
        expect(stored(parseDataFile(bytes, FILE, 'DATA'), '', '1881', 2019)?.value).toBe(1);
    });

    it('finds a name written in another Unicode form', () => {
        const bytes = buildWorkbook([{ ...LONG, name: 'Enka\u0308t' }]);
        const data = parseDataFile(bytes, FILE, 'Enkät');
        expect(data.problems).toEqual([]);
        expect(data.sheet).toBe('Enka\u0308t');
    });

    it('lists the sheets, without a guess when no name is close', () => {
        expect(problemsOf(buildWorkbook([LONG, { ...LONG, name: 'Enkät' }]), 'Befolkning')).toEqual([
            {
                code: DataProblemCode.sheetMissing,
                line: 0,
                sheet: undefined,
                message: 'Arbetsboken har inget blad som heter "Befolkning". Bladen heter "Data", "Enkät".'
            }
        ]);
    });

    it('reports a chart sheet, which has no cells', () => {
        const bytes = edited(buildWorkbook([LONG, { ...LONG, name: 'Diagram' }]), { 'xl/worksheets/sheet2.xml': null });
        expect(problemsOf(bytes, 'Diagram')).toEqual([
            {
                code: DataProblemCode.unknownLayout,
                line: 0,
                sheet: 'Diagram',
                message:
                    'Bladet "Diagram" har inga celler (ett diagramblad?). Välj ett blad med data: blad "namn" på data-raden.'
            }
        ]);
        expect(problemsOf(bytes)).toEqual([]);
    });

    it('reports a workbook without sheets', () => {
        const bytes = edited(buildWorkbook([LONG]), { 'xl/workbook.xml': '<workbook><sheets/></workbook>' });
        expect(problemsOf(bytes)).toEqual([
            {
                code: DataProblemCode.unknownLayout,
                line: 0,
                sheet: undefined,
                message: 'Arbetsboken har inga blad. Spara den igen i Excel.'
            }
        ]);
    });

    it('reports an empty sheet, by name when it has one', () => {
        const advice = 'är tomt. Lägg data på bladet, eller välj ett annat blad med blad "namn" på data-raden.';
        expect(problemsOf(buildWorkbook([{ name: 'Tomt', rows: [[null, null]] }]))).toEqual([
            { code: DataProblemCode.fileEmpty, line: 0, sheet: 'Tomt', message: `Bladet "Tomt" ${advice}` }
        ]);
        expect(problemsOf(buildWorkbook([{ name: '', rows: [] }]))).toEqual([
            { code: DataProblemCode.fileEmpty, line: 0, sheet: '', message: `Bladet ${advice}` }
        ]);
    });
});

describe('xlsx: broken workbooks name the reason', () => {
    const advice = 'Öppna den i Excel och spara den igen, eller spara bladet som CSV.';
    it.each<[string, Uint8Array, string | undefined, string]>([
        [
            'broken sheet XML',
            edited(buildWorkbook([LONG]), {
                'xl/worksheets/sheet1.xml':
                    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>'
            }),
            'Data',
            'cellen pekar på delad text nummer 99, som inte finns'
        ],
        [
            'a broken zip',
            buildWorkbook([LONG]).subarray(0, 200),
            undefined,
            'zip-arkivets innehållsförteckning saknas (filen är avkortad eller trasig)'
        ],
        [
            'a missing workbook part',
            edited(buildWorkbook([LONG]), { 'xl/workbook.xml': null, '_rels/.rels': null, 'workbook.xml': '' }),
            undefined,
            ''
        ]
    ])('%s', (name, bytes, sheet, reason) => {
        const problems = problemsOf(bytes);
        if (name === 'a missing workbook part') {
            expect(problems[0]?.message).toBe(
                'Filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx). Spara data som .xlsx eller CSV.'
            );
            return;
        }
        expect(problems).toEqual([
            {
                code: DataProblemCode.fileUnreadable,
                line: 0,
                sheet,
                message: `Arbetsboken är trasig och kan inte läsas (${reason}). ${advice}`
            }
        ]);
    });
});

describe('xlsx: rows and cells as the CSV rules see them', () => {
    it('reads rows stored out of order by their numbers', () => {
        const xml =
            '<worksheet><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>Kumla</t></is></c><c r="B3"><v>2020</v></c><c r="C3"><v>5</v></c></row>' +
            '<row r="1"><c r="A1" t="inlineStr"><is><t>kommun</t></is></c><c r="B1" t="inlineStr"><is><t>år</t></is></c><c r="C1" t="inlineStr"><is><t>värde</t></is></c></row></sheetData></worksheet>';
        const data = parseDataFile(buildWorkbook([{ name: 'Data', rows: [], xml }]), FILE);
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '1881', 2020)).toEqual({ value: 5, line: 3 });
    });

    /** A workbook of one data row whose municipality cell is `cell` (a shared or an inline string), parsed. */
    const parseMunicipalityCell = (cell: Parameters<typeof buildWorkbook>[0][number]['rows'][number][number]) =>
        parseDataFile(
            buildWorkbook([
                {
                    name: 'Data',
                    rows: [
                        ['kommun', 'år', 'värde'],
                        [cell, 2019, 3]
                    ]
                }
            ]),
            FILE
        );

    it.each([
        ['a line break', 'Upplands\nVäsby'],
        ['a Windows line break', 'Upplands\r\nVäsby'],
        ['a tab', 'Upplands\tVäsby']
    ])('reads a municipality name with %s as one field', (_name, name) => {
        for (const cell of [name, { inline: name }]) {
            const data = parseMunicipalityCell(cell);
            expect(data.problems).toEqual([]);
            expect(stored(data, '', '0114', 2019)).toEqual({ value: 3, line: 2 });
        }
    });

    it.each([
        ['quotes around', '"Kumla"'],
        ['a quote inside', 'Kum"la']
    ])('keeps a text cell with %s as written, never as CSV quoting', (_name, text) => {
        for (const cell of [text, { inline: text }]) {
            const data = parseMunicipalityCell(cell);
            expect(data.problems.map(p => [p.line, p.message])).toEqual([
                [
                    2,
                    `"${text}" är varken en kommunkod eller ett kommunnamn. Menade du Kumla? Skriv Koladas kod med fyra siffror, t.ex. 1881 (0000 för riket), eller kommunens namn som Kolada skriver det.`
                ]
            ]);
        }
    });
});
