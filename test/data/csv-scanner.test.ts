import { describe, expect, it } from 'vitest';
import { CsvScanner, detectSeparator, type Separator, trimEnd, trimStart } from '../../src/data/csv-scanner.js';

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
        ['kommun', undefined],
        ['"a;b;c",x,y', ','],
        ['"a,b,c";x', ';']
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

    it('keeps every field of a row that grows the buffers mid-row', () => {
        const wide = Array.from({ length: 40 }, (_, i) => `f${i}`);
        expect(rows(`a;b\n${wide.join(';')}\nc`)).toEqual([
            { line: 1, fields: ['a', 'b'] },
            { line: 2, fields: wide },
            { line: 3, fields: ['c'] }
        ]);
    });

    it('ends a quoted field at its closing quote, a separator just before it included', () => {
        expect(rows('"x;";y\n"a"b\nc')).toEqual([
            { line: 1, fields: ['x;', 'y'] },
            { line: 2, fields: ['a'] },
            { line: 3, fields: ['c'] }
        ]);
    });

    it.each([
        ['a CRLF', '"a\r\nb";c\nd', 3],
        ['a lone CR', '"a\rb";c\nd', 3],
        ['two LFs', '"a\n\nb";c\nd', 4],
        ['a CR before the closing quote', '"a\r";c\nd', 3]
    ])('counts %s inside quotes as line breaks', (_name, text, line) => {
        expect(rows(text).map(r => r.line)).toEqual([1, line]);
    });

    it('gives no field past the end of the row, nor a blank one, from an earlier wider row', () => {
        const scanner = new CsvScanner('a;b;c;d\nx;;\n', ';');
        scanner.next();
        scanner.next();
        expect([scanner.count, scanner.field(2), scanner.field(3), scanner.field(9)]).toEqual([3, '', '', '']);
        expect(scanner.isBlankFrom(1)).toBe(true);
        expect(scanner.isBlankFrom(0)).toBe(false);
        expect(scanner.isBlank()).toBe(false);
    });

    it('starts at a given offset and line', () => {
        const scanner = new CsvScanner('titel\na;b\nc', ';', 6, 2);
        expect(scanner.next()).toBe(true);
        expect([scanner.line, scanner.field(0), scanner.field(1)]).toEqual([2, 'a', 'b']);
        expect(scanner.next()).toBe(true);
        expect(scanner.line).toBe(3);
        expect(scanner.next()).toBe(false);
    });
});

describe('trimStart and trimEnd', () => {
    it.each([
        ['x', 0, 1],
        [' x ', 1, 2],
        ['\t\u00a0 x \u00a0\t', 3, 4],
        ['   ', 3, 3],
        ['\u2003x', 0, 2]
    ])('%j is [%i, %i) trimmed', (text, start, end) => {
        const s = trimStart(text, 0, text.length);
        expect([s, trimEnd(text, s, text.length)]).toEqual([start, end]);
    });
});
