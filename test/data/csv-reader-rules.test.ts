import { describe, expect, it } from 'vitest';
import { dataProblemText } from '../../src/data/problem-text.js';
import { parse, stored } from './helpers.js';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const problemsOf = (text: string) => parse(text).problems.map(p => [p.line, p.message]);

const UNKNOWN_FORMAT =
    'Filens format känns inte igen: ingen rubrikrad med kolumnerna kommun, år och värde ' +
    '(eller kommun och en kolumn per år). Spara filen som CSV med en rubrikrad, eller som JSON från Koladas API.';
const missingColumns = (columns: string) =>
    `rubrikraden saknar ${columns}. En lång fil behöver kolumnerna kommun, år och värde (nyckeltal och kön om de finns); ` +
    'en bred fil kommun och en kolumn per år, t.ex. 2019. Lägg till eller byt namn på kolumnerna.';

describe('CSV: finding the header', () => {
    it.each<[string, string, [number, string][]]>([
        ['no header at all', lines('a;b;c', '1;2;3'), [[1, UNKNOWN_FORMAT]]],
        ['a header lacking värde', lines('kommun;år', '1881;2019'), [[2 - 1, missingColumns('kolumnen "värde"')]]],
        [
            'a header lacking two columns',
            lines('Titel', 'kpi;kommun'),
            [[2, missingColumns('kolumnen "år" och kolumnen "värde"')]]
        ],
        [
            'the first near header, not a later one',
            lines('kommun;år', 'kommun;värde'),
            [[1, missingColumns('kolumnen "värde"')]]
        ],
        [
            'a near header after title lines',
            lines('Titel', 'Export 2024', 'år;värde'),
            [[3, missingColumns('kolumnen "kommun"')]]
        ]
    ])('reports %s', (_name, text, problems) => {
        expect(problemsOf(text)).toEqual(problems);
    });

    it('looks for the header on the first ten non-blank lines only', () => {
        const titles = (n: number) => Array.from({ length: n }, (_, i) => `Titelrad ${i + 1}`);
        const body = ['kommun;år;värde', '1881;2019;5'];
        const atTen = parse(lines(...titles(9), '', '   ', ...body));
        expect(atTen.problems).toEqual([]);
        expect(stored(atTen, '', '1881', 2019)).toEqual({ value: 5, line: 13 });
        expect(problemsOf(lines(...titles(10), ...body))).toEqual([[1, UNKNOWN_FORMAT]]);
    });

    it.each([
        ['LF', '\n'],
        ['CRLF', '\r\n'],
        ['CR', '\r']
    ])('counts title lines ending in %s', (_name, br) => {
        const data = parse(['Nöjdhet', '', 'kommun;år;värde', '1881;2019;5', ''].join(br));
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '1881', 2019)).toEqual({ value: 5, line: 4 });
    });

    it.each([
        ['sep=,', 'sep=,'],
        ['quoted', '"sep=,"'],
        ['upper case, spaces around', '  SEP=, '],
        ['with a tab after', 'sep=,\t']
    ])("follows Excel's separator line (%s)", (_name, hint) => {
        // Without the hint the header would read as semicolon-separated (as many semicolons as commas).
        const data = parse(lines(hint, 'kommun,år,värde,a;b;c;d', '1881,2019,5,x'));
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '1881', 2019)).toEqual({ value: 5, line: 3 });
        expect(problemsOf(lines('kommun,år,värde,a;b;c;d', '1881,2019,5,x'))).toEqual([
            [2, missingColumns('kolumnen "kommun"')]
        ]);
    });

    it.each([
        ['semicolon', 'sep=;', 'kommun;år;värde;a,b,c,d,e', '1881;2019;2,5;x', 2.5],
        ['tab', 'sep=\t', 'kommun\tår\tvärde\ta;b;c;d', '1881\t2019\t2,5\tx', 2.5]
    ])('reads the %s named by a separator line', (_name, hint, header, row, value) => {
        const data = parse(lines(hint, header, row));
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '1881', 2019)).toEqual({ value, line: 3 });
    });

    it.each([
        ['an unknown separator', 'sep=|'],
        ['text before', 'note sep=,'],
        ['text after', 'sep=,x'],
        ['two characters', 'sep=,,']
    ])('does not take a line with %s as a separator line', (_name, hint) => {
        const data = parse(lines(hint, 'kommun;år;värde', '1881;2019;2,5'));
        expect(data.problems).toEqual([]);
        expect(stored(data, '', '1881', 2019)).toEqual({ value: 2.5, line: 3 });
    });
});

describe('CSV: rows', () => {
    it.each([
        ['T', 0],
        ['t', 0],
        ['K', 1],
        ['k', 1],
        ['M', 2],
        ['m', 2],
        ['', 0],
        [' K ', 1],
        ['Totalt', 0],
        ['total', 0],
        ['Alla', 0],
        ['Kvinnor', 1],
        ['FLICKOR', 1],
        ['Män', 2],
        ['pojkar', 2]
    ])('reads the gender %j', (gender, index) => {
        const data = parse(lines('kpi;kommun;år;kön;värde', `N1;1881;2019;${gender};4`));
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', '1881', 2019, index as 0 | 1 | 2)).toEqual({ value: 4, line: 2 });
    });

    it.each(['X', 'Kv', 'kvinna', 'MÄNNEN'])('rejects the gender %j', gender => {
        expect(problemsOf(lines('kpi;kommun;år;kön;värde', `N1;1881;2019;${gender};4`))).toEqual([
            [
                2,
                `könet "${gender}" är okänt. Skriv T (totalt), K (kvinnor) eller M (män), eller lämna fältet tomt för totalt.`
            ]
        ]);
    });

    it('keeps genders, KPIs and years apart when rows alternate', () => {
        const data = parse(
            lines(
                'kpi;kommun;år;kön;värde',
                'N1;1881;2019;T;1',
                'N1;1881;2019;K;2',
                'N1;1881;2019;T;3',
                'N1;1881;2020;T;4',
                'N1;1881;2019;M;5',
                'N2;1881;2019;M;6',
                'N3;1881;2019;M;7',
                'N3;1881;2020;M;8'
            )
        );
        expect(data.problems).toEqual([
            expect.objectContaining({ line: 4, message: expect.stringContaining('finns redan på rad 2') })
        ]);
        expect(stored(data, 'N1', '1881', 2019)).toEqual({ value: 3, line: 4 });
        expect(stored(data, 'N1', '1881', 2019, 1)).toEqual({ value: 2, line: 3 });
        expect(stored(data, 'N1', '1881', 2020)).toEqual({ value: 4, line: 5 });
        expect(stored(data, 'N1', '1881', 2019, 2)).toEqual({ value: 5, line: 6 });
        expect(stored(data, 'N2', '1881', 2019, 2)).toEqual({ value: 6, line: 7 });
        expect(stored(data, 'N3', '1881', 2019, 2)).toEqual({ value: 7, line: 8 });
        expect(stored(data, 'N3', '1881', 2020, 2)).toEqual({ value: 8, line: 9 });
    });

    it('reads KPI ids as written: quoted, padded, or after one of the same length', () => {
        const data = parse(
            lines(
                'kpi;kommun;år;värde',
                '"N1";1881;2019;1',
                'N1;0114;2019;2',
                ' N1 ;0115;2019;3',
                'N2;0117;2019;4',
                '"N2";0120;2019;5',
                'M2;0123;2019;6'
            )
        );
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', '1881', 2019)?.value).toBe(1);
        expect(stored(data, 'N1', '0114', 2019)?.value).toBe(2);
        expect(stored(data, 'N1', '0115', 2019)?.value).toBe(3);
        expect(stored(data, 'N2', '0117', 2019)?.value).toBe(4);
        expect(stored(data, 'N2', '0120', 2019)?.value).toBe(5);
        expect(stored(data, 'M2', '0123', 2019)?.value).toBe(6);
    });

    it('reports a missing KPI on the first row too', () => {
        expect(problemsOf(lines('kpi;kommun;år;värde', ';1881;2019;1', 'N1;1881;2019;2'))).toEqual([
            [2, 'nyckeltalet saknas. Skriv nyckeltalets id, t.ex. N00901.']
        ]);
    });

    it.each([
        ['1', '0001'],
        ['12', '0012'],
        ['114', '0114'],
        ['1881', '1881'],
        [' 0114 ', '0114'],
        ['"0114"', '0114'],
        ['g12', 'G12'],
        ['0000', '0000'],
        ['9999', '9999']
    ])('reads the code %j as %s', (code, normalized) => {
        const data = parse(lines('kommun;år;värde', `${code};2019;7`));
        expect(data.problems).toEqual([]);
        expect(stored(data, '', normalized, 2019)).toEqual({ value: 7, line: 2 });
    });

    it.each(['01881', '18a1', ':881', '/881', '1.5', 'x'])('rejects the code %j', code => {
        expect(problemsOf(lines('kommun;år;värde', `${code};2019;7`))).toEqual([
            [
                2,
                `"${code}" är varken en kommunkod eller ett kommunnamn. Skriv Koladas kod med fyra siffror, t.ex. 1881 (0000 för riket), eller kommunens namn som Kolada skriver det.`
            ]
        ]);
    });

    it('keeps the first name given for a code, and none that is empty', () => {
        const data = parse(
            lines(
                'municipality_id;municipality;year;value',
                '1881;Kumla;2019;1',
                '1881;Kumla kommun;2020;2',
                '0114;;2019;3',
                '0114;Upplands Väsby;2020;4'
            )
        );
        expect(data.problems).toEqual([]);
        expect([...data.municipalityNames]).toEqual([['1881', 'Kumla']]);
    });

    it('reads a file whose first column is the year, or the name', () => {
        const yearFirst = parse(lines('år;kommun;värde', '2019;1881;5'));
        expect(yearFirst.problems).toEqual([]);
        expect(stored(yearFirst, '', '1881', 2019)).toEqual({ value: 5, line: 2 });
        const nameFirst = parse(lines('municipality;municipality_id;year;value', 'Kumla;1881;2019;6'));
        expect(nameFirst.problems).toEqual([]);
        expect([...nameFirst.municipalityNames]).toEqual([['1881', 'Kumla']]);
        expect(stored(nameFirst, '', '1881', 2019)).toEqual({ value: 6, line: 2 });
    });

    it('reads names by code from a wide file', () => {
        const data = parse(lines('kommunkod;kommunnamn;2019;2020', '1881;Kumla;1;2', '0114;Upplands Väsby;3;'));
        expect(data.problems).toEqual([]);
        expect([...data.municipalityNames]).toEqual([
            ['1881', 'Kumla'],
            ['0114', 'Upplands Väsby']
        ]);
        expect(stored(data, '', '0114', 2019)).toEqual({ value: 3, line: 3 });
        expect(stored(data, '', '0114', 2020)).toBeUndefined();
    });

    it.each([
        ['a quoted value with a decimal comma', ';', '"2,5"', 2.5],
        ['a quoted value with a decimal point', ';', '"2.5"', 2.5],
        ['a quoted value in a comma file', ',', '"2.5"', 2.5],
        ['a quoted value with a doubled quote', ';', '"2"""', undefined]
    ])('reads %s', (_name, sep, value, expected) => {
        const data = parse(lines(['kommun', 'år', 'värde'].join(sep), ['1881', '2019', value].join(sep)));
        expect(stored(data, '', '1881', 2019)?.value).toBe(expected);
    });

    it.each<[string, string, string]>([
        [';', 'abc', 'värdet "abc" är inget tal. Skriv ett tal (87,5 eller 87.5) eller lämna fältet tomt.'],
        [';', '1,2,3', 'värdet "1,2,3" är inget tal. Skriv ett tal (87,5 eller 87.5) eller lämna fältet tomt.'],
        [';', '1e999', 'värdet "1e999" är för stort för att räkna med. Rätta värdet eller lämna fältet tomt.'],
        [
            ',',
            '"1,5"',
            'värdet "1,5" har decimalkomma, men filen har komma som avgränsare. Skriv 1.5, eller spara filen med semikolon som avgränsare.'
        ],
        [',', 'abc', 'värdet "abc" är inget tal. Skriv ett tal (87,5 eller 87.5) eller lämna fältet tomt.']
    ])('explains a bad value (separator %j, value %s)', (sep, value, message) => {
        expect(problemsOf(lines(['kommun', 'år', 'värde'].join(sep), ['1881', '2019', value].join(sep)))).toEqual([
            [2, message]
        ]);
    });

    it('warns about a duplicate with the line of the first', () => {
        expect(problemsOf(lines('kommun;år;värde', '1881;2019;1', '0114;2019;2', '1881;2019;3'))).toEqual([
            [
                4,
                'samma nyckeltal, kommun, år och kön finns redan på rad 2. Värdet på den här raden används; ta bort den rad som är fel.'
            ]
        ]);
    });

    it('warns about a header without rows, blank rows not counted', () => {
        const noValues = 'Filen har en rubrikrad men inga rader med värden. Kontrollera att exporten blev fullständig.';
        expect(problemsOf(lines('kommun;år;värde', ';;', ''))).toEqual([[0, noValues]]);
        expect(problemsOf(lines('kommun;år;värde', '1881;2019;'))).toEqual([]);
    });
});

describe('CSV: rows whose fields do not line up', () => {
    const tooFew = (fields: number, header: number, name: string) =>
        `raden har ${fields} fält men rubrikraden har ${header}. Kontrollera att raden har samma avgränsare (${name}) som rubrikraden, och lämna tomma fält för värden som saknas.`;
    const tooMany = (fields: number, header: number, name: string) =>
        `raden har ${fields} fält men rubrikraden har ${header}. Kontrollera att raden har samma avgränsare (${name}) som rubrikraden och att text som innehåller avgränsaren står inom citattecken.`;
    const decimalComma = (fields: number, header: number) =>
        `raden har ${fields} fält men rubrikraden har ${header}. Troligen har ett tal decimalkomma (som 17,88) i en fil med komma som avgränsare. ` +
        'Skriv talet med punkt (17.88) eller inom citattecken ("17,88"), eller spara filen med semikolon som avgränsare.';

    it.each<[string, string, string]>([
        ['kommun;år;värde', '1881;2019', tooFew(2, 3, 'semikolon')],
        ['kommun\tår\tvärde', '1881\t2019', tooFew(2, 3, 'tabb')],
        ['kommun,år,värde', '1881,2019', tooFew(2, 3, 'komma')],
        ['kommun;år;värde', '1881;2019;1;2', tooMany(4, 3, 'semikolon')],
        ['kommun;år;värde', '1881;2019;17;88', tooMany(4, 3, 'semikolon')],
        ['kommun,år,värde', '1881,2019,17,88', decimalComma(4, 3)],
        ['kommun,år,värde', '1881,2019,-17,88', decimalComma(4, 3)],
        ['kommun,år,värde', 'Kumla,2019,17,88', decimalComma(4, 3)],
        ['kommun,år,värde', 'Kumla,x2019,17,a88', tooMany(4, 3, 'komma')],
        ['kommun,år,värde', 'Kumla,2019x,17-,-88', tooMany(4, 3, 'komma')],
        ['kommun,år,värde', 'Kumla,"2019",abc,88', tooMany(4, 3, 'komma')],
        ['kommun,år,värde', 'Kumla,xyz,abc,88', tooMany(4, 3, 'komma')]
    ])('%s / %s', (header, row, message) => {
        expect(problemsOf(lines(header, row))).toEqual([[2, message]]);
    });

    it.each<[string, string, string]>([
        [
            'kommun;år;värde',
            '1881;2019',
            'raderna har färre fält än rubrikraden (3). Kontrollera att raden har samma avgränsare (semikolon)'
        ],
        [
            'kommun;år;värde',
            '1881;2019;1;2',
            'raderna har fler fält än rubrikraden (3). Kontrollera att raden har samma avgränsare (semikolon)'
        ],
        [
            'kommun,år,värde',
            '1881,2019,17,88',
            'raderna har fler fält än rubrikraden (3). Troligen har ett tal decimalkomma'
        ]
    ])('summarises rows like %s / %s by their cause', (header, row, advice) => {
        const data = parse(lines(header, row, row, row, row));
        expect(data.problems.map(p => dataProblemText(p, 'a.csv'))).toEqual([
            expect.stringContaining(`a.csv, rad 2 och 3 rader till har samma fel: ${advice}`)
        ]);
    });

    it('keeps causes apart: too few, too many and decimal commas', () => {
        const data = parse(
            lines(
                'kommun,år,värde',
                '1881,2019',
                '1881,2019',
                '1881,2019',
                'Kumla,x,a,b',
                'Kumla,x,a,b',
                'Kumla,x,a,b',
                '1881,2019,1,5',
                '1881,2019,1,5',
                '1881,2019,1,5'
            )
        );
        expect(data.problems.map(p => [p.line, p.moreRows])).toEqual([
            [2, 2],
            [5, 2],
            [8, 2]
        ]);
    });
});

describe('CSV: metadata files', () => {
    it('reads KPI titles by id as written, skipping rows without id or title', () => {
        const data = parse(lines('id,title,description', '114,Titel A,x', 'N2,,x', ',Titel C,x', 'N4,Titel D,x'));
        expect(data.format).toBe('kpi-metadata');
        expect([...data.kpiTitles]).toEqual([
            ['114', 'Titel A'],
            ['N4', 'Titel D']
        ]);
    });

    it('reads municipality names by normalized code', () => {
        const data = parse(lines('id,title,type', '114,Upplands Väsby,K', 'g12,Gruppen,L', 'X1,Annat,K', '1881,,K'));
        expect(data.format).toBe('municipality-metadata');
        expect([...data.municipalityNames]).toEqual([
            ['0114', 'Upplands Väsby'],
            ['G12', 'Gruppen'],
            ['X1', 'Annat']
        ]);
    });
});
