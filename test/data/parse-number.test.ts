import { describe, expect, it } from 'vitest';
import {
    isDecimalCommaNumber,
    isMissingMarker,
    isOverflowingNumber,
    parseNumber,
    parseNumberSlowly,
    parseYear
} from '../../src/data/parse-number.js';

const num = (s: string, decimalComma = true) => parseNumber(s, 0, s.length, decimalComma);

describe('parseNumber', () => {
    it.each([
        ['87', 87],
        ['87.5', 87.5],
        ['87,5', 87.5],
        ['-4,75', -4.75],
        ['\u22124,75', -4.75],
        ['+3', 3],
        ['0', 0],
        ['0.1', 0.1],
        ['31.32959689', 31.32959689],
        ['-47603.947399', -47603.947399],
        ['.5', 0.5],
        ['12.', 12],
        ['1e3', 1000],
        ['1.5E-2', 0.015],
        ['123456789012345678', Number('123456789012345678')],
        ['0.1234567890123456789', Number('0.1234567890123456789')],
        ['1 234,5', 1234.5],
        ['1\u00a0234\u00a0567', 1234567],
        ['87,5 %', 87.5],
        ['87.5%', 87.5]
    ])('reads %j as %d', (text, expected) => {
        expect(num(text)).toBe(expected);
    });

    it.each([['abc'], ['12abc'], ['1,2,3'], ['1.2.3'], ['--1'], ['0x10'], ['Infinity'], ['NaN'], ['12 34'], ['%']])(
        'rejects %j',
        text => {
            expect(num(text)).toBeNaN();
        }
    );

    it('rejects a decimal comma when the comma is the separator', () => {
        expect(num('87,5', false)).toBeNaN();
        expect(isDecimalCommaNumber('87,5')).toBe(true);
        expect(isDecimalCommaNumber('abc')).toBe(false);
    });

    it('gives exactly what Number gives for every one-decimal and two-decimal value', () => {
        for (let i = -20000; i <= 20000; i += 7) {
            for (const text of [(i / 10).toFixed(1), (i / 100).toFixed(2), (i / 1000).toFixed(3)]) {
                expect(num(text)).toBe(Number(text));
                expect(num(text.replace('.', ','))).toBe(Number(text));
            }
        }
    });

    it('reads a range inside a longer text', () => {
        expect(parseNumber('x;12,5;y', 2, 6, true)).toBe(12.5);
    });
});

describe('parseNumberSlowly', () => {
    // The rare forms on their own, as the readers call them with an untrimmed cell.
    it.each([
        [' 1,5 ', true, 1.5],
        [',5', true, 0.5],
        ['\u22121,5', true, -1.5],
        ['1.5,6', true, Number.NaN],
        ['1,5,6', true, Number.NaN],
        ['1,5', false, Number.NaN],
        ['1e309', true, Number.NaN]
    ])('%j (decimal comma %s) → %d', (text, decimalComma, expected) => {
        expect(parseNumberSlowly(text, decimalComma)).toBe(expected);
    });
});

describe('isOverflowingNumber', () => {
    it.each([
        ['1e309', true],
        [' 1e309 ', true],
        ['\u22121e309', true],
        ['1,5e309', true],
        ['1e308', false],
        ['87,5', false],
        ['abc', false]
    ])('%j → %s', (text, expected) => {
        expect(isOverflowingNumber(text)).toBe(expected);
    });
});

describe('isMissingMarker', () => {
    it.each([[''], ['..'], ['.'], ['-'], ['\u2013'], ['\u2212']])('%j means no value', text => {
        expect(isMissingMarker(text, 0, text.length)).toBe(true);
    });
    it.each([['0'], ['...'], ['-1'], ['n/a'], ['.5'], ['-.'], ['x']])('%j is not a missing marker', text => {
        expect(isMissingMarker(text, 0, text.length)).toBe(false);
    });
});

describe('parseYear', () => {
    it.each([
        ['2019', 2019],
        ['1999', 1999],
        ['19', Number.NaN],
        ['20x9', Number.NaN],
        ['20190', Number.NaN],
        ['0219', Number.NaN]
    ])('%j → %d', (text, expected) => {
        expect(parseYear(text, 0, text.length)).toBe(expected);
    });
});

describe('parse-number edges the fast path must hand on', () => {
    it.each([
        ['16 significant digits', '7526.003802661736476'],
        ['19 digits', '1362431832765403389'],
        ['18 digits with a point', '500.523073917279883']
    ])('reads %s exactly as Number does', (_name, text) => {
        expect(num(text)).toBe(Number(text));
    });

    it.each([
        ['1234', 0, 2, 12],
        ['1234', 2, 4, 34],
        ['x;-5,5;y', 2, 6, -5.5]
    ])('reads %j from %i to %i only', (text, start, end, value) => {
        expect(parseNumber(text, start, end, true)).toBe(value);
    });

    it.each([['.'], [','], ['-'], ['+'], ['\u2212'], ['-.']])('rejects the bare sign or separator %j', text => {
        expect(num(text)).toBeNaN();
    });

    it.each([
        ['a comma number too large only without its comma', '1,0e308', false],
        ['a comma number too large', '1,8e308', true],
        ['a negative overflow with a Unicode minus', '\u22121e309', true]
    ])('isOverflowingNumber: %s (%s)', (_name, text, overflowing) => {
        expect(isOverflowingNumber(text)).toBe(overflowing);
    });

    it.each([
        ['87,5', true],
        ['87.5', false],
        ['87', false],
        ['abc,5', false]
    ])('isDecimalCommaNumber(%j) is %s', (text, expected) => {
        expect(isDecimalCommaNumber(text)).toBe(expected);
    });

    it.each([
        ['2019', 2019],
        ['1900', 1900],
        ['2200', 2200],
        ['02019', Number.NaN],
        ['201', Number.NaN],
        ['201:', Number.NaN],
        ['201/', Number.NaN],
        ['1899', Number.NaN],
        ['2201', Number.NaN]
    ])('parseYear(%j) is %d', (text, year) => {
        expect(parseYear(text, 0, text.length)).toBe(year);
    });
});
