import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cancellation, EmptyFileSystem, isOperationCancelled, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { prettyPrint } from '../../src/language/format/pretty-printer.js';
import type { Document } from '../../src/language/generated/ast.js';
import { DiagnosticCodes } from '../../src/model/diagnostic-codes.js';
import { createStyrmodellServices } from '../../src/services.js';
import { KUMLA } from './reference-model.js';
import { buildWorkspace } from './workspace-helper.js';

/**
 * No text crashes or hangs the parser, the checks or loadWorkspace. Langium turns an exception in a check into
 * a diagnostic ("An error occurred during validation: …") without a code of ours, so every diagnostic must carry
 * one of the codes in diagnostic-codes.ts.
 */

const KNOWN_CODES = new Set<string>(Object.values(DiagnosticCodes));

function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function crashes(diagnostics: Diagnostic[]): string[] {
    return diagnostics
        .filter(d => !KNOWN_CODES.has(String(d.code)) || /error occurred/i.test(messageOf(d)))
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} [${String(d.code)}] ${messageOf(d)}`);
}

/** Builds the files together with every check on and expects no crash in any of them. */
async function expectNoCrash(files: Record<string, string>): Promise<void> {
    const workspace = await buildWorkspace(files);
    for (const name of Object.keys(files)) {
        expect(crashes(workspace.raw(name)), name).toEqual([]);
    }
}

/** A small, complete model of every construct, so that these tests run without ../shared. */
const INLINE_MODEL = `// Inline-modell för robusthetstester.
styrmodell R "Robust kommun" {
    kommun "1881"
    år 2019
    data "finns-inte.csv"
    data "egen.csv" nyckeltal N00901
    bedömning {
        uppfyllt >= 75 %
        delvis   >= 50 %
    }
}

vision V "Vision" {
    beskrivning "Beskrivning."
}

inriktning I "Inriktning"
program P "Program"
nämnd KS "Kommunstyrelsen"
förvaltning KLF "Kommunledningsförvaltningen" under KS

jämförelsegrupp G "Grupp" {
    kommuner "1880" "1882"
    kolada G37
}

mål K "Fullmäktigemål" {
    nivå fullmäktige
    inriktning I
    bidrar till V
    kommunövergripande
    vikt 2
    /* block
       kommentar */
    mått Mk "Mått" {
        enhet "%"
        lägre är bättre
        utfall {
            2018 7,2
            2019 6,8
        }
        hel  när värde <= 6
        halv när förändring < 0
    }
}

mål K2 "Fullmäktigemål två" {
    nivå fullmäktige
    bidrar till V
}

mål N "Nämndmål" {
    nivå nämnd
    ansvarig KLF
    bidrar till K2
    program P

    mått M "Mått" {
        nyckeltal U21468
        enhet "%"
        högre är bättre
        kön kvinnor
        riket {
            2019 85
        }
        medel {
            2019 84
        }
        hel  när värde >= 90 och rang i G <= 3
        halv när skillnad mot riket >= −5 och kvartil <= 2 och skillnad mot G > 0 och skillnad mot medel >= 0
    }
}
`;

/** Every prefix of a text at the given step, and the text with each of those prefixes cut out of the middle. */
function prefixes(text: string, step: number): number[] {
    const cuts: number[] = [];
    for (let at = 0; at <= text.length; at += step) cuts.push(at);
    return cuts;
}

function randomBytes(seed: number, length: number): Buffer {
    let state = seed >>> 0;
    const bytes = Buffer.alloc(length);
    for (let i = 0; i < length; i++) {
        state = (state * 1664525 + 1013904223) >>> 0;
        bytes[i] = state >>> 24;
    }
    // Make sure NUL and the other control characters are among them.
    bytes[0] = 0;
    bytes[Math.floor(length / 2)] = 0;
    return bytes;
}

let parse: (text: string) => Promise<LangiumDocument<Document>>;

beforeAll(() => {
    const services = createStyrmodellServices(EmptyFileSystem).Styrmodell;
    const helper = parseHelper<Document>(services);
    parse = text => helper(text);
});

describe('odd files', () => {
    const junk = (seed: number, length: number) => randomBytes(seed, length);
    it.each<[string, string]>([
        ['an empty file', ''],
        ['only whitespace', ' \n\t\r\n  '],
        ['only comments', '// en\n/* två\n tre */\n// fyra'],
        ['an unterminated block comment', '/* aldrig slut\nnämnd KS "KS"\n'],
        ['an unterminated string', 'nämnd KS "Kommunstyrelsen\n'],
        ['a lone brace', '}'],
        ['many opening braces', '{'.repeat(2000)],
        ['deep nesting of blocks', 'mål G "g" { '.repeat(300)],
        [
            'keywords only',
            'mål mått nämnd program vision hel halv när och rang i kvartil skillnad mot riket medel förändring'
        ],
        ['numbers only', '1 2,5 −3 -4 87.5 %'],
        ['a byte order mark', '\uFEFFstyrmodell T "t" {}\n'],
        ['NUL characters', 'nämnd\u0000KS "K\u0000S"\n\u0000'],
        ['random bytes read as UTF-8', junk(1, 4000).toString('utf8')],
        ['random bytes read as Latin-1', junk(2, 4000).toString('latin1')],
        [
            'random bytes mixed into a model',
            INLINE_MODEL.slice(0, 600) + junk(3, 300).toString('latin1') + INLINE_MODEL.slice(600)
        ],
        ['a header and del av for itself', 'styrmodell A "a" {}\ndel av A\ndel av A\nstyrmodell A "b" {}\n'],
        [
            'a goal that contributes to itself many ways',
            'styrmodell A "a" {}\nmål G "g" { nivå nämnd bidrar till G G G }\n'
        ],
        [
            'a cycle through many goals',
            'styrmodell A "a" {}\n' +
                Array.from(
                    { length: 200 },
                    (_, i) => `mål G${i} "g" { nivå fullmäktige bidrar till G${(i + 1) % 200} }`
                ).join('\n')
        ],
        ['a very long line', 'nämnd KS "' + 'x'.repeat(200_000) + '"\n'],
        ['a very long name', `nämnd ${'Å'.repeat(50_000)} "lång"\n`]
    ])('%s', async (_name, text) => {
        const document = await parse(text);
        expect(document.parseResult.value.$type).toBe('Document');
        await expectNoCrash({ 'fil.styr': text });
        // The formatter either formats or refuses; it never throws.
        expect(() => prettyPrint(document.parseResult.value, text)).not.toThrow();
    });
});

describe('half-typed statements: every prefix of a model', () => {
    it('never crashes on any prefix of the inline model (every 7th character), alone or next to a complete file', async () => {
        for (const at of prefixes(INLINE_MODEL, 7)) {
            const prefix = INLINE_MODEL.slice(0, at);
            await expectNoCrash({ 'huvud.styr': prefix });
            await expectNoCrash({
                'huvud.styr': INLINE_MODEL,
                'del.styr': 'del av R\n' + prefix.replace(/^[\s\S]*?\n}\n/, '')
            });
        }
    }, 120_000); // about 500 workspace builds: on a loaded 2-core machine this takes far longer than the default

    it('never crashes with a line cut out of the inline model', async () => {
        const lines = INLINE_MODEL.split('\n');
        for (let i = 0; i < lines.length; i++) {
            await expectNoCrash({ 'fil.styr': [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n') });
        }
    });

    const folder = KUMLA ?? '';
    const kumlaFiles = KUMLA
        ? readdirSync(folder)
              .filter(f => f.endsWith('.styr'))
              .sort()
        : [];
    it.skipIf(kumlaFiles.length === 0).each(kumlaFiles)(
        "never crashes on any prefix of the reference model's %s (every 97th character)",
        async file => {
            const others = Object.fromEntries(
                kumlaFiles.filter(f => f !== file).map(f => [f, readFileSync(join(folder, f), 'utf8')])
            );
            const text = readFileSync(join(folder, file), 'utf8');
            for (const at of prefixes(text, 97)) {
                await expectNoCrash({ ...others, [file]: text.slice(0, at) });
            }
        }
    );
});

describe("loadWorkspace (the CLI's loader) on odd files", () => {
    let folder: string;
    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-robust-'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it.each<[string, string | Buffer]>([
        ['tom.styr', ''],
        ['kommentarer.styr', '// bara kommentarer\n/* och ett block */\n'],
        ['skräp.styr', randomBytes(4, 8000)],
        ['windows-1252.styr', Buffer.from('nämnd KS "Kommunstyrelsen"\n', 'latin1')],
        ['halv.styr', INLINE_MODEL.slice(0, Math.floor(INLINE_MODEL.length / 2))],
        ['bom.styr', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(INLINE_MODEL, 'utf8')])]
    ])('%s', async (name, content) => {
        const case_ = mkdtempSync(join(folder, 'fall-'));
        writeFileSync(join(case_, name), content);
        const workspace = await loadWorkspace([join(case_, name)]);
        expect(workspace.requested).toHaveLength(1);
        expect(crashes(workspace.requested[0].diagnostics ?? [])).toEqual([]);
    });
});

describe('a 5 MB model', () => {
    /** A model with many committees, goals and measures, split between a header file and a `del av` file. */
    function generate(bytes: number): { header: string; part: string } {
        const header = [`styrmodell Stor "Stor kommun" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "Vision"\n`];
        const part = ['del av Stor\n'];
        let size = header[0].length;
        for (let i = 0; size < bytes; i++) {
            const kf = `// Fullmäktigemål ${i}\nmål Kf${i} "Fullmäktigemål ${i}" {\n    nivå fullmäktige\n    bidrar till V\n    beskrivning "Ett mål bland många."\n}\n\nnämnd N${i} "Nämnd ${i}"\n`;
            const nm = `mål Nm${i} "Nämndmål ${i}" {\n    nivå nämnd\n    ansvarig N${i}\n    bidrar till Kf${i}\n\n    mått M "Mått" {\n        enhet "%"\n        högre är bättre\n        utfall {\n            2018 ${i % 100},5\n            2019 ${(i * 7) % 100}\n        }\n        hel  när värde >= 90\n        halv när värde >= 80 och förändring > 0\n    }\n}\n\n`;
            header.push(kf);
            part.push(nm);
            size += kf.length + nm.length;
        }
        return { header: header.join('\n'), part: part.join('') };
    }

    // The budget is this thread's CPU time, so that test files running in parallel on a busy machine do not make
    // it flaky; the build is cancelled once it has used more CPU than the budget, so a slow build fails quickly.
    // No wall clock is involved (only the generous test time-out, for a build that never yields).
    const BUDGET = 10;
    it(`parses, links and checks in under ${BUDGET} s of CPU without a crash`, async () => {
        const { header, part } = generate(5 * 1024 * 1024);
        expect(header.length + part.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
        const source = new Cancellation.CancellationTokenSource();
        const started = process.threadCpuUsage();
        const cpuSeconds = () => {
            const used = process.threadCpuUsage(started);
            return (used.user + used.system) / 1e6;
        };
        const timer = setInterval(() => cpuSeconds() > BUDGET && source.cancel(), 250);
        try {
            const workspace = await buildWorkspace(
                { 'styrmodell.styr': header, 'nämnder.styr': part },
                { cancelToken: source.token }
            );
            const seconds = cpuSeconds();
            for (const file of ['styrmodell.styr', 'nämnder.styr']) {
                expect(workspace.raw(file).map(d => `${d.range.start.line + 1}:${String(d.code)}`)).toEqual([]);
            }
            expect(seconds).toBeLessThan(BUDGET);
        } catch (error) {
            if (isOperationCancelled(error)) expect.fail(`building a 5 MB model used more than ${BUDGET} s of CPU`);
            throw error;
        } finally {
            clearInterval(timer);
        }
    }, 300_000);
});
