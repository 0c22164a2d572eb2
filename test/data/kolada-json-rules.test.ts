import { describe, expect, it } from 'vitest';
import { DataProblemCode } from '../../src/data/problems.js';
import { parse, stored } from './helpers.js';

const RESAVE = 'Spara filen igen från Koladas API, eller rätta posten.';
const json = (text: string) => parse(text, '/data/a.json');
/** A page with one entry a line. */
const page = (...entries: object[]) => `{"values": [\n${entries.map(e => JSON.stringify(e)).join(',\n')}\n]}`;
const problemsOf = (text: string) => json(text).problems.map(p => [p.line, p.message]);
const entry = (fields: object) => ({
    kpi: 'N1',
    municipality: '1881',
    period: 2019,
    values: [{ gender: 'T', value: 1 }],
    ...fields
});

describe('Kolada JSON: entries', () => {
    it.each<[string, object, string]>([
        ['no kpi', { kpi: undefined }, 'posten saknar "kpi" (nyckeltalets id)'],
        ['a blank kpi', { kpi: '  ' }, 'posten saknar "kpi" (nyckeltalets id)'],
        ['a kpi that is a number', { kpi: 5 }, 'posten saknar "kpi" (nyckeltalets id)'],
        ['no municipality', { municipality: undefined }, 'posten saknar "municipality" (kommunkoden)'],
        ['a municipality that is no code', { municipality: 'Kumla' }, '"Kumla" är ingen kommunkod'],
        ['a municipality that is an object', { municipality: { id: 1 } }, '"{"id":1}" är ingen kommunkod'],
        ['a municipality that is null', { municipality: null }, '"null" är ingen kommunkod'],
        ['a period that is no year', { period: 'år 2019' }, 'perioden "år 2019" är inget årtal'],
        ['a period that is null', { period: null }, 'perioden "null" är inget årtal'],
        ['a period out of range', { period: 1800 }, 'perioden "1800" är inget årtal'],
        ['no values list', { values: undefined }, 'posten saknar listan "values"'],
        ['values that are no list', { values: { gender: 'T', value: 1 } }, 'posten saknar listan "values"']
    ])('reports an entry with %s', (_name, fields, problem) => {
        expect(
            problemsOf(page(entry({ municipality: '0114' }), entry(fields), entry({ municipality: '0115' })))
        ).toEqual([[3, `${problem}. ${RESAVE}`]]);
    });

    it.each<[string, object, string | undefined, number | undefined]>([
        ['a kpi with spaces', { kpi: ' N1 ' }, '1881', 1],
        ['a numeric municipality', { municipality: 114 }, '0114', 1],
        ['a short string municipality', { municipality: '114' }, '0114', 1],
        ['a string period with spaces', { period: ' 2019 ' }, '1881', 1],
        ['a value as text with a decimal comma', { values: [{ gender: 'T', value: ' 2,5 ' }] }, '1881', 2.5],
        ['a value as text with a point', { values: [{ gender: 'T', value: '2.5' }] }, '1881', 2.5],
        ['a null value', { values: [{ gender: 'T', value: null }] }, '1881', undefined],
        ['no value', { values: [{ gender: 'T' }] }, '1881', undefined],
        ['a missing marker', { values: [{ gender: 'T', value: '..' }] }, '1881', undefined],
        ['no gender', { values: [{ value: 3 }] }, '1881', 3],
        ['a null gender', { values: [{ gender: null, value: 3 }] }, '1881', 3],
        ['an empty gender', { values: [{ gender: '', value: 3 }] }, '1881', 3],
        ['inner items that are no objects', { values: [null, 7, [1], { gender: 'T', value: 3 }] }, '1881', 3]
    ])('reads an entry with %s', (_name, fields, code, value) => {
        const data = json(page(entry(fields)));
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N1', code ?? '1881', 2019)?.value).toBe(value);
    });

    it('reads genders K and M apart from T', () => {
        const data = json(
            page(
                entry({
                    values: [
                        { gender: 'T', value: 1 },
                        { gender: 'K', value: 2 },
                        { gender: 'M', value: 3 }
                    ]
                })
            )
        );
        expect([0, 1, 2].map(g => stored(data, 'N1', '1881', 2019, g as 0 | 1 | 2)?.value)).toEqual([1, 2, 3]);
    });

    it.each<[string, unknown, string]>([
        [
            'an unknown gender',
            { gender: 'X', value: 1 },
            `könet "X" är okänt; Kolada skriver "T", "K" eller "M". ${RESAVE}`
        ],
        [
            'a lower-case gender',
            { gender: 't', value: 1 },
            `könet "t" är okänt; Kolada skriver "T", "K" eller "M". ${RESAVE}`
        ],
        [
            'a gender that is a number',
            { gender: 1, value: 1 },
            `könet "1" är okänt; Kolada skriver "T", "K" eller "M". ${RESAVE}`
        ],
        [
            'a value of text',
            { gender: 'T', value: 'många' },
            'värdet "många" är inget tal. Skriv ett tal eller null för värde som saknas.'
        ],
        [
            'a value that is a boolean',
            { gender: 'T', value: true },
            'värdet "true" är inget tal. Skriv ett tal eller null för värde som saknas.'
        ],
        [
            'a value that is an object',
            { gender: 'T', value: { v: 1 } },
            'värdet "{"v":1}" är inget tal. Skriv ett tal eller null för värde som saknas.'
        ]
    ])('reports an inner value with %s on its line', (_name, item, message) => {
        const text = `{"values": [\n{"kpi": "N1", "municipality": "1881", "period": 2019, "values": [\n{"gender": "K", "value": 1},\n${JSON.stringify(item)}\n]}\n]}`;
        expect(problemsOf(text)).toEqual([[4, message]]);
    });

    it('reports a value too large to count with', () => {
        const text =
            '{"values": [\n{"kpi": "N1", "municipality": "1881", "period": 2019, "values": [\n{"gender": "T", "value": 1e999}\n]}\n]}';
        expect(problemsOf(text)).toEqual([
            [3, 'värdet är för stort för att räkna med. Rätta värdet, eller skriv null om det saknas.']
        ]);
    });

    it('warns about the same value twice with the line of the first', () => {
        const text = page(entry({}), entry({ municipality: '0114' }), entry({ values: [{ gender: 'T', value: 9 }] }));
        const data = json(text);
        expect(data.problems.map(p => [p.code, p.line, p.message, p.severity])).toEqual([
            [
                DataProblemCode.duplicate,
                4,
                'samma nyckeltal, kommun, år och kön finns redan på rad 2. Värdet på den här raden används; ta bort den post som är fel.',
                'warning'
            ]
        ]);
        expect(stored(data, 'N1', '1881', 2019)).toEqual({ value: 9, line: 4 });
    });

    it('keeps inner lines in step past a broken entry and an unknown one', () => {
        const text = [
            '{"values": [', // 1
            '{"kpi": "", "municipality": "1881", "period": 2019, "values": [', // 2
            '  {"gender": "T", "value": 1},', // 3
            '  {"gender": "K", "value": 2}]},', // 4
            '{"kpi": "N1", "municipality": "1881", "period": 2019, "values": [', // 5
            '  {"gender": "T", "value": 3}]}', // 6
            ']}'
        ].join('\n');
        const data = json(text);
        expect(stored(data, 'N1', '1881', 2019)).toEqual({ value: 3, line: 6 });
        const unknown = [
            '[',
            '{"x": 1, "values": [',
            '  {"a": 1}]},',
            '{"kpi": "N1", "municipality": "1881", "period": 2019, "values": [',
            '  {"value": 4}]}',
            ']'
        ].join('\n');
        const later = json(unknown);
        // An array element with a values list and no kpi is a page: its {"a": 1} is the unknown entry.
        expect(later.problems.map(p => [p.line, p.code])).toEqual([[3, DataProblemCode.unknownLayout]]);
        expect(stored(later, 'N1', '1881', 2019)).toEqual({ value: 4, line: 5 });
    });
});

describe('Kolada JSON: documents', () => {
    const UNKNOWN =
        'JSON-filen känns inte igen: den ska ha en lista "values" så som Koladas API skriver den. Spara svaret från Koladas API som det är.';
    const NO_ENTRIES = 'JSON-filen har inga poster i "values". Kontrollera att frågan till Koladas API gav svar.';
    const UNKNOWN_ENTRY =
        'posten känns inte igen; den ska ha "kpi", "municipality", "period" och "values" (eller "id" och "title" för metadata). Spara svaret från Koladas API som det är.';

    it.each<[string, string, [number, string][], string]>([
        ['an object without values', '{"data": []}', [[1, UNKNOWN]], 'none'],
        ['values that are no list', '{"values": {}}', [[1, UNKNOWN]], 'none'],
        ['an empty page', '{"values": []}', [[0, NO_ENTRIES]], 'kolada-json'],
        ['a page of non-objects', '{"values": [1, "a", null]}', [[0, NO_ENTRIES]], 'kolada-json'],
        ['an array of non-objects', '[1, [2], null]', [[0, NO_ENTRIES]], 'kolada-json'],
        ['an unknown entry', '{"values": [\n{"foo": 1}]}', [[2, UNKNOWN_ENTRY]], 'kolada-json'],
        ['an entry with only an id', '{"values": [\n{"id": "N1"}]}', [[2, UNKNOWN_ENTRY]], 'kolada-json'],
        ['an entry with only a title', '{"values": [\n{"title": "N1"}]}', [[2, UNKNOWN_ENTRY]], 'kolada-json']
    ])('reads %s', (_name, text, problems, format) => {
        const data = json(text);
        expect(data.problems.map(p => [p.line, p.message])).toEqual(problems);
        expect(data.format).toBe(format);
    });

    it('reads an entry with a period but no kpi as a value entry', () => {
        expect(problemsOf('{"values": [\n{"period": 2019, "municipality": "1881", "values": []}]}')).toEqual([
            [2, `posten saknar "kpi" (nyckeltalets id). ${RESAVE}`]
        ]);
    });

    it('reads pages of different kinds in one file as metadata', () => {
        const text = JSON.stringify([
            { values: [{ id: 'N1', title: 'Ett nyckeltal' }] },
            { values: [{ id: '1881', title: 'Kumla', type: 'K' }] },
            { values: [{ id: 'G1', title: 'Gruppen', members: [{ member_id: '1881' }] }] }
        ]);
        const data = json(text);
        expect(data.problems).toEqual([]);
        expect(data.format).toBe('kolada-metadata');
        expect(data.kpiTitles.get('N1')).toBe('Ett nyckeltal');
        expect(data.municipalityNames.get('1881')).toBe('Kumla');
        expect(data.groups.get('G1')).toEqual(['1881']);
    });

    it('reads values and metadata pages together as values', () => {
        const text = JSON.stringify([{ values: [{ id: 'N1', title: 'Ett nyckeltal' }] }, { values: [entry({})] }]);
        const data = json(text);
        expect(data.format).toBe('kolada-json');
        expect(stored(data, 'N1', '1881', 2019)?.value).toBe(1);
    });

    it('reads a page of values entries listed after an entry with kpi and values', () => {
        const text = JSON.stringify([
            entry({}),
            { kpi: 'N2', municipality: '0114', period: 2020, values: [{ value: 2 }] }
        ]);
        const data = json(text);
        expect(data.problems).toEqual([]);
        expect(stored(data, 'N2', '0114', 2020)?.value).toBe(2);
    });
});

describe('Kolada JSON: metadata entries', () => {
    it('reads municipalities by normalized code, skipping entries without a code or title', () => {
        const data = json(
            page(
                { id: '114', title: 'Upplands Väsby', type: 'K' },
                { id: 'Kumla', title: 'Kumla', type: 'K' },
                { id: 1881, title: 'Kumla', type: 'K' },
                { id: '1880', title: 5, type: 'K' },
                { id: '0000', title: 'Riket', type: 'L' }
            )
        );
        expect(data.format).toBe('municipality-metadata');
        expect([...data.municipalityNames]).toEqual([
            ['0114', 'Upplands Väsby'],
            ['0000', 'Riket']
        ]);
    });

    it('reads KPI titles and details (v3 booleans, v2 numbers, descriptions trimmed)', () => {
        const data = json(
            page(
                { id: 'N1', title: 'Ett', description: '  Beskrivning  ', is_divided_by_gender: true },
                { id: 'N2', title: 'Två', description: '   ', is_divided_by_gender: 0 },
                { id: 'N3', title: 'Tre', is_divided_by_gender: 1 },
                { id: 'N4', title: 'Fyra', description: 5, is_divided_by_gender: false },
                { id: 'N5', title: 'Fem', is_divided_by_gender: 'ja' },
                { id: 6, title: 'Sex' },
                { id: 'N7', title: null }
            )
        );
        expect(data.format).toBe('kpi-metadata');
        expect([...data.kpiTitles.keys()]).toEqual(['N1', 'N2', 'N3', 'N4', 'N5']);
        expect([...data.kpiDetails]).toEqual([
            ['N1', { description: 'Beskrivning', dividedByGender: true }],
            ['N2', { description: undefined, dividedByGender: false }],
            ['N3', { description: undefined, dividedByGender: true }],
            ['N4', { description: undefined, dividedByGender: false }],
            ['N5', { description: undefined, dividedByGender: undefined }]
        ]);
    });

    it('reads groups: v3 and v2 members, codes normalized, names kept first, bad members and groups skipped', () => {
        const data = json(
            `[${page({ id: '1881', title: 'Kumla (från kommunlistan)', type: 'K' })},
${page(
    {
        id: ' G1 ',
        title: 'Grupp ett',
        members: [
            { member_id: '1881', member_title: 'Kumla' },
            { id: '114', title: 'Upplands Väsby' },
            { member_id: 'Ingen', member_title: 'Ingen' },
            { member_id: 1880, member_title: 'Örebro' },
            { member_id: '0115', member_title: 7 },
            null,
            'G9'
        ]
    },
    { id: 'G2', members: [] },
    { id: '  ', title: 'Ingen grupp', members: [{ member_id: '0117' }] },
    { id: 'G3', title: 'Utan lista', members: 'alla' },
    { id: 5, title: 'Nummer', members: [] }
)}]`
        );
        expect(data.problems).toEqual([]);
        expect(data.format).toBe('kolada-metadata');
        expect([...data.groups]).toEqual([
            ['G1', ['1881', '0114', '0115']],
            ['G2', []]
        ]);
        expect([...data.municipalityNames]).toEqual([
            ['1881', 'Kumla (från kommunlistan)'],
            ['0114', 'Upplands Väsby'],
            ['G1', 'Grupp ett']
        ]);
    });
});
