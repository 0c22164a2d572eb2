import { describe, expect, it } from 'vitest';
import { CsvScanner, detectSeparator, type Separator } from '../../src/data/csv-scanner.js';

function rows(text: string, separator: Separator = ';'): { line: number; fields: string[] }[] {
    const scanner = new CsvScanner(text, separator);
    const result: { line: number; fields: string[] }[] = [];
    while (scanner.next()) {
        result.push({ line: scanner.line, fields: Array.from({ length: scanner.count }, (_, i) => scanner.field(i)) });
    }
    return result;
}

describe('detectSeparator', () => {
    it.each([
        ['kpi;kommun;år;värde', ';'],
        ['kpi,kommun,år,värde', ','],
        ['kpi\tkommun\tår\tvärde', '\t'],
        ['"a;b",kommun,år', ','],
        ['kommun;år,x;värde', ';'],
        ['kommun;år,x,y;värde', ';'],
        ['kommun\tår;värde', ';'],
        ['kommun', undefined]
    ])('%j → %j', (line, expected) => {
        expect(detectSeparator(line)).toBe(expected);
    });
});

describe('CsvScanner', () => {
    it('splits fields and counts lines with LF, CRLF and lone CR', () => {
        expect(rows('a;b\r\nc;d\ne;f\rg;h')).toEqual([
            { line: 1, fields: ['a', 'b'] },
            { line: 2, fields: ['c', 'd'] },
            { line: 3, fields: ['e', 'f'] },
            { line: 4, fields: ['g', 'h'] }
        ]);
    });

    it('keeps empty fields, including a trailing one', () => {
        expect(rows('a;;c;\n')).toEqual([{ line: 1, fields: ['a', '', 'c', ''] }]);
    });

    it('unquotes fields, unescapes doubled quotes and keeps separators and line breaks inside quotes', () => {
        expect(rows('"a;1";"say ""hi""";"two\nlines"\nnext;row', ';')).toEqual([
            { line: 1, fields: ['a;1', 'say "hi"', 'two\nlines'] },
            { line: 3, fields: ['next', 'row'] }
        ]);
    });

    it('reads an empty quoted field as empty', () => {
        expect(rows('"";x')).toEqual([{ line: 1, fields: ['', 'x'] }]);
    });

    it('survives an unterminated quote', () => {
        expect(rows('a;"open\nstill open')).toEqual([{ line: 1, fields: ['a', 'open\nstill open'] }]);
    });

    it('skips text after a closing quote instead of shifting the columns', () => {
        expect(rows('"a"x;b')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    });

    it('handles rows wider than its initial buffers', () => {
        const wide = Array.from({ length: 100 }, (_, i) => String(i)).join(',');
        expect(rows(wide, ',')[0]?.fields).toHaveLength(100);
    });
});
