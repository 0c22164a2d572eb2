import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { prettyPrint } from '../../src/language/format/pretty-printer.js';
import type { Document } from '../../src/language/generated/ast.js';
import { createStyrmodellServices, type StyrmodellServices } from '../../src/services.js';
import { plainAst } from './plain-ast.js';
import { KUMLA } from './reference-model.js';

/**
 * The formatter (LANGUAGE.md section 2, CLI.md `format`): the shipped models are already in its style; it is
 * idempotent; it never changes meaning; it keeps every comment; it leaves a file with syntax errors alone.
 */

const ROOT = join(import.meta.dirname, '..', '..');

let services: StyrmodellServices;
let parse: (text: string) => Promise<LangiumDocument<Document>>;

beforeAll(() => {
    services = createStyrmodellServices(EmptyFileSystem).Styrmodell;
    const helper = parseHelper<Document>(services);
    parse = text => helper(text);
});

function hasSyntaxErrors(document: LangiumDocument<Document>): boolean {
    return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;
}

/** What `styrmodell format` and the editor do: nothing for a file with syntax errors, else the pretty printer. */
async function format(text: string): Promise<string | undefined> {
    const document = await parse(text);
    if (hasSyntaxErrors(document)) return undefined;
    return prettyPrint(document.parseResult.value, text);
}

async function formatClean(text: string): Promise<string> {
    const formatted = await format(text);
    expect(formatted, 'the input has syntax errors').toBeDefined();
    return formatted!;
}

/** Every comment of a text, in order, as the lexer sees it. */
function comments(text: string): string[] {
    return services.parser.Lexer.tokenize(text)
        .hidden.map(token => token.image)
        .filter(image => image.startsWith('//') || image.startsWith('/*'));
}

function styrFilesUnder(folder: string): string[] {
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.styr') && statSync(join(folder, file)).isFile())
        .map(file => join(folder, file))
        .sort();
}

describe.skipIf(!KUMLA)("the reference model is in the formatter's style", () => {
    const folder = KUMLA ?? '';
    it.each(styrFilesUnder(folder).map(file => relative(folder, file)))('%s is left unchanged', async file => {
        const text = readFileSync(join(folder, file), 'utf8');
        expect(await formatClean(text)).toBe(text);
    });
});

describe("examples/ and seeds/ are in the formatter's style", () => {
    // Written by another part of the project; an empty or missing folder is skipped, not failed.
    const shipped = [...styrFilesUnder(join(ROOT, 'examples')), ...styrFilesUnder(join(ROOT, 'seeds'))].map(file =>
        relative(ROOT, file)
    );
    it.skipIf(shipped.length === 0).each(shipped)('%s is left unchanged', async file => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        expect(await formatClean(text)).toBe(text);
    });
});

/** Messy inputs: odd indentation, few lines, blank lines everywhere, comments in awkward places, CRLF. */
const MESSY: Array<[string, string]> = [
    [
        'everything on one line',
        'styrmodell T "t" { kommun "1881" år 2019 data "d.csv" nyckeltal N00901 bedömning { uppfyllt >= 75 % delvis >= 50 % } } vision V "v" { beskrivning "x" } inriktning I "i" program P "p" nämnd KS "ks" förvaltning KLF "klf" under KS jämförelsegrupp G "g" { kommuner "1880" "1881" kolada G37 } mål K "k" { nivå fullmäktige inriktning I bidrar till V kommunövergripande vikt 2 } mål N "n" { nivå nämnd ansvarig KLF bidrar till K program P mått M "m" { nyckeltal U21468 enhet "%" högre är bättre kön kvinnor vikt 1,5 utfall { 2018 80 2019 87,5 } riket { 2019 85 } hel när värde >= 90 och rang i G <= 3 halv när skillnad mot riket >= −5 } }'
    ],
    [
        'a few long lines',
        `styrmodell T "t" { kommun "1881"
år 2019 }
vision V "v" nämnd KS "ks"
mål N "n" { nivå nämnd ansvarig KS bidrar till K
mått M "m" { enhet "%" högre är bättre hel när värde >= 90 halv när värde >= 80 } }`
    ],
    [
        'odd indentation and tabs',
        `   styrmodell T "t" {
\t\t\tkommun "1881"
 år 2019
        }
  vision V "v" {
beskrivning "x"
                    }
mål K "k" {
\tnivå fullmäktige
      bidrar till V
   mått M "m" {
 enhet "%"
                   hel när värde >= 90
  halv      när värde >= 80
}
}
`
    ],
    [
        'blank lines everywhere',
        `

styrmodell T "t" {


    kommun "1881"



    år 2019


}



nämnd A "a"


nämnd B "b"



mål K "k" {


    nivå fullmäktige


    mått M "m" {


        hel  när värde >= 90


    }


}



`
    ],
    [
        'trailing and own-line comments',
        `// Filens första kommentar
styrmodell T "t" { // efter klammern
    kommun "1881"     // kommunkoden
    år 2019 // året
    // före slutet av huvudet
}
// före visionen
vision V "v" // efter visionen
nämnd KS "ks"// utan mellanslag
mål K "k" {
    nivå fullmäktige // nivån
    mått M "m" {
        hel  när värde >= 90 // hel
        halv när värde >= 85 // halv
        // sist i måttet
    }
    // sist i målet
}
// sist i filen`
    ],
    [
        'block comments in odd places',
        `/* Ett block
   över flera rader */
styrmodell /* namn: */ T "t" {
    /* före kommun */ kommun "1881"
    år /* året */ 2019
}
nämnd KS "ks" /* efter */ /* två */
/* före målet */ mål K "k" {
    nivå /* mitt i */ fullmäktige
    mått M "m" {
        hel /* mellan hel och när */ när värde >= /* före talet */ 90
        halv när värde >= 85 /* sist */
    }
}
/* sist */`
    ],
    [
        'comments directly above top-level elements',
        `styrmodell T "t" {
    år 2019
}
// Om visionen
vision V "v"
// Nämnderna
nämnd A "a"
nämnd B "b"
/* Målet */
// och en rad till
mål K "k" {
    nivå fullmäktige
}
// Sista nämnden
nämnd C "c"
`
    ],
    [
        'CRLF line endings',
        'styrmodell T "t" {\r\n  kommun "1881"\r\n\r\n\r\n  år 2019\r\n}\r\n// kommentar\r\nnämnd KS "ks"\r\nmål K "k" {\r\n nivå fullmäktige\r\n    mått M "m" {\r\n hel när värde >= 90 // hel\r\n halv när värde >= 80\r\n }\r\n}\r\n'
    ],
    ['a header and del av only', 'del av   Kumla'],
    [
        'bedömning bounds in any order and spacing',
        'styrmodell T "t" {\n bedömning {\n delvis >= 50\n uppfyllt>=75%\n }\n}\n'
    ],
    [
        'series points on one line',
        'mål K "k" { mått M "m" { utfall { 2017 81 2018 84 2019 87,5 % } medel { 2019 −1 } } }'
    ],
    [
        'a plan over the years and a follow-up, messy',
        'mål K "k" { mått M "m" { målvärde { 2025 80 2027   85,5 } hel när skillnad mot målvärde >= 0   från   2025 halv när värde >= 70 } }\nuppföljning 2019 "År" { mål K { bedömning ej   uppfyllt "x" analys "a" åtgärd "b" prognos delvis "p" } mått K . M { bedömning halv "m" } }'
    ],
    ['unicode names', 'nämnd Δήμος "Grekiska"\nnämnd Город "Kyrilliska"\nförvaltning Återvinningen "Å" under Δήμος\n']
];

describe('idempotence: format(format(x)) == format(x)', () => {
    it.each(MESSY)('%s', async (_name, text) => {
        const once = await formatClean(text);
        expect(await formatClean(once)).toBe(once);
    });
});

describe('formatting never changes meaning', () => {
    it.each(MESSY)('%s', async (_name, text) => {
        const before = plainAst((await parse(text)).parseResult.value);
        const formatted = await formatClean(text);
        const after = plainAst((await parse(formatted)).parseResult.value);
        expect(after).toEqual(before);
    });

    it('keeps a data line with blad on one line', async () => {
        const formatted = await formatClean(
            'styrmodell T "t" {\n  data   "egna.xlsx"  blad  "Enkät 2024"   nyckeltal "nöjdhet"\n}\n'
        );
        expect(formatted).toContain('    data "egna.xlsx" blad "Enkät 2024" nyckeltal "nöjdhet"\n');
    });

    it('keeps numbers and strings exactly as written', async () => {
        const text =
            'mål K "k  med  mellanslag" { mått M "m" { utfall { 2019 87,5 } hel när skillnad mot riket >= −5 halv när värde >= 87.50 } }';
        const formatted = await formatClean(text);
        for (const written of ['"k  med  mellanslag"', '87,5', '−5', '87.50']) expect(formatted).toContain(written);
    });
});

describe('formatting keeps every comment, in order', () => {
    it.each(MESSY)('%s', async (_name, text) => {
        const formatted = await formatClean(text);
        expect(comments(formatted)).toEqual(comments(text));
    });
});

/** A small seeded generator, so that a failure can be reproduced. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}

/** The same tokens and comments, with every gap between them replaced by random whitespace. */
function reshuffleWhitespace(text: string, seed: number): string {
    const next = random(seed);
    const gaps = [' ', '  ', '\t', '\n', '\n\n', '\n\n\n', '   \n\t ', '\r\n'];
    const lexed = services.parser.Lexer.tokenize(text);
    const tokens = [...lexed.tokens, ...lexed.hidden.filter(t => !/^\s/.test(t.image))].sort(
        (a, b) => a.startOffset - b.startOffset
    );
    let out = '';
    for (const token of tokens) {
        const previous = out.length > 0;
        if (previous) out += out.match(/\/\/[^\n]*$/) ? '\n' : gaps[Math.floor(next() * gaps.length)];
        out += token.image;
    }
    return out;
}

const FUZZ_MODEL = `// Ett litet men fullständigt exempel.
styrmodell T "t" {
    kommun "1881"
    år 2019
    bedömning {
        uppfyllt >= 75 %
        delvis   >= 50 %
    }
}

/* Visionen */
vision V "v" {
    beskrivning "x"
}

nämnd KS "ks" // nämnden
förvaltning KLF "klf" under KS

jämförelsegrupp G "g" {
    kommuner "1880" "1882"
}

mål K "k" {
    nivå fullmäktige
    bidrar till V

    mått M "m" { // måttet
        enhet "%"
        högre är bättre
        utfall {
            2019 87,5
        }
        hel  när värde >= 90 och rang i G <= 3 // hel
        halv när skillnad mot riket >= −5
    }
}
`;

describe('whitespace reshuffled at random (seeded)', () => {
    const sources: Array<[string, string]> = [['inline model', FUZZ_MODEL]];
    if (KUMLA)
        for (const file of styrFilesUnder(KUMLA)) sources.push([relative(KUMLA, file), readFileSync(file, 'utf8')]);
    const runs = sources.flatMap(([name, text]) =>
        Array.from({ length: 12 }, (_, seed) => [`${name}, seed ${seed}`, text, seed] as [string, string, number])
    );

    it.each(runs)('%s: formats idempotently, keeping meaning and comments', async (_name, text, seed) => {
        const messy = reshuffleWhitespace(text, seed);
        const formatted = await formatClean(messy);
        expect(await formatClean(formatted)).toBe(formatted);
        const original = plainAst((await parse(text)).parseResult.value);
        expect(plainAst((await parse(formatted)).parseResult.value)).toEqual(original);
        expect(comments(formatted)).toEqual(comments(text));
    });
});

describe('the style', () => {
    it.each<[string, string, string]>([
        [
            'one statement a line, 4-space indents, `hel  när` aligned with `halv när`',
            'mål K "k" { nivå fullmäktige mått M "m" { hel när värde >= 90 halv när värde >= 80 } }',
            'mål K "k" {\n    nivå fullmäktige\n    mått M "m" {\n        hel  när värde >= 90\n        halv när värde >= 80\n    }\n}\n'
        ],
        [
            '`bedömning` bounds aligned',
            'styrmodell T "t" { bedömning { uppfyllt >= 75 % delvis >= 50 % } }',
            'styrmodell T "t" {\n    bedömning {\n        uppfyllt >= 75 %\n        delvis   >= 50 %\n    }\n}\n'
        ],
        [
            'one blank line between top-level blocks; one-line elements stay together',
            'styrmodell T "t" { år 2019 }\ninriktning A "a"\ninriktning B "b"\nvision V "v" { beskrivning "x" }\nnämnd KS "ks"',
            'styrmodell T "t" {\n    år 2019\n}\n\ninriktning A "a"\ninriktning B "b"\n\nvision V "v" {\n    beskrivning "x"\n}\n\nnämnd KS "ks"\n'
        ],
        ['at most one blank line kept', 'nämnd A "a"\n\n\n\nnämnd B "b"\n', 'nämnd A "a"\n\nnämnd B "b"\n'],
        [
            'a comment above a block moves the blank line above the comment',
            'nämnd A "a"\n// om målet\nmål K "k" {}\n',
            'nämnd A "a"\n\n// om målet\nmål K "k" {\n}\n'
        ],
        ['CRLF kept as CRLF', 'nämnd A "a"\r\nnämnd B "b"', 'nämnd A "a"\r\nnämnd B "b"\r\n'],
        [
            'a follow-up: one statement a line, `MålId.MåttId` without spaces',
            'uppföljning 2019 "Årsredovisning 2019" { mål K { bedömning ej uppfyllt "m" analys "a" åtgärd "b" prognos delvis "p" } mått K . M { bedömning halv "m" } }',
            'uppföljning 2019 "Årsredovisning 2019" {\n    mål K {\n        bedömning ej uppfyllt "m"\n        analys "a"\n        åtgärd "b"\n        prognos delvis "p"\n    }\n    mått K.M {\n        bedömning halv "m"\n    }\n}\n'
        ],
        [
            'an interim follow-up: `per DAG MÅNAD` on the follow-up line, one space apart',
            'uppföljning   2024  per\n 31   augusti   "Delårsrapport 2024"{ mål K { bedömning delvis "m" } }',
            'uppföljning 2024 per 31 augusti "Delårsrapport 2024" {\n    mål K {\n        bedömning delvis "m"\n    }\n}\n'
        ],
        [
            '`från` stays on its threshold line; `målvärde` one year a line',
            'mål K "k" { mått M "m" { målvärde { 2025 80 2027 85 } hel när rang <= 20 från 2025 hel när rang <= 10 från 2027 } }',
            'mål K "k" {\n    mått M "m" {\n        målvärde {\n            2025 80\n            2027 85\n        }\n        hel  när rang <= 20 från 2025\n        hel  när rang <= 10 från 2027\n    }\n}\n'
        ],
        ['an empty file stays empty', '', ''],
        ['a file of only whitespace becomes empty', '  \n\n\t\n', '']
    ])('%s', async (_name, text, expected) => {
        expect(await formatClean(text)).toBe(expected);
    });
});

describe('a file with syntax errors is not formatted', () => {
    const broken: Array<[string, string]> = [
        ['a stray character', 'nämnd KS "ks" #\nnämnd   B "b"\n'],
        ['a missing title', 'nämnd KS\nnämnd   B "b"\n'],
        ['an unclosed block', 'mål K "k" {\n nivå fullmäktige\n'],
        ['a half-typed condition', 'mål K "k" { mått M "m" { hel när värde >= } }'],
        ['an unknown keyword', 'mål K "k" { status grön }'],
        ['an unterminated string', 'nämnd KS "Kommunstyrelsen\nnämnd B "b"\n']
    ];

    it.each(broken)('%s: the formatting entry points give nothing', async (_name, text) => {
        expect(await format(text)).toBeUndefined();
    });

    it.each(broken)('%s: the pretty printer itself refuses, so no caller can lose text', async (_name, text) => {
        const document = await parse(text);
        expect(hasSyntaxErrors(document)).toBe(true);
        expect(prettyPrint(document.parseResult.value, text)).toBeUndefined();
    });
});
