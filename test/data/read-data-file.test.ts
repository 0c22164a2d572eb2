import { describe, expect, it } from 'vitest';
import { DataProblemCode } from '../../src/data/problems.js';
import { parseDataFile } from '../../src/data/read-data-file.js';
import { parse } from './helpers.js';

describe('parseDataFile', () => {
    it.each([
        ['an empty file', new Uint8Array(0), DataProblemCode.fileEmpty],
        ['a file of whitespace', new TextEncoder().encode('\n  \r\n\t'), DataProblemCode.fileEmpty],
        ['a BOM only', Uint8Array.from([0xef, 0xbb, 0xbf]), DataProblemCode.fileEmpty],
        [
            'a zip (an .xlsx renamed .csv)',
            Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
            DataProblemCode.fileUnreadable
        ],
        [
            'a PNG',
            Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
            DataProblemCode.fileUnreadable
        ]
    ])('reports %s as one problem on line 0', (_name, bytes, code) => {
        const data = parseDataFile(bytes, '/data/x.csv');
        expect(data.format).toBe('none');
        expect(data.problems).toHaveLength(1);
        expect(data.problems[0]).toMatchObject({ code, line: 0, file: '/data/x.csv', severity: 'error' });
    });

    it('chooses the reader by content, not by extension', () => {
        expect(parse('{"values": []}', '/data/x.csv').format).toBe('kolada-json');
        expect(parse('kpi;kommun;år;värde\nN1;0114;2019;1\n', '/data/x.json').format).toBe('csv-long');
    });

    it('never throws on random bytes', () => {
        let seed = 42;
        const random = () => {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            return seed / 0x7fffffff;
        };
        const alphabet = [
            'kpi;kommun;år;värde\n',
            '"',
            ';',
            ',',
            '\t',
            '\n',
            '\r',
            '{',
            '[',
            '"values":',
            '..',
            '0114',
            '2019',
            'é',
            '\u0000'
        ];
        for (let i = 0; i < 300; i++) {
            const bytes =
                i % 2 === 0
                    ? Uint8Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256))
                    : new TextEncoder().encode(
                          Array.from(
                              { length: Math.floor(random() * 60) },
                              () => alphabet[Math.floor(random() * alphabet.length)]
                          ).join('')
                      );
            const data = parseDataFile(bytes, '/data/fuzz');
            for (const problem of data.problems) {
                expect(problem.message.length).toBeGreaterThan(10);
                expect(problem.line).toBeGreaterThanOrEqual(0);
            }
        }
    });
});

describe('parseDataFile: what the bytes are', () => {
    const XLS =
        'Filen är en arbetsbok i det gamla Excel-formatet (.xls), som inte läses. Spara den som Excel-arbetsbok (.xlsx) eller som CSV (semikolonavgränsad).';
    const BINARY =
        'Filen är varken en textfil eller en Excel-arbetsbok (.xlsx). Spara den som .xlsx, som CSV (semikolonavgränsad) eller som JSON från Koladas API.';
    const UNKNOWN =
        'Filens format känns inte igen: ingen rubrikrad med kolumnerna kommun, år och värde (eller kommun och en kolumn per år). Spara filen som CSV med en rubrikrad, eller som JSON från Koladas API.';
    const xls = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

    it.each<[string, number[], string]>([
        ['an .xls signature of eight bytes', xls, XLS],
        ['seven bytes of it', xls.slice(0, 7), BINARY],
        ['the signature with its first byte changed', [0x41, ...xls.slice(1)], BINARY],
        ['the signature with its second byte changed', [0xd0, 0x41, ...xls.slice(2)], BINARY],
        ['the signature with its third byte changed', [0xd0, 0xcf, 0x41, ...xls.slice(3)], BINARY],
        ['the signature with its fourth byte changed', [0xd0, 0xcf, 0x11, 0x41, ...xls.slice(4)], BINARY],
        ['control characters', [0x41, 1, 2, 3, 4, 5, 6, 7], BINARY],
        ['text in no known layout', [...new TextEncoder().encode('hej;hopp\n1;2\n')], UNKNOWN]
    ])('%s', (_name, bytes, message) => {
        expect(parseDataFile(Uint8Array.from(bytes), '/d/x.csv').problems.map(p => [p.line, p.message])).toEqual([
            [message === UNKNOWN ? 1 : 0, message]
        ]);
    });

    it.each([
        ['spaces', '  {"values": []}'],
        ['tabs', '\t{"values": []}'],
        ['a CRLF', '\r\n{"values": []}'],
        ['a CR', '\r[{"values": []}]'],
        ['a BOM in UTF-16', '\ufeff{"values": []}']
    ])('reads JSON after leading %s', (_name, text) => {
        const bytes = text.startsWith('\ufeff')
            ? Uint8Array.from([0xff, 0xfe, ...[...text.slice(1)].flatMap(c => [c.charCodeAt(0), 0])])
            : new TextEncoder().encode(text);
        const data = parseDataFile(bytes, '/d/x.json');
        expect(data.format).toBe('kolada-json');
        expect(data.problems.map(p => p.code)).toEqual([DataProblemCode.noValues]);
    });
});
