import { describe, expect, it } from 'vitest';
import { scanSheet } from '../../src/data/xlsx-sheet.js';
import { runText } from '../../src/data/xml-text.js';

/** Generators that write a namespace prefix write it on every element, and not always as one letter. */
describe('prefixes longer than one letter', () => {
    it('leaves out phonetic runs with a long prefix', () => {
        expect(runText('<ss:t>東京</ss:t><ss:rPh sb="0" eb="2"><ss:t>トウキョウ</ss:t></ss:rPh><ss:t>都</ss:t>')).toBe(
            '東京都'
        );
    });

    it('reads inline strings and values with a long prefix', () => {
        const xml =
            '<ss:worksheet><ss:sheetData><ss:row r="1"><ss:c r="A1" t="inlineStr"><ss:is><ss:t>Kumla</ss:t></ss:is></ss:c>' +
            '<ss:c r="B1" t="str"><ss:f>A1</ss:f><ss:v>x</ss:v></ss:c></ss:row></ss:sheetData></ss:worksheet>';
        expect([...scanSheet(xml, []).rows]).toEqual([[1, ['Kumla', 'x']]]);
    });
});
