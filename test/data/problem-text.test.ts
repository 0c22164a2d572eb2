import { describe, expect, it } from 'vitest';
import type { DataProblem } from '../../src/data/index.js';
import { dataProblemText, placeInFile } from '../../src/data/problem-text.js';
import { parse } from './helpers.js';

const problem = (fields: Partial<DataProblem>): DataProblem => ({
    code: 'data-row-unreadable',
    file: '/m/data/resultat.csv',
    line: 0,
    message: 'värdet "x" är inget tal.',
    severity: 'warning',
    ...fields
});

/** One layout of "fil, blad, rad N:" for every reader, from the problem's fields; the message names no place. */
describe('dataProblemText', () => {
    it.each([
        [{}, 'resultat.csv: värdet "x" är inget tal.'],
        [{ line: 12 }, 'resultat.csv, rad 12: värdet "x" är inget tal.'],
        [{ line: 3, sheet: 'Enkät' }, 'resultat.csv, blad "Enkät", rad 3: värdet "x" är inget tal.'],
        [{ sheet: 'Enkät' }, 'resultat.csv, blad "Enkät": värdet "x" är inget tal.'],
        [{ line: 3, column: '2018' }, 'resultat.csv, rad 3, kolumn 2018: värdet "x" är inget tal.'],
        [{ line: 2, moreRows: 4 }, 'resultat.csv, rad 2 och 4 rader till har samma fel: värdet "x" är inget tal.'],
        [{ line: 0, column: '2018' }, 'resultat.csv: värdet "x" är inget tal.']
    ])('%j', (fields, text) => {
        expect(dataProblemText(problem(fields), 'resultat.csv')).toBe(text);
    });

    it('says nothing of a place inside the file for a problem of the whole file', () => {
        expect(placeInFile(problem({}))).toBeUndefined();
    });

    it('names each place once for the rows every reader reports (CSV, Kolada JSON)', () => {
        const csv = parse('kpi;kommun;år;värde\nN1;0114;2019;x\nN1;0114;2019;1\nN1;0114;2019;2\n');
        const json = parse(
            '{"values": [\n{"kpi": "N1", "municipality": "0114", "period": "x", "values": []}\n]}',
            '/d/a.json'
        );
        const texts = [...csv.problems, ...json.problems].map(p => dataProblemText(p, 'fil'));
        expect(texts).toEqual([
            'fil, rad 2: värdet "x" är inget tal. Skriv ett tal (87,5 eller 87.5) eller lämna fältet tomt.',
            'fil, rad 4: samma nyckeltal, kommun, år och kön finns redan på rad 3. Värdet på den här raden används; ta bort den rad som är fel.',
            'fil, rad 2: perioden "x" är inget årtal. Spara filen igen från Koladas API, eller rätta posten.'
        ]);
    });
});
