import { describe, expect, it } from 'vitest';
import { DataProblemCode } from '../../src/data/problems.js';
import { parse, parseResource, stored } from './helpers.js';

describe('Kolada API JSON', () => {
    it('reads a v3 page: number and string periods, null values, genders, lines of the inner value objects', () => {
        const data = parseResource('kolada-v3.json');
        expect(data.format).toBe('kolada-json');
        expect(data.needsKpi).toBe(false);
        expect(data.problems).toEqual([]);
        expect(stored(data, 'U00001', '0114', 2019)).toEqual({ value: 81.5, line: 9 });
        expect(stored(data, 'U00001', '0114', 2019, 1)).toEqual({ value: 84, line: 15 });
        expect(stored(data, 'U00001', '0115', 2019)).toBeUndefined();
        expect(stored(data, 'U00001', '0000', 2019)).toEqual({ value: 79.1, line: 40 });
    });

    it('reads an array of v2 pages', () => {
        const data = parseResource('kolada-v2-sidor.json');
        expect(data.problems).toEqual([]);
        expect(stored(data, 'U00002', '1881', 2018)).toEqual({ value: 3, line: 2 });
        expect(stored(data, 'U00002', '1881', 2019)).toEqual({ value: 4.5, line: 5 });
        expect(stored(data, 'U00002', '0114', 2019)).toEqual({ value: 6, line: 7 });
    });

    it('reads a bare array of entries, and entries without inner objects on one line', () => {
        const text =
            '[\n{"kpi": "N1", "municipality": "0114", "period": 2019, "values": [{"gender": "T", "value": 1}]},\n' +
            '{"kpi": "N1", "municipality": "0115", "period": 2019, "values": [{"gender": "T", "value": 2}]}\n]';
        const data = parse(text, '/data/a.json');
        expect(stored(data, 'N1', '0114', 2019)).toEqual({ value: 1, line: 2 });
        expect(stored(data, 'N1', '0115', 2019)).toEqual({ value: 2, line: 3 });
    });

    it('keeps the lines right past broken entries and braces inside strings', () => {
        const text = [
            '{"values": [', // 1
            '  {"kpi": "", "municipality": "0114", "period": 2019, "values": [', // 2
            '    {"gender": "T", "value": 1}]},', // 3
            '  {"kpi": "N1", "municipality": "0115", "period": "år 2019", "values": [{"value": 1}]},', // 4
            '  {"kpi": "N1 {\\"x\\": [", "municipality": "0117", "period": 2019, "values": [', // 5
            '    {"gender": "X", "value": 1},', // 6
            '    {"gender": "K", "value": "abc"},', // 7
            '    {"gender": "M", "value": "12,5"},', // 8
            '    {"gender": "T", "value": 3}]},', // 9
            '  {"municipality": 114, "kpi": "N1", "period": 2019, "values": [{"value": 4}]}', // 10
            ']}'
        ].join('\n');
        const data = parse(text, '/data/a.json');
        expect(data.problems.map(p => [p.line, p.code, p.message])).toEqual([
            [
                2,
                DataProblemCode.rowUnreadable,
                'posten saknar "kpi" (nyckeltalets id). Spara filen igen från Koladas API, eller rätta posten.'
            ],
            [
                4,
                DataProblemCode.rowUnreadable,
                'perioden "år 2019" är inget årtal. Spara filen igen från Koladas API, eller rätta posten.'
            ],
            [
                6,
                DataProblemCode.rowUnreadable,
                'könet "X" är okänt; Kolada skriver "T", "K" eller "M". Spara filen igen från Koladas API, eller rätta posten.'
            ],
            [
                7,
                DataProblemCode.rowUnreadable,
                'värdet "abc" är inget tal. Skriv ett tal eller null för värde som saknas.'
            ]
        ]);
        expect(stored(data, 'N1 {"x": [', '0117', 2019, 2)).toEqual({ value: 12.5, line: 8 });
        expect(stored(data, 'N1 {"x": [', '0117', 2019)).toEqual({ value: 3, line: 9 });
        expect(stored(data, 'N1', '0114', 2019)).toEqual({ value: 4, line: 10 });
    });

    it('reports invalid JSON once, with its line', () => {
        const data = parse('{"values": [\n  {"kpi": "N1",\n  "municipality" "0114"}\n]}', '/data/a.json');
        expect(data.format).toBe('none');
        expect(data.problems).toEqual([
            {
                code: DataProblemCode.jsonInvalid,
                file: '/data/a.json',
                line: 3,
                message:
                    'Filen ser ut som JSON men kan inte läsas. ' +
                    'Spara filen igen från Koladas API, eller rätta JSON-texten.',
                severity: 'error'
            }
        ]);
    });

    it.each([
        ['{"data": []}', DataProblemCode.unknownLayout],
        ['[1, 2, 3]', DataProblemCode.noValues],
        ['{"values": []}', DataProblemCode.noValues],
        ['{"values": [{"foo": 1}]}', DataProblemCode.unknownLayout]
    ])('%j gives %s', (text, code) => {
        expect(parse(text, '/data/a.json').problems.map(p => p.code)).toContain(code);
    });
});

describe('Kolada metadata JSON', () => {
    it.each([
        ['grupper-v3.json', 'G20001', ['0115', '1881']],
        ['grupper-v3.json', 'G20002', []],
        ['grupper-v2.json', 'G30001', ['0114', '1881']]
    ])('%s: members of %s', (file, group, members) => {
        const data = parseResource(file);
        expect(data.format).toBe('group-metadata');
        expect(data.problems).toEqual([]);
        expect(data.groups.get(group)).toEqual(members);
    });

    it('takes group titles and member names as names', () => {
        const data = parseResource('grupper-v3.json');
        expect(data.municipalityNames.get('G20001')).toBe('Liknande kommuner, Norrby');
        expect(data.municipalityNames.get('1881')).toBe('Mellanby');
    });

    it.each([
        ['{"values": [{"id": "N1", "title": "Ett nyckeltal", "is_divided_by_gender": true}]}', 'kpi-metadata'],
        ['{"values": [{"id": "1881", "title": "Mellanby", "type": "K"}]}', 'municipality-metadata']
    ])('%j is %s', (text, format) => {
        const data = parse(text, '/data/a.json');
        expect(data.format).toBe(format);
        expect(data.kpiTitles.get('N1') ?? data.municipalityNames.get('1881')).toBeDefined();
    });
});
