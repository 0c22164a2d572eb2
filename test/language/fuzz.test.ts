import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { DiagnosticCodes } from '../../src/language/diagnostic-codes.js';
import { prettyPrint } from '../../src/language/format/pretty-printer.js';
import type { Document } from '../../src/language/generated/ast.js';
import { createStyrmodellServices } from '../../src/services.js';

/**
 * Seeded, bounded fuzzing: every .styr file of the repository's test models, mutated the way typing and
 * pasting mutate text (a span deleted, repeated or moved, a token inserted), through the parser, every check,
 * the engine and the formatter. It fails on an exception, on a diagnostic without one of our codes (Langium
 * turns a crash in a check into one) and on a message with a JavaScript word in it.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const MUTATIONS_PER_FILE = 6;
const SEED = 20261127;

const TOKENS = [
    'mål',
    'mått',
    'nivå',
    'bidrar till',
    'del av',
    'kommun',
    'år',
    'hel när',
    'halv när',
    'värde',
    'rang',
    'kvartil',
    'skillnad mot riket',
    'förändring',
    '>=',
    '=>',
    '<=',
    '%',
    '{',
    '}',
    '"',
    '""',
    '1e309',
    '99999999999999999999999',
    '-0',
    '0,875',
    'NaN',
    'Infinity',
    'undefined',
    '\n',
    '  ',
    'program',
    'utfall {',
    '2019',
    'vikt',
    '//',
    '/*'
];

/** Mulberry32: a small seeded generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function mutate(text: string, next: () => number): string {
    const at = (n: number) => Math.floor(next() * n);
    const start = at(text.length + 1);
    const end = Math.min(text.length, start + at(80));
    switch (at(4)) {
        case 0:
            return text.slice(0, start) + text.slice(end);
        case 1:
            return text.slice(0, end) + text.slice(start, end) + text.slice(end);
        case 2: {
            const to = at(text.length + 1);
            const span = text.slice(start, end);
            const rest = text.slice(0, start) + text.slice(end);
            return rest.slice(0, Math.min(to, rest.length)) + span + rest.slice(Math.min(to, rest.length));
        }
        default:
            return text.slice(0, start) + TOKENS[at(TOKENS.length)] + ' ' + text.slice(start);
    }
}

function styrFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? styrFiles(path) : name.endsWith('.styr') ? [path] : [];
    });
}

const KNOWN_CODES = new Set<string>(Object.values(DiagnosticCodes));
const LEAK = /\b(undefined|null|NaN|Infinity|object Object)\b/;

describe('fuzzing parser, checks, engine and formatter', () => {
    const files = [...styrFiles(join(ROOT, 'test', 'resources')), ...styrFiles(join(ROOT, 'examples'))].sort();

    it(`survives ${MUTATIONS_PER_FILE} seeded mutations of each test model`, async () => {
        const { shared, Styrmodell: services } = createStyrmodellServices(EmptyFileSystem);
        const next = random(SEED);
        const failures: string[] = [];
        let round = 0;
        for (const file of files) {
            const original = readFileSync(file, 'utf8');
            let text = original;
            for (let i = 0; i < MUTATIONS_PER_FILE; i++) {
                text = mutate(i % 3 === 0 ? original : text, next);
                const uri = URI.parse(`file:///fuzz/${round++}/${file.split('/').pop()}`);
                try {
                    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
                    shared.workspace.LangiumDocuments.addDocument(document);
                    await shared.workspace.DocumentBuilder.build([document], { validation: true });
                    for (const d of document.diagnostics ?? []) {
                        const message = typeof d.message === 'string' ? d.message : d.message.value;
                        // A message may quote a leak word the mutation wrote into the text itself, even inside a token
                        // (`9undefined` reads as the number 9 and the name `undefined`).
                        const leaked = message.match(LEAK)?.[0];
                        if (!KNOWN_CODES.has(String(d.code)) || (leaked !== undefined && !text.includes(leaked))) {
                            failures.push(`${file} #${i}: [${String(d.code)}] ${message}`);
                        }
                    }
                    services.analysis.ModelAnalysis.analyseDocument(document as LangiumDocument);
                    if (document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length === 0) {
                        prettyPrint(document.parseResult.value, text);
                    }
                    await shared.workspace.DocumentBuilder.update([], [uri]);
                } catch (error) {
                    failures.push(`${file} #${i}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ')}`);
                }
            }
        }
        expect(failures.slice(0, 10), `${failures.length} failures (seed ${SEED})`).toEqual([]);
    }, 60_000);
});
