import { describe, expect, it } from 'vitest';
import { type CsvHeader, classifyHeader, normalizeHeaderName } from '../../src/data/csv-header.js';

const NONE = { kpi: -1, municipality: -1, name: -1, gender: -1, year: -1, id: -1, title: -1, invalidYearColumns: [] };
const long = (fields: Partial<CsvHeader>): { header: CsvHeader } => ({
    header: { ...NONE, kind: 'long', valueColumns: [], valueYears: [-1], ...fields } as CsvHeader
});
const wide = (fields: Partial<CsvHeader>): { header: CsvHeader } => ({
    header: { ...NONE, kind: 'wide', valueColumns: [], valueYears: [], ...fields } as CsvHeader
});

describe('classifyHeader', () => {
    it.each<[string, string[], ReturnType<typeof classifyHeader>]>([
        [
            'a long header',
            ['kpi', 'kommun', 'år', 'kön', 'värde'],
            long({ kpi: 0, municipality: 1, year: 2, gender: 3, valueColumns: [4] })
        ],
        ['the year first', ['år', 'kommun', 'värde'], long({ year: 0, municipality: 1, valueColumns: [2] })],
        ['the value first', ['värde', 'kommun', 'år'], long({ municipality: 1, year: 2, valueColumns: [0] })],
        [
            'names padded, upper case, a BOM',
            ['\ufeffKOMMUN ', ' År', 'Värde\t'],
            long({ municipality: 0, year: 1, valueColumns: [2] })
        ],
        [
            'a BOM before a space',
            ['\ufeff kommun', 'year', 'value'],
            long({ municipality: 0, year: 1, valueColumns: [2] })
        ],
        ['a name in NFD', ['kommun', 'a\u030ar', 'va\u0308rde'], long({ municipality: 0, year: 1, valueColumns: [2] })],
        [
            "rKolada's code and name columns",
            ['municipality_id', 'municipality', 'year', 'value'],
            long({ municipality: 0, name: 1, year: 2, valueColumns: [3] })
        ],
        [
            'no name column beside kommun',
            ['kommun', 'år', 'värde'],
            long({ municipality: 0, year: 1, valueColumns: [2] })
        ],
        [
            'a wide header',
            ['kommun', 'namn', '2019', 'x2019', '20190', '3000', '2020'],
            wide({
                municipality: 0,
                name: 1,
                valueColumns: [2, 6],
                valueYears: [2019, 2020],
                invalidYearColumns: ['3000']
            })
        ],
        [
            'KPI metadata',
            ['title', 'id', 'description'],
            {
                header: {
                    ...NONE,
                    kind: 'kpi-metadata',
                    id: 1,
                    title: 0,
                    valueColumns: [],
                    valueYears: []
                } as CsvHeader
            }
        ],
        [
            'municipality metadata',
            ['id', 'title', 'type'],
            {
                header: {
                    ...NONE,
                    kind: 'municipality-metadata',
                    id: 0,
                    title: 1,
                    valueColumns: [],
                    valueYears: []
                } as CsvHeader
            }
        ]
    ])('reads %s', (_name, names, result) => {
        expect(classifyHeader(names)).toStrictEqual(result);
    });

    it.each<[string[], string[]]>([
        [['a', 'b'], []],
        [['id', 'namn'], []],
        [['title', 'x'], []],
        [['kpi', '2019'], ['kommun']],
        [['2019'], ['kommun']],
        [['kommun', 'år', '2019'], ['värde']],
        [['år', 'kommun', '2019'], ['värde']],
        [['kommun', '2019', 'värde'], ['år']],
        [['värde', 'kommun', '2019'], ['år']],
        [['år', 'värde'], ['kommun']],
        [['värde', 'år'], ['kommun']],
        [
            ['kommun', 'kön'],
            ['år', 'värde']
        ],
        [['kpi'], ['kommun', 'år', 'värde']]
    ])('%j lacks %j', (names, missing) => {
        expect(classifyHeader(names)).toEqual({ missing });
    });

    it('normalizes a header name', () => {
        expect(normalizeHeaderName('\ufeff  Kön ')).toBe('kön');
        expect(normalizeHeaderName(' ÅR')).toBe('år');
    });
});
