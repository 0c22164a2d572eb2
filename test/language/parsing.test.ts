import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
    Committee,
    Comparison,
    Document,
    Goal,
    Measure,
    SeriesBlock,
    ThresholdStatement
} from '../../src/language/generated/ast.js';
import { createStyrmodellServices } from '../../src/services.js';
import { type Plain, plainAst } from './plain-ast.js';
import { KUMLA } from './reference-model.js';

/** Parsing every construct of LANGUAGE.md sections 2 and 3, as plain ASTs (no positions, references as written). */

let parse: (text: string) => Promise<LangiumDocument<Document>>;

beforeAll(() => {
    const services = createStyrmodellServices(EmptyFileSystem).Styrmodell;
    const helper = parseHelper<Document>(services);
    parse = text => helper(text);
});

function syntaxErrors(document: LangiumDocument<Document>): string[] {
    return [
        ...document.parseResult.lexerErrors.map(e => e.message),
        ...document.parseResult.parserErrors.map(e => e.message)
    ];
}

/** Parses text that must have no syntax error. */
async function parseClean(text: string): Promise<Document> {
    const document = await parse(text);
    expect(syntaxErrors(document), text).toEqual([]);
    return document.parseResult.value;
}

const inHeader = (statement: string) => `styrmodell T "Test" {\n    ${statement}\n}\n`;
const inGoal = (statement: string) => `mål G "Mål" {\n    ${statement}\n}\n`;
const inMeasure = (statement: string) => `mål G "Mål" {\n    mått M "Mått" {\n        ${statement}\n    }\n}\n`;

async function headerStatement(statement: string): Promise<Plain> {
    const root = await parseClean(inHeader(statement));
    expect(root.headers[0].statements).toHaveLength(1);
    return plainAst(root.headers[0].statements[0]);
}

async function goalStatement(statement: string): Promise<Plain> {
    const root = await parseClean(inGoal(statement));
    const goal = root.elements[0] as Goal;
    expect(goal.statements).toHaveLength(1);
    return plainAst(goal.statements[0]);
}

async function measureStatement(statement: string): Promise<Plain> {
    const root = await parseClean(inMeasure(statement));
    const measure = (root.elements[0] as Goal).measures[0];
    expect(measure.statements).toHaveLength(1);
    return plainAst(measure.statements[0]);
}

/** The comparisons of `hel när CONDITION`. */
async function comparisons(condition: string): Promise<Comparison[]> {
    const root = await parseClean(inMeasure(`hel när ${condition}`));
    const threshold = (root.elements[0] as Goal).measures[0].statements[0] as ThresholdStatement;
    expect(threshold.$type).toBe('ThresholdStatement');
    return threshold.condition.parts;
}

const comparison = (base: Plain, operator: string, value: number, percent = false): Plain => ({
    $type: 'Comparison',
    base,
    operator,
    percent,
    value
});

describe('header statements', () => {
    it.each<[string, Plain]>([
        ['kommun "1881"', { $type: 'MunicipalityStatement', code: '1881' }],
        ['år 2019', { $type: 'YearStatement', year: 2019 }],
        ['data "data/resultat.csv"', { $type: 'DataStatement', path: 'data/resultat.csv' }],
        [
            'data "data/skattesats.csv" nyckeltal N00901',
            { $type: 'DataStatement', path: 'data/skattesats.csv', kpi: 'N00901' }
        ],
        ['data "egna.csv" nyckeltal "egen-serie"', { $type: 'DataStatement', path: 'egna.csv', kpi: 'egen-serie' }],
        ['data "egna.xlsx" blad "Enkät"', { $type: 'DataStatement', path: 'egna.xlsx', sheet: 'Enkät' }],
        [
            'data "egna.xlsx" blad "Enkät" nyckeltal "nöjdhet"',
            { $type: 'DataStatement', path: 'egna.xlsx', sheet: 'Enkät', kpi: 'nöjdhet' }
        ],
        [
            'data "egna.xlsx" nyckeltal N00901 blad "Blad 2"',
            { $type: 'DataStatement', path: 'egna.xlsx', sheet: 'Blad 2', kpi: 'N00901' }
        ],
        [
            'bedömning {\n uppfyllt >= 75 %\n delvis >= 50 %\n }',
            {
                $type: 'AssessmentStatement',
                bounds: [
                    { $type: 'AssessmentBound', kind: 'uppfyllt', percent: true, value: 75 },
                    { $type: 'AssessmentBound', kind: 'delvis', percent: true, value: 50 }
                ]
            }
        ],
        [
            'bedömning { uppfyllt >= 75,5 delvis >= 50 }',
            {
                $type: 'AssessmentStatement',
                bounds: [
                    { $type: 'AssessmentBound', kind: 'uppfyllt', percent: false, value: 75.5 },
                    { $type: 'AssessmentBound', kind: 'delvis', percent: false, value: 50 }
                ]
            }
        ],
        ['bedömning { }', { $type: 'AssessmentStatement', bounds: [] }]
    ])('%s', async (statement, expected) => {
        expect(await headerStatement(statement)).toEqual(expected);
    });

    it('reads a header with every statement, in the order written', async () => {
        const root = await parseClean(`styrmodell Kumla "Kumla kommun" {
    kommun "1881"
    år 2019
    data "data/resultat.csv"
    data "data/skattesats.csv" nyckeltal N00901
    bedömning {
        uppfyllt >= 75 %
        delvis   >= 50 %
    }
}`);
        expect(root.headers).toHaveLength(1);
        const header = root.headers[0];
        expect([header.name, header.title]).toEqual(['Kumla', 'Kumla kommun']);
        expect(header.statements.map(s => s.$type)).toEqual([
            'MunicipalityStatement',
            'YearStatement',
            'DataStatement',
            'DataStatement',
            'AssessmentStatement'
        ]);
    });

    it('reads an empty header', async () => {
        const root = await parseClean('styrmodell T "Test" {}');
        expect(plainAst(root.headers[0])).toEqual({ $type: 'ModelHeader', name: 'T', title: 'Test', statements: [] });
    });

    it('reads `del av`', async () => {
        const root = await parseClean('del av Kumla\n');
        expect(plainAst(root)).toEqual({
            $type: 'Document',
            headers: [],
            parts: [{ $type: 'PartOf', model: { ref: 'Kumla' } }],
            elements: []
        });
    });
});

describe('top-level elements', () => {
    const description = (text: string): Plain => ({ $type: 'Description', text });
    it.each<[string, Plain]>([
        ['vision V "Vision 2025"', { $type: 'Vision', name: 'V', title: 'Vision 2025', descriptions: [] }],
        [
            'vision V "Vision 2025" {\n    beskrivning "Lite bättre."\n}',
            { $type: 'Vision', name: 'V', title: 'Vision 2025', descriptions: [description('Lite bättre.')] }
        ],
        ['vision V "Vision 2025" {}', { $type: 'Vision', name: 'V', title: 'Vision 2025', descriptions: [] }],
        [
            'inriktning Service "Service och tillgänglighet"',
            { $type: 'StrategicArea', name: 'Service', title: 'Service och tillgänglighet', descriptions: [] }
        ],
        [
            'inriktning Service "Service" { beskrivning "Om service." }',
            { $type: 'StrategicArea', name: 'Service', title: 'Service', descriptions: [description('Om service.')] }
        ],
        [
            'program DigitalaKumla "Digitala Kumla 2025"',
            { $type: 'Programme', name: 'DigitalaKumla', title: 'Digitala Kumla 2025', descriptions: [] }
        ],
        [
            'program Miljö "Miljöprogrammet" { beskrivning "Miljö." }',
            { $type: 'Programme', name: 'Miljö', title: 'Miljöprogrammet', descriptions: [description('Miljö.')] }
        ],
        ['nämnd KS "Kommunstyrelsen"', { $type: 'Committee', name: 'KS', title: 'Kommunstyrelsen', descriptions: [] }],
        [
            'nämnd KS "Kommunstyrelsen" { beskrivning "Leder." }',
            { $type: 'Committee', name: 'KS', title: 'Kommunstyrelsen', descriptions: [description('Leder.')] }
        ],
        [
            'förvaltning KLF "Kommunledningsförvaltningen" under KS',
            {
                $type: 'Administration',
                name: 'KLF',
                title: 'Kommunledningsförvaltningen',
                committee: { ref: 'KS' },
                descriptions: []
            }
        ],
        [
            'förvaltning KLF "KLF" under KS { beskrivning "Stöd." }',
            {
                $type: 'Administration',
                name: 'KLF',
                title: 'KLF',
                committee: { ref: 'KS' },
                descriptions: [description('Stöd.')]
            }
        ],
        [
            'jämförelsegrupp Mellannyckeln "Mellannyckeln" {\n    kommuner "0481" "0482" "1983"\n}',
            {
                $type: 'PeerGroup',
                name: 'Mellannyckeln',
                title: 'Mellannyckeln',
                statements: [{ $type: 'MembersStatement', codes: ['0481', '0482', '1983'] }]
            }
        ],
        [
            'jämförelsegrupp Länet "Örebro län" { kolada G37 }',
            {
                $type: 'PeerGroup',
                name: 'Länet',
                title: 'Örebro län',
                statements: [{ $type: 'KoladaGroupStatement', groups: ['G37'] }]
            }
        ],
        [
            'jämförelsegrupp L "Län" {\n    kolada G37 G38\n    kommuner "1881"\n    beskrivning "Båda."\n}',
            {
                $type: 'PeerGroup',
                name: 'L',
                title: 'Län',
                statements: [
                    { $type: 'KoladaGroupStatement', groups: ['G37', 'G38'] },
                    { $type: 'MembersStatement', codes: ['1881'] },
                    description('Båda.')
                ]
            }
        ],
        ['jämförelsegrupp Tom "Tom" {}', { $type: 'PeerGroup', name: 'Tom', title: 'Tom', statements: [] }],
        ['mål G "Ett mål" {}', { $type: 'Goal', name: 'G', title: 'Ett mål', statements: [], measures: [] }]
    ])('%s', async (text, expected) => {
        const root = await parseClean(text);
        expect(root.elements).toHaveLength(1);
        expect(plainAst(root.elements[0])).toEqual(expected);
    });

    it('keeps the order of elements across kinds', async () => {
        const root = await parseClean('nämnd A "a"\nvision B "b"\nmål C "c" {}\nprogram D "d"\n');
        expect(root.elements.map(e => `${e.$type} ${'name' in e ? e.name : ''}`)).toEqual([
            'Committee A',
            'Vision B',
            'Goal C',
            'Programme D'
        ]);
    });
});

describe('goal statements', () => {
    it.each<[string, Plain]>([
        ['nivå fullmäktige', { $type: 'LevelStatement', level: 'fullmäktige' }],
        ['nivå nämnd', { $type: 'LevelStatement', level: 'nämnd' }],
        ['inriktning Service', { $type: 'AreaStatement', area: { ref: 'Service' } }],
        ['ansvarig KLF', { $type: 'OwnerStatement', owner: { ref: 'KLF' } }],
        ['bidrar till Vision2025', { $type: 'ContributesStatement', targets: [{ ref: 'Vision2025' }] }],
        [
            'bidrar till Ekonomi Medarbetare',
            { $type: 'ContributesStatement', targets: [{ ref: 'Ekonomi' }, { ref: 'Medarbetare' }] }
        ],
        ['kommunövergripande', { $type: 'MunicipalityWideStatement', flag: 'kommunövergripande' }],
        ['program DigitalaKumla', { $type: 'ProgrammesStatement', programmes: [{ ref: 'DigitalaKumla' }] }],
        [
            'program DigitalaKumla Miljöprogrammet',
            { $type: 'ProgrammesStatement', programmes: [{ ref: 'DigitalaKumla' }, { ref: 'Miljöprogrammet' }] }
        ],
        ['vikt 2', { $type: 'WeightStatement', value: 2 }],
        ['vikt 0,5', { $type: 'WeightStatement', value: 0.5 }],
        ['beskrivning "Invånarna ska vara delaktiga."', { $type: 'Description', text: 'Invånarna ska vara delaktiga.' }]
    ])('%s', async (statement, expected) => {
        expect(await goalStatement(statement)).toEqual(expected);
    });

    it('keeps goal statements and measures apart, each in its order', async () => {
        const root = await parseClean(`mål G "Mål" {
    nivå nämnd
    mått A "a" {}
    ansvarig KS
    mått B "b" {}
}`);
        const goal = root.elements[0] as Goal;
        expect(goal.statements.map(s => s.$type)).toEqual(['LevelStatement', 'OwnerStatement']);
        expect(goal.measures.map(m => m.name)).toEqual(['A', 'B']);
    });
});

describe('measure statements', () => {
    const point = (year: number, value: number, percent = false): Plain => ({
        $type: 'SeriesPoint',
        year,
        value,
        percent
    });
    it.each<[string, Plain]>([
        ['nyckeltal U21468', { $type: 'KpiStatement', kpi: 'U21468' }],
        ['nyckeltal "telefon-direktsvar"', { $type: 'KpiStatement', kpi: 'telefon-direktsvar' }],
        ['enhet "%"', { $type: 'UnitStatement', unit: '%' }],
        ['enhet "kr/invånare"', { $type: 'UnitStatement', unit: 'kr/invånare' }],
        ['högre är bättre', { $type: 'DirectionStatement', direction: 'högre' }],
        ['lägre är bättre', { $type: 'DirectionStatement', direction: 'lägre' }],
        ['kön totalt', { $type: 'GenderStatement', gender: 'totalt' }],
        ['kön kvinnor', { $type: 'GenderStatement', gender: 'kvinnor' }],
        ['kön män', { $type: 'GenderStatement', gender: 'män' }],
        ['vikt 3', { $type: 'WeightStatement', value: 3 }],
        ['beskrivning "Mäts varje år."', { $type: 'Description', text: 'Mäts varje år.' }],
        [
            'utfall {\n    2017 81\n    2018 87,5\n}',
            { $type: 'SeriesBlock', kind: 'utfall', points: [point(2017, 81), point(2018, 87.5)] }
        ],
        ['riket { 2019 84.25 }', { $type: 'SeriesBlock', kind: 'riket', points: [point(2019, 84.25)] }],
        [
            'medel { 2019 −1,5 2020 -2 }',
            { $type: 'SeriesBlock', kind: 'medel', points: [point(2019, -1.5), point(2020, -2)] }
        ],
        ['utfall { 2019 87 % }', { $type: 'SeriesBlock', kind: 'utfall', points: [point(2019, 87, true)] }],
        ['utfall {}', { $type: 'SeriesBlock', kind: 'utfall', points: [] }],
        [
            'hel när värde >= 90',
            {
                $type: 'ThresholdStatement',
                level: 'hel',
                condition: { $type: 'Condition', parts: [comparison({ $type: 'ValueBase' }, '>=', 90)] }
            }
        ],
        [
            'halv när värde >= 85',
            {
                $type: 'ThresholdStatement',
                level: 'halv',
                condition: { $type: 'Condition', parts: [comparison({ $type: 'ValueBase' }, '>=', 85)] }
            }
        ]
    ])('%s', async (statement, expected) => {
        expect(await measureStatement(statement)).toEqual(expected);
    });

    it('reads a measure with every statement, in the order written', async () => {
        const root = await parseClean(`mål G "Mål" {
    mått Hemtjänst "Brukarbedömning hemtjänst" {
        nyckeltal U21468
        enhet "%"
        högre är bättre
        kön kvinnor
        vikt 2
        beskrivning "Helhetssyn."
        utfall {
            2019 87,5
        }
        riket {
            2019 85
        }
        medel {
            2019 84
        }
        hel  när kvartil = 1
        halv när kvartil <= 2
    }
}`);
        const measure: Measure = (root.elements[0] as Goal).measures[0];
        expect([measure.name, measure.title]).toEqual(['Hemtjänst', 'Brukarbedömning hemtjänst']);
        expect(
            measure.statements.map(s =>
                s.$type === 'SeriesBlock' || s.$type === 'ThresholdStatement'
                    ? `${s.$type}:${'kind' in s ? s.kind : s.level}`
                    : s.$type
            )
        ).toEqual([
            'KpiStatement',
            'UnitStatement',
            'DirectionStatement',
            'GenderStatement',
            'WeightStatement',
            'Description',
            'SeriesBlock:utfall',
            'SeriesBlock:riket',
            'SeriesBlock:medel',
            'ThresholdStatement:hel',
            'ThresholdStatement:halv'
        ]);
    });
});

describe('conditions', () => {
    it.each<[string, Plain]>([
        ['värde', { $type: 'ValueBase' }],
        ['rang', { $type: 'RankBase' }],
        ['rang i Länet', { $type: 'RankBase', group: { ref: 'Länet' } }],
        ['kvartil', { $type: 'QuartileBase' }],
        ['kvartil i Länet', { $type: 'QuartileBase', group: { ref: 'Länet' } }],
        ['skillnad mot riket', { $type: 'DifferenceBase', national: true, mean: false, target: false }],
        ['skillnad mot medel', { $type: 'DifferenceBase', national: false, mean: true, target: false }],
        ['skillnad mot målvärde', { $type: 'DifferenceBase', national: false, mean: false, target: true }],
        [
            'skillnad mot Mellannyckeln',
            { $type: 'DifferenceBase', national: false, mean: false, target: false, group: { ref: 'Mellannyckeln' } }
        ],
        ['förändring', { $type: 'ChangeBase' }]
    ])('base %s', async (base, expected) => {
        expect((await comparisons(`${base} >= 1`)).map(plainAst)).toEqual([comparison(expected, '>=', 1)]);
    });

    it.each(['>=', '>', '<=', '<', '='])('operator %s', async operator => {
        expect((await comparisons(`värde ${operator} 10`)).map(plainAst)).toEqual([
            comparison({ $type: 'ValueBase' }, operator, 10)
        ]);
    });

    it.each(['>=10', 'värde>=10', 'värde >=10'])('needs no spaces around operators: %s', async condition => {
        const text = condition.startsWith('värde') ? condition : `värde ${condition}`;
        expect((await comparisons(text)).map(plainAst)).toEqual([comparison({ $type: 'ValueBase' }, '>=', 10)]);
    });

    it('joins comparisons with `och`', async () => {
        expect((await comparisons('värde >= 90 och förändring > 0 och rang i Länet <= 3')).map(plainAst)).toEqual([
            comparison({ $type: 'ValueBase' }, '>=', 90),
            comparison({ $type: 'ChangeBase' }, '>', 0),
            comparison({ $type: 'RankBase', group: { ref: 'Länet' } }, '<=', 3)
        ]);
    });

    it('reads `%` after a number as decoration', async () => {
        expect((await comparisons('värde >= 90 %')).map(plainAst)).toEqual([
            comparison({ $type: 'ValueBase' }, '>=', 90, true)
        ]);
    });
});

describe('numbers', () => {
    it.each<[string, number]>([
        ['90', 90],
        ['87.5', 87.5],
        ['87,5', 87.5],
        ['0,9', 0.9],
        ['-5', -5],
        ['\u22125', -5],
        ['\u22122,5', -2.5],
        ['-0.25', -0.25],
        ['007', 7]
    ])('%s is %d', async (text, value) => {
        const [part] = await comparisons(`skillnad mot riket >= ${text}`);
        expect(part.value).toBe(value);
        expect(typeof part.value).toBe('number');
    });

    it('converts numbers everywhere they occur: year, weight, series, bounds', async () => {
        const root = await parseClean(`styrmodell T "t" {
    år 2019
    bedömning { uppfyllt >= 75,5 % }
}
mål G "g" {
    vikt 1,5
    mått M "m" {
        utfall { 2019 \u22121,25 }
    }
}`);
        const plain = JSON.stringify(plainAst(root));
        expect(plain).toContain('"year":2019');
        expect(plain).toContain('"value":75.5');
        expect(plain).toContain('"value":1.5');
        expect(plain).toContain('"value":-1.25');
    });

    it.each(['87,,5', '87,', '1.2.3'])('does not read %s as one number', async text => {
        const document = await parse(inMeasure(`hel när värde >= ${text}`));
        expect(syntaxErrors(document)).not.toEqual([]);
    });
});

describe('comments', () => {
    it.each([
        ['a line comment on its own line', '// kommentar\nnämnd KS "KS"\n'],
        ['a trailing line comment', 'nämnd KS "KS"   // kommentar\n'],
        ['a line comment without a final newline', 'nämnd KS "KS" // slut'],
        ['a block comment', '/* block */ nämnd KS "KS"\n'],
        ['a block comment over lines', '/* första raden\n   andra raden */\nnämnd KS "KS"\n'],
        ['a block comment between tokens', 'nämnd /* mitt i */ KS /* och här */ "KS"\n'],
        ['a line comment inside a block', 'nämnd KS "KS" {\n    // inget här\n}\n'],
        ['comment markers inside a string are text', 'nämnd KS "KS // inte /* kommentar */"\n']
    ])('%s', async (_name, text) => {
        const root = await parseClean(text);
        expect(root.elements).toHaveLength(1);
        expect((root.elements[0] as Committee).name).toBe('KS');
    });

    it('keeps comment markers inside strings as text', async () => {
        const root = await parseClean('nämnd KS "KS // inte /* kommentar */"\n');
        expect(root.elements[0].title).toBe('KS // inte /* kommentar */');
    });

    it('parses a file of only comments to an empty document', async () => {
        const root = await parseClean('// bara\n/* kommentarer */\n');
        expect(plainAst(root)).toEqual({ $type: 'Document', headers: [], parts: [], elements: [] });
    });
});

describe('identifiers', () => {
    it.each([
        ['Swedish letters', 'Återvinning'],
        ['ä and ö inside', 'NöjdaBrukare_äldre'],
        ['lower-case start', 'åk6Betyg'],
        ['other Latin letters', 'Café_Øresund_Ñandú'],
        ['Greek', 'Δήμος'],
        ['Cyrillic', 'Город'],
        ['underscore start', '_intern'],
        ['digits after the first letter', 'Åk6'],
        ['a keyword with a capital letter', 'Program'],
        ['another capitalised keyword', 'Mål'],
        ['a keyword as a prefix', 'nämndmål'],
        ['a keyword as a suffix', 'Målvärde']
    ])('%s: %s', async (_name, id) => {
        const root = await parseClean(`nämnd ${id} "Namn"\nmål G "g" { ansvarig ${id} }\n`);
        expect((root.elements[0] as Committee).name).toBe(id);
        const owner = (root.elements[1] as Goal).statements[0];
        expect(owner.$type === 'OwnerStatement' && owner.owner.$refText).toBe(id);
    });

    it.each([
        'program',
        'mål',
        'mått',
        'nämnd',
        'vision',
        'inriktning',
        'värde',
        'rang',
        'och',
        'när',
        'hel',
        'riket',
        'kommun',
        'år',
        'under'
    ])('the keyword %s cannot be a name', async keyword => {
        const document = await parse(`nämnd ${keyword} "Namn"\n`);
        expect(syntaxErrors(document)).not.toEqual([]);
    });

    it.each(['6Betyg', '1881'])('a name cannot start with a digit: %s', async id => {
        const document = await parse(`nämnd ${id} "Namn"\n`);
        expect(syntaxErrors(document)).not.toEqual([]);
    });

    it('keywords are case-sensitive: `Nämnd` does not start an element', async () => {
        const document = await parse('Nämnd KS "KS"\n');
        expect(syntaxErrors(document)).not.toEqual([]);
    });

    it('normalises names to NFC, in declarations and references', async () => {
        const nfd = 'Återvinning'.normalize('NFD');
        expect(nfd).not.toBe('Återvinning');
        const root = await parseClean(`mål ${nfd} "Titeln" { bidrar till ${nfd} }\n`);
        const goal = root.elements[0] as Goal;
        expect(goal.name).toBe('Återvinning');
        expect(goal.name.normalize('NFC')).toBe(goal.name);
    });

    it('reads strings with escaped quotes', async () => {
        const root = await parseClean('nämnd KS "Kommunstyrelsen \\"KS\\""\n');
        expect(root.elements[0].title).toBe('Kommunstyrelsen "KS"');
    });
});

describe('syntax errors are Swedish', () => {
    it.each([
        ['a wrong level word', 'mål G "g" { nivå kommun }\n'],
        ['a missing title', 'nämnd KS\n'],
        ['an unclosed block', 'mål G "g" {\n    nivå nämnd\n'],
        ['a stray character', 'nämnd KS "KS" #\n'],
        ['an unknown statement', 'mål G "g" { status grön }\n']
    ])('%s', async (_name, text) => {
        const errors = syntaxErrors(await parse(text));
        expect(errors.length).toBeGreaterThan(0);
        for (const message of errors) {
            expect(message).toMatch(/^(Här ska det stå|Oväntat|Här saknas|Tecknet)/);
            expect(message).not.toMatch(/Expecting|but found|unexpected character/i);
        }
    });
});

describe('syntax errors name the expected keywords', () => {
    it('quotes keywords in backticks, as it quotes what it found', async () => {
        const [message] = syntaxErrors(await parse('mål G "g" { nivå kommun }\n'));
        expect(message).toBe('Oväntat `kommun`. Här ska det stå `fullmäktige` eller `nämnd`.');
    });

    it('names what it found and what may stand there', async () => {
        const [message] = syntaxErrors(await parse('mål G "g" { nivå kommun }\n'));
        expect(message).toContain('`kommun`');
        expect(message).toMatch(/fullmäktige.*eller.*nämnd/);
    });
});

describe.skipIf(!KUMLA)('the reference model', () => {
    const folder = KUMLA ?? '';
    it.each(KUMLA ? readdirSync(folder).filter(f => f.endsWith('.styr')) : [])(
        '%s parses without syntax errors',
        async file => {
            await parseClean(readFileSync(join(folder, file), 'utf8'));
        }
    );

    it('has nine KF goals, one vision and the measures of section 3', async () => {
        const texts = readdirSync(folder)
            .filter(f => f.endsWith('.styr'))
            .map(f => readFileSync(join(folder, f), 'utf8'));
        const roots = await Promise.all(texts.map(parseClean));
        const goals = roots.flatMap(r => r.elements).filter((e): e is Goal => e.$type === 'Goal');
        const level = (g: Goal) => g.statements.find(s => s.$type === 'LevelStatement');
        expect(
            goals.filter(
                g => level(g)?.$type === 'LevelStatement' && (level(g) as { level: string }).level === 'fullmäktige'
            )
        ).toHaveLength(9);
        expect(roots.flatMap(r => r.elements).filter(e => e.$type === 'Vision')).toHaveLength(1);
        const direktSvar = goals.flatMap(g => g.measures).find(m => m.name === 'DirektSvar');
        const series = direktSvar?.statements.filter((s): s is SeriesBlock => s.$type === 'SeriesBlock');
        expect(series).toEqual([]);
        expect(direktSvar?.statements.map(s => s.$type)).toEqual([
            'KpiStatement',
            'UnitStatement',
            'DirectionStatement',
            'ThresholdStatement',
            'ThresholdStatement'
        ]);
    });
});
