import { describe, expect, it } from 'vitest';
import { combineDataFiles, type DataSourceFile } from '../../src/data/data-lookup.js';
import { DataProblemCode } from '../../src/data/problems.js';
import { parse, source } from './helpers.js';
import { buildWorkbook } from './xlsx-fixture.js';

/** A data line naming `file` (optionally with its KPI), with the file's text parsed. */
function file(name: string, text: string | Uint8Array, kpi?: string, sheet?: string): DataSourceFile {
    const data = parse(text, name);
    if (sheet !== undefined) data.sheet = sheet;
    return { source: { ...source(name, kpi), ...(sheet === undefined ? {} : { sheet }) }, data };
}

const kpiRequired = (path: string) =>
    `Filen ${path} har ingen kolumn för nyckeltal, så data-raden måste säga vilket nyckeltal den innehåller: skriv data "${path}" nyckeltal N00901 (med rätt id).`;
const kpiNotInFile = (path: string, kpi: string, some: string) =>
    `Filen ${path} har inga värden för nyckeltalet ${kpi}${some}. Rätta nyckeltalet på data-raden, eller ta bort det för att använda alla nyckeltal i filen.`;

describe('combineDataFiles: problems of the data lines', () => {
    it.each<[string, DataSourceFile, [string, number, string, string][]]>([
        [
            'a long file without a kpi column',
            file('/d/lång.csv', 'kommun;år;värde\n0114;2019;1\n'),
            [[DataProblemCode.kpiRequired, 0, kpiRequired('/d/lång.csv'), 'error']]
        ],
        [
            'a wide file without a kpi column',
            file('/d/bred.csv', 'kommun;2019\n0114;1\n'),
            [[DataProblemCode.kpiRequired, 0, kpiRequired('/d/bred.csv'), 'error']]
        ],
        ['a wide file with its KPI named', file('/d/bred.csv', 'kommun;2019\n0114;1\n', 'N1'), []],
        [
            'a KPI not in a long file',
            file(
                '/d/a.csv',
                'kpi;kommun;år;värde\nN1;0114;2019;1\nN2;0114;2019;1\nN3;0114;2019;1\nN4;0114;2019;1\nN5;0114;2019;1\nN6;0114;2019;1\n',
                'N9'
            ),
            [
                [
                    DataProblemCode.kpiNotInFile,
                    0,
                    kpiNotInFile('/d/a.csv', 'N9', ' (den har t.ex. N1, N2, N3, N4, N5)'),
                    'warning'
                ]
            ]
        ],
        [
            'a KPI not in a file without values',
            file('/d/tom.csv', 'kpi;kommun;år;värde\n', 'N9'),
            [
                [
                    DataProblemCode.noValues,
                    0,
                    'Filen har en rubrikrad men inga rader med värden. Kontrollera att exporten blev fullständig.',
                    'warning'
                ],
                [DataProblemCode.kpiNotInFile, 0, kpiNotInFile('/d/tom.csv', 'N9', ''), 'warning']
            ]
        ],
        [
            'a KPI not in Kolada JSON',
            file(
                '/d/a.json',
                '{"values": [{"kpi": "N1", "municipality": "0114", "period": 2019, "values": [{"value": 1}]}]}',
                'N9'
            ),
            [[DataProblemCode.kpiNotInFile, 0, kpiNotInFile('/d/a.json', 'N9', ' (den har t.ex. N1)'), 'warning']]
        ],
        ['a KPI named on a metadata file', file('/d/kpi.csv', 'id,title\nN1,Ett\n', 'N9'), []],
        ['a municipality file without a KPI', file('/d/kommuner.csv', 'id,title,type\n0114,Upplands Väsby,K\n'), []]
    ])('%s', (_name, line, problems) => {
        expect(combineDataFiles([line]).problems.map(p => [p.code, p.line, p.message, p.severity])).toEqual(problems);
    });

    it("reports a file's problems once, but each sheet of a workbook apart", () => {
        const rows = [
            ['kommun', 'år', 'värde'],
            [1881, 2019, 'x']
        ];
        const book = buildWorkbook([
            { name: 'A', rows },
            { name: 'B', rows }
        ]);
        const a = { source: { ...source('/d/bok.xlsx', 'N1'), sheet: 'A' }, data: parse(book, '/d/bok.xlsx') };
        const b = {
            source: { ...source('/d/bok.xlsx', 'N1'), sheet: 'B' },
            data: { ...parse(book, '/d/bok.xlsx'), sheet: 'B' }
        };
        const { problems } = combineDataFiles([a, b, a]);
        expect(problems.map(p => [p.file, p.line])).toEqual([
            ['/d/bok.xlsx', 2],
            ['/d/bok.xlsx', 2]
        ]);
    });
});

describe('combineDataFiles: the lookup', () => {
    const early = file(
        '/d/tidig.csv',
        'kpi;kommun;år;kön;värde\nN1;0114;2019;T;1\nN1;0114;2020;T;2\nN1;0003;2019;T;3\nN1;G1;2019;T;4\nN2;1881;2018;K;5\n'
    );
    const late = file('/d/sen.csv', 'kommun;år;värde\n0114;2019;10\n1881;2021;11\n', 'N1');
    const titles = file('/d/kpi.json', '{"values": [{"id": "N1", "title": "Ett", "is_divided_by_gender": true}]}');

    it('shares one lookup between models naming the same files the same way', () => {
        const first = combineDataFiles([early, late]).lookup;
        expect(combineDataFiles([early, late]).lookup).toBe(first);
        expect(combineDataFiles([early, { ...late, source: source('/d/sen.csv', 'N2') }]).lookup).not.toBe(first);
        const reparsed = file('/d/sen.csv', 'kommun;år;värde\n0114;2019;99\n', 'N1');
        const again = combineDataFiles([early, reparsed]).lookup;
        expect(again).not.toBe(first);
        expect(again.value('N1', '0114', 2019, 'T')?.value).toBe(99);
        expect(combineDataFiles([early, late]).lookup.value('N1', '0114', 2019, 'T')?.value).toBe(10);
        expect(combineDataFiles([]).lookup).not.toBe(combineDataFiles([]).lookup);
    });

    it('answers from the latest file that has the value, a file for another KPI skipped', () => {
        const other = file('/d/annan.csv', 'kommun;år;värde\n0114;2019;77\n', 'N2');
        const { lookup } = combineDataFiles([early, late, other]);
        expect(lookup.value('N1', '0114', 2019, 'T')).toStrictEqual({
            value: 10,
            origin: { file: '/d/sen.csv', line: 2 }
        });
        expect(lookup.value('N1', '0114', 2020, 'T')).toStrictEqual({
            value: 2,
            origin: { file: '/d/tidig.csv', line: 3 }
        });
        expect(lookup.value('N2', '0114', 2019, 'T')).toStrictEqual({
            value: 77,
            origin: { file: '/d/annan.csv', line: 2 }
        });
        expect(lookup.value('N2', '1881', 2018, 'K')?.value).toBe(5);
        expect(lookup.value('N1', '0115', 2019, 'T')).toBeUndefined();
    });

    it('gives the sheet in the origin of a workbook value only', () => {
        const book = buildWorkbook([
            {
                name: 'Blad',
                rows: [
                    ['kommun', 'år', 'värde'],
                    [1881, 2019, 3]
                ]
            }
        ]);
        const data = parse(book, '/d/bok.xlsx');
        const { lookup } = combineDataFiles([
            { source: { ...source('/d/bok.xlsx', 'N1'), sheet: 'Blad' }, data },
            early
        ]);
        expect(lookup.value('N1', '1881', 2019, 'T')).toStrictEqual({
            value: 3,
            origin: { file: '/d/bok.xlsx', line: 2, sheet: 'Blad' }
        });
        // The municipalities' map holds the values only; a value's origin comes from value() (one column view).
        expect(lookup.municipalities('N1', 2019, 'T').get('1881')).toBe(3);
        expect(lookup.municipalities('N1', 2019, 'T').get('0114')).toBe(1);
        expect(lookup.value('N1', '0114', 2019, 'T')).toStrictEqual({
            value: 1,
            origin: { file: '/d/tidig.csv', line: 2 }
        });
    });

    it('lists the years of every file, ascending, as a copy', () => {
        const { lookup } = combineDataFiles([late, early]);
        const years = lookup.years('N1', 'T');
        expect(years).toEqual([2019, 2020, 2021]);
        years.push(1999);
        expect(lookup.years('N1', 'T')).toEqual([2019, 2020, 2021]);
        expect(lookup.years('N2', 'K')).toEqual([2018]);
        expect(lookup.years('N2', 'T')).toEqual([]);
    });

    it('lists kommuner only, from every file, the later file winning', () => {
        const { lookup } = combineDataFiles([early, late]);
        const values = lookup.municipalities('N1', 2019, 'T');
        expect(Object.fromEntries(values)).toEqual({ '0114': 10 });
        expect(lookup.municipalities('N1', 2021, 'T').get('1881')).toBe(11);
        expect([...lookup.knownMunicipalities()].sort()).toEqual(['0114', '1881']);
        expect(lookup.knownMunicipalities()).toBe(lookup.knownMunicipalities());
    });

    it('answers metadata from the latest file that has it, the first file included', () => {
        const later = file(
            '/d/kpi2.json',
            '{"values": [{"id": "N1", "title": "Ett igen", "is_divided_by_gender": false}]}'
        );
        const { lookup } = combineDataFiles([titles, early, later]);
        expect(lookup.kpiTitle('N1')).toBe('Ett igen');
        expect(lookup.kpiDetails('N1')).toEqual({ description: undefined, dividedByGender: false });
        expect(lookup.kpiDetails('N2')).toBeUndefined();
        const first = combineDataFiles([titles, early]).lookup;
        expect(first.kpiTitle('N1')).toBe('Ett');
        expect(first.kpiDetails('N1')).toEqual({ description: undefined, dividedByGender: true });
        expect(first.hasKpiMetadata()).toBe(true);
        expect(combineDataFiles([early, titles]).lookup.hasKpiMetadata()).toBe(true);
        expect(combineDataFiles([early, late]).lookup.hasKpiMetadata()).toBe(false);
    });
});
