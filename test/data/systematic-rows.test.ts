import { describe, expect, it } from 'vitest';
import { dataProblemText, MAX_ROW_PROBLEMS } from '../../src/data/index.js';
import { SYSTEMATIC_ROWS } from '../../src/data/problems.js';
import { parse, stored } from './helpers.js';

const HEADER = 'kommun,år,nyckeltal,värde\n';
const decimalCommaRows = (count: number, from = 2000) =>
    Array.from({ length: count }, (_, i) => `1885,${from + i},N1,17,${10 + i}\n`).join('');

/** A cause that recurs on row after row (a decimal comma in a comma export) is one problem, not one a row. */
describe('systematic row errors are summarised per file', () => {
    it('many rows with a decimal comma give one problem with the count, the first row and the cause', () => {
        const data = parse(HEADER + decimalCommaRows(30));
        expect(data.problems).toHaveLength(1);
        const [problem] = data.problems;
        expect(problem?.line).toBe(2);
        expect(problem?.code).toBe('data-row-unreadable');
        expect(problem?.moreRows).toBe(29);
        expect(dataProblemText(problem!, 'test.csv')).toMatch(
            /^test\.csv, rad 2 och 29 rader till har samma fel: raderna har fler fält än rubrikraden \(4\)\./
        );
        expect(problem?.message).toContain('decimalkomma (som 17,88)');
        expect(stored(data, 'N1', '1885', 2000)).toBeUndefined();
    });

    it(`fewer than ${SYSTEMATIC_ROWS} rows with the same cause are still named one by one`, () => {
        const data = parse(HEADER + decimalCommaRows(SYSTEMATIC_ROWS - 1));
        expect(data.problems.map(p => p.line)).toEqual([2, 3]);
        expect(data.problems[0]?.message).toMatch(/^raden har 5 fält/);
    });

    it('a systematic cause past the row cap is counted whole, and other rows keep their own problems', () => {
        const text = HEADER + decimalCommaRows(MAX_ROW_PROBLEMS + 50) + '1880,2024,N1,tjugo\n1880,2025,N1,7\n';
        const data = parse(text);
        const summary = data.problems.find(p => p.moreRows !== undefined);
        expect([summary?.line, summary?.moreRows]).toEqual([2, MAX_ROW_PROBLEMS + 49]);
        const other = data.problems.find(p => p.message.includes('"tjugo"'));
        expect(other?.line).toBe(MAX_ROW_PROBLEMS + 52);
        expect(stored(data, 'N1', '1880', 2025)).toEqual({ value: 7, line: MAX_ROW_PROBLEMS + 53 });
        expect(data.problems.some(p => p.message.startsWith('Ytterligare'))).toBe(false);
    });

    it('a value column of text is one problem for the file', () => {
        const rows = ['1880;2020;N1;hög', '1880;2021;N1;låg', '1880;2022;N1;medel', '1880;2023;N1;hög'];
        const data = parse(`kommun;år;nyckeltal;värde\n${rows.join('\n')}\n`);
        expect(data.problems.map(p => dataProblemText(p, 'test.csv'))).toEqual([
            expect.stringMatching(/^test\.csv, rad 2 och 3 rader till har samma fel: värdet är inget tal\./)
        ]);
    });
});
