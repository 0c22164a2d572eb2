import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { combineDataFiles } from '../../src/data/data-lookup.js';
import { DataProblemCode } from '../../src/data/problems.js';
import { parseDataFile } from '../../src/data/read-data-file.js';
import { ZipArchive, ZipLimitError } from '../../src/data/zip-archive.js';
import { source, stored } from './helpers.js';
import { buildWorkbook, type FixtureCell } from './xlsx-fixture.js';

const FILE = '/data/egna.xlsx';

function read(rows: FixtureCell[][], sheet?: string, name = 'Data') {
    return parseDataFile(buildWorkbook([{ name, rows }]), FILE, sheet);
}

describe('xlsx workbook, long', () => {
    it('reads numbers as stored, codes, shared strings and the sheet row as the line', () => {
        const data = read([
            ['kpi', 'kommun', 'år', 'värde', 'kön'],
            ['N00001', 1881, 2019, 87.5, 'T'],
            ['N00001', 114, 2019, { stored: '1.2E-3' }, 'K'],
            ['N00001', '0000', 2019, { stored: '0.30000000000000004' }, null],
            ['N00001', 1881, 2020, { formula: 'A1*2', value: -4.75 }, 'T']
        ]);
        expect(data.problems).toEqual([]);
        expect(data.format).toBe('csv-long');
        expect(data.sheet).toBe('Data');
        expect(stored(data, 'N00001', '1881', 2019)).toEqual({ value: 87.5, line: 2 });
        expect(stored(data, 'N00001', '0114', 2019, 1)).toEqual({ value: 0.0012, line: 3 });
        expect(stored(data, 'N00001', '0000', 2019)).toEqual({ value: 0.30000000000000004, line: 4 });
        expect(stored(data, 'N00001', '1881', 2020)).toEqual({ value: -4.75, line: 5 });
    });

    it('keeps Excel row numbers when title rows and blank rows come first', () => {
        const data = parseDataFile(
            buildWorkbook([
                {
                    name: 'Export',
                    firstRow: 3,
                    rows: [['Nöjdhet med hemtjänsten'], [], ['Kommun', 'År', 'Värde'], ['1881', 2021, 91]]
                }
            ]),
            FILE
        );
        expect(data.problems).toEqual([]);
        expect(data.needsKpi).toBe(true);
        expect(stored(data, '', '1881', 2021)).toEqual({ value: 91, line: 6 });
    });

    it('treats empty cells and Kolada markers as no value, never 0', () => {
        const data = read([
            ['kommun', 'år', 'värde'],
            [1881, 2019, null],
            [1881, 2020, '..'],
            [1881, 2021, { inline: '12,5' }]
        ]);
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '1881', 2019)).toBeUndefined();
        expect(stored(data, '', '1881', 2020)).toBeUndefined();
        expect(stored(data, '', '1881', 2021)).toEqual({ value: 12.5, line: 4 });
    });

    it('reports a boolean or an error cell as a row problem naming the sheet', () => {
        const data = read([
            ['kommun', 'år', 'värde'],
            [1881, 2019, { bool: true }],
            [1881, 2020, { error: '#N/A' }]
        ]);
        expect(data.problems.map(p => [p.line, p.sheet, p.message])).toEqual([
            [2, 'Data', expect.stringContaining('"SANT" är inget tal')],
            [3, 'Data', expect.stringContaining('"#N/A" är inget tal')]
        ]);
    });
});

describe('xlsx workbook, wide and names', () => {
    it('reads a wide sheet with municipality names, Riket and "X kommun"', () => {
        const data = read([
            ['Kommun', 2019, 2020, 'Kommentar'],
            ['Kumla', 10, 11, 'ok'],
            ['Riket', 20, null, ''],
            ['Upplands Väsby kommun', 30, 31, '']
        ]);
        expect(data.problems).toEqual([]);
        expect(data.format).toBe('csv-wide');
        expect(stored(data, '', '1881', 2020)).toEqual({ value: 11, line: 2 });
        expect(stored(data, '', '0000', 2019)).toEqual({ value: 20, line: 3 });
        expect(stored(data, '', '0114', 2019)).toEqual({ value: 30, line: 4 });
    });

    it('names the closest municipality for a name that matches none', () => {
        const data = read([
            ['kommun', 'år', 'värde'],
            ['Kumlaa', 2019, 1],
            ['Region Örebro län', 2019, 2]
        ]);
        expect(data.problems).toHaveLength(2);
        expect(data.problems[0]).toMatchObject({
            code: DataProblemCode.rowUnreadable,
            line: 2,
            sheet: 'Data',
            message: expect.stringContaining('"Kumlaa" är varken en kommunkod eller ett kommunnamn. Menade du Kumla?')
        });
        expect(data.problems[1]?.message).not.toContain('Menade du');
    });
});

describe('xlsx sheets', () => {
    const workbook = buildWorkbook([
        { name: 'Om filen', rows: [['Egna mätningar 2024']] },
        {
            name: 'Enkät',
            rows: [
                ['kommun', 'år', 'värde'],
                [1881, 2024, 77]
            ]
        }
    ]);

    it('reads the first sheet by default and the named one with blad', () => {
        expect(parseDataFile(workbook, FILE).problems[0]).toMatchObject({
            code: DataProblemCode.unknownLayout,
            sheet: 'Om filen'
        });
        const data = parseDataFile(workbook, FILE, 'enkät');
        expect(data.problems).toEqual([]);
        expect(data.sheet).toBe('Enkät');
        expect(stored(data, '', '1881', 2024)).toEqual({ value: 77, line: 2 });
    });

    it('says which sheets there are when blad names none', () => {
        const [problem] = parseDataFile(workbook, FILE, 'Enkat').problems;
        expect(problem).toMatchObject({ code: DataProblemCode.sheetMissing, line: 0, severity: 'error' });
        expect(problem?.message).toBe(
            'Arbetsboken har inget blad som heter "Enkat". Menade du "Enkät"? Bladen heter "Om filen", "Enkät".'
        );
    });

    it('gives values the sheet in their provenance', () => {
        const data = parseDataFile(workbook, FILE, 'Enkät');
        const { lookup } = combineDataFiles([{ source: { ...source(FILE, 'EGEN'), sheet: 'Enkät' }, data }]);
        expect(lookup.value('EGEN', '1881', 2024, 'T')?.origin).toEqual({ file: FILE, line: 2, sheet: 'Enkät' });
    });
});

describe('hostile and broken workbooks', () => {
    const problemOf = (bytes: Uint8Array) => {
        const data = parseDataFile(bytes, FILE);
        expect(data.problems).toHaveLength(1);
        return data.problems[0];
    };

    it('stops a zip bomb at the unpacked-size bound', () => {
        const compressed = zeroBomb(150 * 1024 * 1024);
        const workbook = buildWorkbook([{ name: 'Data', rows: [['kommun', 'år', 'värde']] }]);
        const archive = new ZipArchive(workbook);
        // Replace the sheet's compressed bytes by the bomb, keeping a zip the reader accepts.
        const entries = Object.fromEntries(
            [...archive.entries.keys()].map(name => [name, archive.read(name)] as const)
        ) as Record<string, Uint8Array>;
        const bomb = zipSync({ ...entries, 'xl/worksheets/sheet1.xml': new Uint8Array(0) }, { level: 0 });
        const patched = patchEntry(bomb, 'xl/worksheets/sheet1.xml', compressed);
        const problem = problemOf(patched);
        expect(problem).toMatchObject({ code: DataProblemCode.fileUnreadable, line: 0 });
        expect(problem?.message).toBe(
            'Arbetsboken läses inte: arbetsboken packas upp till mer än 128 MB, mer än en arbetsbok med data kan ' +
                'innehålla (kanske en zip-bomb). Kontrollera filen, eller spara bara databladet som CSV.'
        );
    }, 60_000);

    it('bounds each part by the limit given', () => {
        const archive = new ZipArchive(zipSync({ 'a.xml': new Uint8Array(4096) }), 1000);
        expect(() => archive.read('a.xml')).toThrow(ZipLimitError);
    });

    it.each([
        ['an element that never ends', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0'],
        [
            'a shared string that does not exist',
            '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>'
        ],
        [
            "a row beyond Excel's last",
            '<worksheet><sheetData><row r="99999999"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'
        ]
    ])('reports broken sheet XML (%s) in Swedish', (_name, xml) => {
        const problem = problemOf(buildWorkbook([{ name: 'Data', rows: [], xml }]));
        expect(problem).toMatchObject({ code: DataProblemCode.fileUnreadable, sheet: 'Data' });
        expect(problem?.message).toMatch(/^Arbetsboken är trasig och kan inte läsas \(.+\)\. Öppna den i Excel/);
    });

    it('reports a truncated workbook', () => {
        const workbook = buildWorkbook([
            {
                name: 'Data',
                rows: [
                    ['kommun', 'år', 'värde'],
                    [1881, 2019, 1]
                ]
            }
        ]);
        expect(problemOf(workbook.subarray(0, workbook.length - 30))?.message).toContain('Arbetsboken är trasig');
    });

    it('reports a zip that is no workbook, an old .xls and an empty sheet', () => {
        expect(problemOf(zipSync({ 'readme.txt': new Uint8Array(3) }))?.message).toContain(
            'zip-arkiv men ingen Excel-arbetsbok'
        );
        const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
        expect(problemOf(xls)?.message).toContain('gamla Excel-formatet (.xls)');
        expect(problemOf(buildWorkbook([{ name: 'Tomt', rows: [] }]))).toMatchObject({
            code: DataProblemCode.fileEmpty,
            message: expect.stringContaining('Bladet "Tomt" är tomt')
        });
    });
});

/** Replaces a stored (method 0) entry's data by deflated bytes, fixing the local and central headers. */
function patchEntry(zip: Uint8Array, name: string, deflated: Uint8Array): Uint8Array {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const encoded = new TextEncoder().encode(name);
    const matches = (at: number) => encoded.every((b, i) => zip[at + i] === b);
    let local = -1;
    for (let p = 0; p < zip.length - 30; p++) {
        if (view.getUint32(p, true) === 0x04034b50 && matches(p + 30)) {
            local = p;
            break;
        }
    }
    const nameLength = view.getUint16(local + 26, true);
    const extraLength = view.getUint16(local + 28, true);
    const dataStart = local + 30 + nameLength + extraLength;
    const oldSize = view.getUint32(local + 18, true);
    const out = new Uint8Array(zip.length - oldSize + deflated.length);
    out.set(zip.subarray(0, dataStart));
    out.set(deflated, dataStart);
    out.set(zip.subarray(dataStart + oldSize), dataStart + deflated.length);
    const o = new DataView(out.buffer);
    const shift = deflated.length - oldSize;
    o.setUint16(local + 8, 8, true);
    o.setUint32(local + 18, deflated.length, true);
    o.setUint32(local + 22, 1000, true); // a lying unpacked size
    // Central directory: fix this entry and shift the offsets of the entries after it.
    for (let p = dataStart + deflated.length; p <= out.length - 22; p++) {
        const signature = o.getUint32(p, true);
        if (signature === 0x02014b50) {
            const offset = o.getUint32(p + 42, true);
            if (offset === local) {
                o.setUint16(p + 10, 8, true);
                o.setUint32(p + 20, deflated.length, true);
                o.setUint32(p + 24, 1000, true);
            } else if (offset > local) {
                o.setUint32(p + 42, offset + shift, true);
            }
        } else if (signature === 0x06054b50) {
            o.setUint32(p + 16, o.getUint32(p + 16, true) + shift, true);
            break;
        }
    }
    return out;
}

/**
 * A raw deflate stream that unpacks to `size` zero bytes (rounded up to 258), written by hand with the fixed
 * Huffman code: one literal 0, then copies of 258 bytes at distance 1, 13 bits each. 300 MB fit in 2 MB.
 */
function zeroBomb(size: number): Uint8Array {
    const copies = Math.ceil((size - 1) / 258);
    const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
    let bit = 0;
    const put = (value: number, bits: number) => {
        // LSB-first bit stream.
        for (let i = 0; i < bits; i++, bit++)
            if ((value >> i) & 1) out[bit >> 3] = (out[bit >> 3] ?? 0) | (1 << (bit & 7));
    };
    // Huffman codes are sent most significant bit first.
    const code = (value: number, bits: number) => {
        for (let i = bits - 1; i >= 0; i--) put((value >> i) & 1, 1);
    };
    put(1, 1); // BFINAL
    put(1, 2); // BTYPE 01: fixed Huffman
    code(0b00110000, 8); // literal 0
    for (let i = 0; i < copies; i++) {
        code(0b11000101, 8); // length 258 (symbol 285)
        code(0, 5); // distance 1
    }
    code(0, 7); // end of block
    return out;
}
