import { describe, expect, it } from 'vitest';
import { parse, stored } from './helpers.js';

/** Readers never guess: a row that does not match its header, or a number that is not finite, gives no value. */
describe('rows that do not match the header', () => {
    it('a decimal comma in a comma-separated file is a row problem naming the cause, not the number before it', () => {
        const data = parse('kommun,år,nyckeltal,värde\n1885,2024,N1,17,88\n1880,2024,N1,20.5\n');
        expect(stored(data, 'N1', '1885', 2024)).toBeUndefined();
        expect(stored(data, 'N1', '1880', 2024)).toEqual({ value: 20.5, line: 3 });
        const problem = data.problems.find(p => p.line === 2);
        expect(problem?.code).toBe('data-row-unreadable');
        expect(problem?.message).toMatch(/^raden har 5 fält men rubrikraden har 4\./);
        expect(problem?.message).toContain('decimalkomma');
    });

    it('the decimal comma in the last column of a long file is caught too', () => {
        const data = parse('nyckeltal,kommun,år,värde\nN1,1885,2024,17,88\n');
        expect(stored(data, 'N1', '1885', 2024)).toBeUndefined();
        expect(data.problems[0]?.message).toContain('decimalkomma');
    });

    it('a row with fewer fields than the header is a row problem', () => {
        const data = parse('kommun;2018;2019;2020\n1885;1;2\n1880;1;2;3\n', '/data/bred.csv');
        expect(stored(data, '', '1885', 2018)).toBeUndefined();
        expect(stored(data, '', '1880', 2020)).toEqual({ value: 3, line: 3 });
        expect(data.problems.map(p => [p.line, p.message])).toEqual([
            [2, expect.stringMatching(/^raden har 3 fält men rubrikraden har 4\. .*semikolon/)]
        ]);
    });

    it('empty fields after the last column (a trailing separator) are no problem', () => {
        const data = parse('kpi;kommun;år;värde\nN1;0114;2019;87,5;;\n');
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', '0114', 2019)).toEqual({ value: 87.5, line: 2 });
    });
});

describe('numbers that are not finite', () => {
    it.each(['1e309', '-1e309', 'Infinity', 'NaN', '-Infinity'])('%s in a CSV is a bad row', cell => {
        const data = parse(`kpi;kommun;år;värde\nN1;0114;2019;${cell}\n`);
        expect(stored(data, 'N1', '0114', 2019)).toBeUndefined();
        expect(data.problems[0]?.code).toBe('data-row-unreadable');
        expect(data.problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^värdet ".*" /) });
    });

    it('1e309 in Kolada JSON is a bad entry whose message shows what was written', () => {
        const data = parse(
            '{"values": [{"kpi": "N1", "municipality": "0114", "period": 2019, "values": [{"gender": "T", "value": 1e309}]}]}',
            '/data/k.json'
        );
        expect(stored(data, 'N1', '0114', 2019)).toBeUndefined();
        expect(data.problems[0]?.line).toBe(1);
        expect(data.problems[0]?.message).toBe(
            'värdet är för stort för att räkna med. Rätta värdet, eller skriv null om det saknas.'
        );
    });
});
