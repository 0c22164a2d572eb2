import { describe, expect, it } from 'vitest';
import { dataProblemText } from '../../src/data/problem-text.js';
import { DataProblemCode, MAX_ROW_PROBLEMS } from '../../src/data/problems.js';
import { parse, parseResource, resource, stored } from './helpers.js';

describe('long CSV', () => {
    it('reads municipality names in the kommun column as their codes (Kolada web exports)', () => {
        const data = parse('Kommun;År;Värde\nKumla;2019;87,5\nriket;2019;80\nÖrebro kommun;2019;70\n');
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '1881', 2019)).toEqual({ value: 87.5, line: 2 });
        expect(stored(data, '', '0000', 2019)).toEqual({ value: 80, line: 3 });
        expect(stored(data, '', '1880', 2019)).toEqual({ value: 70, line: 4 });
    });

    it('reads a semicolon file with decimal comma, genders, Riket, regions and groups', () => {
        const data = parseResource('long-semikolon.csv');
        expect(data.format).toBe('csv-long');
        expect(data.needsKpi).toBe(false);
        expect(data.problems).toEqual([]);
        expect(data.file).toBe(resource('long-semikolon.csv'));
        expect(stored(data, 'N00001', '0114', 2018)).toEqual({ value: 12.5, line: 2 });
        expect(stored(data, 'N00001', '0114', 2019)).toEqual({ value: 13.25, line: 3 });
        expect(stored(data, 'N00001', '1881', 2019)).toEqual({ value: -4.75, line: 5 });
        expect(stored(data, 'N00001', '1881', 2019, 1)).toEqual({ value: 40, line: 6 });
        expect(stored(data, 'N00001', '1881', 2019, 2)).toEqual({ value: 0, line: 7 });
        expect(stored(data, 'N00001', '0000', 2019)).toEqual({ value: 11, line: 8 });
        expect(stored(data, 'N00001', '0003', 2019)).toEqual({ value: 10.5, line: 9 });
        expect(stored(data, 'N00001', 'G12345', 2019)).toEqual({ value: 9, line: 10 });
        expect(stored(data, 'N00002', '1881', 2019)).toEqual({ value: 77, line: 11 });
    });

    it.each([
        ['semicolon', 'kpi;kommun;år;värde\nN1;0114;2019;87,5\n'],
        ['comma', 'kpi,kommun,år,värde\nN1,0114,2019,87.5\n'],
        ['tab', 'kpi\tkommun\tår\tvärde\nN1\t0114\t2019\t87,5\n'],
        ['quoted comma', '"kpi","kommun","år","värde"\n"N1","0114","2019","87.5"\n'],
        ['English headers', 'KPI;Municipality;Year;Value;Gender\nN1;0114;2019;87,5;T\n'],
        ['period header', 'kpi;municipality;period;value\nN1;0114;2019;87.5\n'],
        ['nyckeltal header', 'Nyckeltal;Kommun;År;Värde;Kön\nN1;0114;2019;87,5;\n'],
        ['CRLF', 'kpi;kommun;år;värde\r\nN1;0114;2019;87,5\r\n'],
        ['spaces around fields', 'kpi ; kommun ; år ; värde\n N1 ; 0114 ; 2019 ; 87,5 \n'],
        ['title line before header', 'Export från systemet\n\nkpi;kommun;år;värde\nN1;0114;2019;87,5\n'],
        ['Excel sep= line', 'sep=;\nkpi;kommun;år;värde\nN1;0114;2019;87,5\n'],
        ['NFD header', 'kpi;kommun;a\u030ar;va\u0308rde\nN1;0114;2019;87,5\n'],
        ['extra columns', 'id;kpi;kommun;namn;år;värde;anteckning\n7;N1;0114;Norrby;2019;87,5;ok\n'],
        ['numeric code without leading zero', 'kpi;kommun;år;värde\nN1;114;2019;87,5\n']
    ])('reads a %s file', (_name, text) => {
        const data = parse(text);
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', '0114', 2019)?.value).toBe(87.5);
    });

    it('reads a UTF-8 file with a BOM before the header', () => {
        const bytes = new Uint8Array([
            0xef,
            0xbb,
            0xbf,
            ...new TextEncoder().encode('kön;år;kommun;värde;kpi\nK;2019;0114;1,5;N1\n')
        ]);
        const data = parse(bytes);
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', '0114', 2019, 1)?.value).toBe(1.5);
    });

    it('reads a Windows-1252 file written by Swedish Excel', () => {
        // "nyckeltal;kommun;år;kön;värde\r\nN1;1881;2019;K;71,5\r\n" with å = 0xE5, ö = 0xF6, ä = 0xE4.
        const text = 'nyckeltal;kommun;\u00e5r;k\u00f6n;v\u00e4rde\r\nN1;1881;2019;K;71,5\r\n';
        const bytes = Uint8Array.from(text, c => c.charCodeAt(0));
        expect(bytes).toContain(0xe5);
        const data = parse(bytes);
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', '1881', 2019, 1)).toEqual({ value: 71.5, line: 2 });
    });

    it('reads a UTF-16 tab file with BOM (Excel "Unicode text")', () => {
        const text = '\ufeffkpi\tkommun\tår\tvärde\r\nN1\t0114\t2019\t3,5\r\n';
        const bytes = new Uint8Array(text.length * 2);
        for (let i = 0; i < text.length; i++) {
            bytes[i * 2] = text.charCodeAt(i) & 0xff;
            bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
        }
        expect(stored(parse(bytes), 'N1', '0114', 2019)?.value).toBe(3.5);
    });

    it('reads rKolada tidy exports, taking the code from municipality_id and the name from municipality', () => {
        const data = parseResource('rkolada-tidy.csv');
        expect(data.format).toBe('csv-long');
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N00003', '0114', 2020)).toEqual({ value: 101.5, line: 2 });
        expect(stored(data, 'N00003', '0115', 2020)).toBeUndefined();
        expect(stored(data, 'N00003', '0114', 2021)).toEqual({ value: 99.25, line: 4 });
        expect(stored(data, 'N00003', 'G20001', 2021)?.value).toBe(100);
        expect(data.municipalityNames.get('0114')).toBe('Norrby');
        expect(data.municipalityNames.get('0115')).toBe('Söderby');
    });

    it('stores a file without a kpi column under the KPI the data line will name', () => {
        const data = parse('kommun;year;value\r\n0114;2015;19.5\r\n0115;2015;20\r\n');
        expect(data.needsKpi).toBe(true);
        expect(stored(data, '', '0114', 2015)).toEqual({ value: 19.5, line: 2 });
    });

    it.each([[''], ['..'], ['.'], ['-'], ['""'], ['" "']])(
        'reads the missing marker %j as no value, never 0',
        marker => {
            const data = parse(`kpi;kommun;år;värde\nN1;0114;2019;${marker}\nN1;0115;2019;0\n`);
            expect(data.problems).toEqual([]);
            expect(stored(data, 'N1', '0114', 2019)).toBeUndefined();
            expect(stored(data, 'N1', '0115', 2019)).toEqual({ value: 0, line: 3 });
        }
    );

    it('keeps leading zeros and pads codes that lost them', () => {
        const data = parse('kpi;kommun;år;värde\nN1;0114;2019;1\nN1;"0180";2019;2\nN1;580;2019;3\nN1;1;2019;4\n');
        expect(data.values.codes).toEqual(['0114', '0180', '0580', '0001']);
    });

    it('skips blank lines and Excel rows of bare separators', () => {
        const data = parse('kpi;kommun;år;värde\n\nN1;0114;2019;1\n;;;\n   \nN1;0115;2019;2\n');
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', '0115', 2019)).toEqual({ value: 2, line: 6 });
    });

    it('reads a value column missing at the end of the line as too few fields', () => {
        const data = parse('kpi;kommun;år;värde\nN1;0114;2019\n');
        expect(data.problems).toMatchObject([{ code: DataProblemCode.rowUnreadable, line: 2 }]);
    });
});

describe('broken rows', () => {
    const text = [
        'nyckeltal;kommun;år;kön;värde', // 1
        'N1;0114;2019;T;1,5', // 2
        'N1;0115;2019;T;abc', // 3
        'N1;0117;19;T;2', // 4
        'N1;0120;2019;X;2', // 5
        'N1;Kumlaa;2019;T;2', // 6: a name, one letter off Kumla's
        'N1;;2019;T;2', // 7
        ';0123;2019;T;2', // 8
        'N1;0125', // 9
        'N1;"0126";"20', // 10: an open quote swallows the rest of the file...
        '19";T;3', // 11
        'N1;0127;2019;T;4' // 12: ...but it is closed here, so this row reads
    ].join('\n');

    it.each([
        [3, 'värdet "abc" är inget tal. Skriv ett tal (87,5 eller 87.5) eller lämna fältet tomt.'],
        [4, 'året "19" är inget årtal. Skriv året med fyra siffror, t.ex. 2019.'],
        [5, 'könet "X" är okänt. Skriv T (totalt), K (kvinnor) eller M (män), eller lämna fältet tomt för totalt.'],
        [
            6,
            '"Kumlaa" är varken en kommunkod eller ett kommunnamn. Menade du Kumla? Skriv Koladas kod med fyra siffror, t.ex. 1881 (0000 för riket), eller kommunens namn som Kolada skriver det.'
        ],
        [7, 'kommunkoden saknas. Skriv kommunens kod med fyra siffror, t.ex. 1881.'],
        [8, 'nyckeltalet saknas. Skriv nyckeltalets id, t.ex. N00901.'],
        [
            9,
            'raden har 2 fält men rubrikraden har 5. Kontrollera att raden har samma avgränsare (semikolon) som rubrikraden, och lämna tomma fält för värden som saknas.'
        ],
        [10, 'året "20\n19" är inget årtal. Skriv året med fyra siffror, t.ex. 2019.']
    ])('reports line %i and loads the rest', (line, message) => {
        const data = parse(text);
        expect(data.problems.find(p => p.line === line)).toEqual({
            code: DataProblemCode.rowUnreadable,
            file: '/data/test.csv',
            line,
            message,
            severity: 'warning'
        });
        expect(data.problems).toHaveLength(8);
        expect(stored(data, 'N1', '0114', 2019)?.value).toBe(1.5);
        expect(stored(data, 'N1', '0127', 2019)).toEqual({ value: 4, line: 12 });
    });

    it('explains a decimal comma in a comma-separated file', () => {
        const data = parse('kpi,kommun,år,värde\nN1,0114,2019,"87,5"\n');
        expect(data.problems).toMatchObject([
            {
                line: 2,
                message:
                    'värdet "87,5" har decimalkomma, men filen har komma som avgränsare. ' +
                    'Skriv 87.5, eller spara filen med semikolon som avgränsare.'
            }
        ]);
    });

    it('warns about the same key twice and keeps the later row', () => {
        const data = parse('kpi;kommun;år;värde\nN1;0114;2019;1\nN1;0114;2019;2\n');
        expect(data.problems).toMatchObject([{ code: DataProblemCode.duplicate, line: 3, severity: 'warning' }]);
        expect(stored(data, 'N1', '0114', 2019)).toEqual({ value: 2, line: 3 });
    });

    // Rows broken each in its own way (a value of text on every row is one systematic problem instead).
    it('caps the row problems of a badly broken file and summarises the rest', () => {
        const rows = Array.from({ length: MAX_ROW_PROBLEMS + 50 }, (_, i) => `N1;0114;år ${i};5`);
        const data = parse(['kpi;kommun;år;värde', ...rows, 'N1;0115;2019;5'].join('\n'));
        expect(data.problems).toHaveLength(MAX_ROW_PROBLEMS + 1);
        expect(data.problems.at(-1)).toMatchObject({
            line: MAX_ROW_PROBLEMS + 2,
            message: expect.stringContaining('Ytterligare 50 rader har problem')
        });
        expect(stored(data, 'N1', '0115', 2019)?.value).toBe(5);
    });
});

describe('wide CSV', () => {
    it('reads one column per year, ignores other columns and keeps the names', () => {
        const data = parseResource('bred.csv');
        expect(data.format).toBe('csv-wide');
        expect(data.needsKpi).toBe(true);
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '0114', 2018)).toEqual({ value: 61, line: 2 });
        expect(stored(data, '', '0114', 2019)).toBeUndefined();
        expect(stored(data, '', '0115', 2018)).toBeUndefined();
        expect(stored(data, '', '0115', 2019)).toEqual({ value: 63.5, line: 3 });
        expect(stored(data, '', '1881', 2019)).toEqual({ value: 71, line: 4 });
        expect(data.municipalityNames.get('1881')).toBe('Mellanby');
    });

    it('reads a Windows-1252 wide file and names the year of a bad cell', () => {
        const text = 'kommun;kommunnamn;2018;2019\r\n0117;\u00d6sterby;67;72\r\n1881;Mellanby;x;71\r\n';
        const data = parse(Uint8Array.from(text, c => c.charCodeAt(0)));
        expect(data.municipalityNames.get('0117')).toBe('Österby');
        expect(stored(data, '', '0117', 2019)?.value).toBe(72);
        expect(data.problems).toMatchObject([
            { line: 3, column: '2018', message: expect.stringMatching(/^värdet "x"/) }
        ]);
        expect(dataProblemText(data.problems[0]!, 'bred.csv')).toMatch(/^bred\.csv, rad 3, kolumn 2018: värdet "x"/);
        expect(stored(data, '', '1881', 2019)?.value).toBe(71);
    });

    it('reads a four-digit column outside the valid years as no year, and says so on the header line', () => {
        const data = parse('kommun;2019;3000;0042\n0114;5;6;7\n');
        expect(data.format).toBe('csv-wide');
        expect(stored(data, '', '0114', 2019)?.value).toBe(5);
        expect(stored(data, '', '0114', 3000)).toBeUndefined();
        expect(stored(data, '', '0114', 42)).toBeUndefined();
        expect(data.problems).toMatchObject([
            { code: DataProblemCode.rowUnreadable, line: 1, column: '3000', severity: 'warning' },
            { code: DataProblemCode.rowUnreadable, line: 1, column: '0042', severity: 'warning' }
        ]);
        expect(dataProblemText(data.problems[0]!, 'bred.csv')).toBe(
            'bred.csv, rad 1, kolumn 3000: rubriken "3000" är inget år från 1900 till 2200, så kolumnens värden läses inte. ' +
                'Skriv det år värdena gäller, t.ex. 2019.'
        );
    });

    it('uses a kpi column in a wide file when there is one', () => {
        const data = parse('kpi;kommun;2019\nN5;0114;3\n');
        expect(data.needsKpi).toBe(false);
        expect(stored(data, 'N5', '0114', 2019)?.value).toBe(3);
    });
});

describe('headers that are not data', () => {
    it.each([
        ['kommun;värde\n0114;1\n', 1, 'rubrikraden saknar kolumnen "år".'],
        ['kpi;år;värde\nN1;2019;1\n', 1, 'rubrikraden saknar kolumnen "kommun".'],
        ['kommun;namn\n0114;Norrby\n', 1, 'rubrikraden saknar kolumnen "år" och kolumnen "värde".'],
        ['hello world\nfoo bar\n', 1, 'Filens format känns inte igen']
    ])('%j is one problem on the header line', (text, line, start) => {
        const data = parse(text);
        expect(data.format).toBe('none');
        expect(data.problems).toHaveLength(1);
        expect(data.problems[0]).toMatchObject({ code: DataProblemCode.unknownLayout, line, severity: 'error' });
        expect(data.problems[0]?.message.startsWith(start)).toBe(true);
    });

    it('warns about a header without rows', () => {
        expect(parse('kpi;kommun;år;värde\n').problems).toMatchObject([
            { code: DataProblemCode.noValues, severity: 'warning' }
        ]);
    });
});

describe('metadata CSV', () => {
    it('reads /v3/kpi exports, descriptions with quotes and line breaks included', () => {
        const data = parseResource('kpi-metadata.csv');
        expect(data.format).toBe('kpi-metadata');
        expect(data.problems).toEqual([]);
        expect([...data.kpiTitles]).toEqual([
            ['N00001', 'Påhittat nyckeltal, andel (%)'],
            ['N00002', 'Ett annat nyckeltal (- 2024)']
        ]);
    });

    it('reads /v3/municipality exports', () => {
        const data = parseResource('kommuner.csv');
        expect(data.format).toBe('municipality-metadata');
        expect(data.municipalityNames.get('0000')).toBe('Riket');
        expect(data.municipalityNames.get('1881')).toBe('Mellanby');
        expect(data.values.countValues()).toBe(0);
    });
});
