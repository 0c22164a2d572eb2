import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { formatDiagnostics } from '../../src/cli/diagnostic-formats.js';
import { toCliDiagnostic } from '../../src/cli/diagnostics.js';
import { renderOutline } from '../../src/diff/outline.js';
import { toReportJson } from '../../src/fulfilment/report-json.js';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { prettyPrint } from '../../src/language/format/pretty-printer.js';
import type { Document } from '../../src/language/generated/ast.js';
import { buildModelView } from '../../src/language/model-view-builder.js';
import { DiagnosticCodes } from '../../src/model/diagnostic-codes.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { renderHtmlBody, renderHtmlReport, renderMarkdownReport } from '../../src/render/index.js';
import { renderXlsxReport } from '../../src/render/xlsx/report-xlsx.js';
import { createStyrmodellServices } from '../../src/services.js';

/**
 * The fuzzer shared by the bounded test (fuzz.test.ts, in `npm test`) and the long run (`npm run fuzz`): seeded
 * mutations of the test models, plus generators for each crash kind found before (issue 18), through what every
 * command does in-process: the checks (validate), the analysis and every report format, textconv's outline and
 * the formatter. Each surface sees what it sees in use: the report formats only models without errors (as
 * `report`), the preview's body every model without a syntax error, the formatter only what parses. A crash kind
 * is the exception's message and the first frame of ours it came from.
 */

export const TOKENS = [
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
    '/*',
    '\uFFFE',
    '\uFFFF',
    '\u0000',
    '\u001b[2J',
    '\u202e',
    '\u200b',
    '\uD800'
];

/** Mulberry32: a small seeded generator, so a failure names a seed that reproduces it. */
export function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function mutate(text: string, next: () => number): string {
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

const HEADER = 'styrmodell F "Fuzz" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "V"\n\n';
const MEASURE = (name: string, value: string) =>
    `    mått ${name} "${name}" {\n        högre är bättre\n        utfall {\n            2019 ${value}\n        }\n        hel när värde >= 5\n    }\n`;

/** Models built for each crash kind of issue 18; `size` scales the long strings and deep chains. */
export const GENERATORS: Record<string, (next: () => number, size: number) => string> = {
    'long string': (next, size) =>
        `${HEADER}mål G "${'å'.repeat(Math.floor(size * (0.5 + next())))}" {\n    nivå fullmäktige\n    bidrar till V\n}\n`,
    'half-typed measure': next =>
        HEADER +
        [
            'mål "g" { mått A "a" { } }\n',
            'mål G "g" {\n    nivå fullmäktige\n    bidrar till V\n    mått\n}\n',
            'mål G "g" {\n    mått A\n}\n',
            'del av\n',
            'mål G { mått A "a" { hel när } }\n'
        ][Math.floor(next() * 5)]!,
    'non-character': next => {
        const bad = ['\uFFFE', '\uFFFF', '\u0001', '\u001b]0;x\u0007', '\uD800', '\u202e', '\u200b\u2060'][
            Math.floor(next() * 7)
        ]!;
        return `${HEADER}mål G "Mål${bad}" {\n    nivå fullmäktige\n    bidrar till V\n    beskrivning "${bad}"\n${MEASURE('M', '5')}}\n`;
    },
    'huge number': next => {
        const huge = ['9'.repeat(400), `1${'0'.repeat(307)}`, '1e309', '99999999999999999999', `-${'9'.repeat(309)}`][
            Math.floor(next() * 5)
        ]!;
        return `${HEADER}mål G "G" {\n    nivå fullmäktige\n    bidrar till V\n    vikt ${huge}\n${MEASURE('M', huge)}}\n`;
    },
    'deep chain': (next, size) => {
        const depth = Math.max(2, Math.floor((size / 100) * (0.5 + next())));
        const parts = [HEADER];
        for (let i = 0; i < depth; i++) {
            const target = i === 0 ? 'V' : `G${next() < 0.01 ? Math.floor(next() * depth) : i - 1}`;
            parts.push(
                `mål G${i} "G${i}" {\n    nivå fullmäktige\n    bidrar till ${target}\n${i === depth - 1 ? MEASURE('M', '5') : ''}}\n`
            );
        }
        return parts.join('');
    }
};

const KNOWN_CODES = new Set<string>(Object.values(DiagnosticCodes));
const LEAK = /\b(undefined|NaN|Infinity|object Object)\b/;

/** The kind of a crash: its message without numbers, and the first frame of ours. */
export function crashKind(error: unknown): string {
    const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
        .replace(/\d+/g, 'N')
        .slice(0, 120);
    const frame = (error instanceof Error ? (error.stack ?? '') : '')
        .split('\n')
        .find(l => l.includes('/src/') && !l.includes('node_modules'));
    return `${message} @ ${frame?.trim().replace(/:\d+:\d+\)?$/, '') ?? '?'}`;
}

export type Fuzzer = (text: string, name: string) => Promise<string[]>;

/**
 * A fuzzer on one set of services: builds the text as a document, then runs every surface over it. Returns the
 * crash kinds (an exception, a diagnostic without our code, a leaked JavaScript word) it found.
 */
export function createFuzzer(options: { everyFormat: boolean }): Fuzzer {
    const { shared, Styrmodell: services } = createStyrmodellServices(EmptyFileSystem);
    let round = 0;
    return async (text, name) => {
        const crashes: string[] = [];
        const uri = URI.parse(`file:///fuzz/${round++}/${name}`);
        try {
            const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            try {
                await shared.workspace.DocumentBuilder.build([document], { validation: true });
                for (const d of document.diagnostics ?? []) {
                    const message = typeof d.message === 'string' ? d.message : d.message.value;
                    const leaked = message.match(LEAK)?.[0];
                    if (!KNOWN_CODES.has(String(d.code)))
                        crashes.push(`diagnostic without a code: ${message.slice(0, 80).replace(/\d+/g, 'N')}`);
                    else if (leaked !== undefined && !text.includes(leaked))
                        crashes.push(`leaked "${leaked}" [${String(d.code)}]`);
                }
                const cli = (document.diagnostics ?? []).map(d => toCliDiagnostic(document as LangiumDocument, d));
                for (const format of ['text', 'json', 'sarif', 'github'] as const)
                    formatDiagnostics(format, cli, 'fuzz');
                const analysis = services.analysis.ModelAnalysis.analyseDocument(document as LangiumDocument);
                const input = analysis ? renderInputOf(analysis) : undefined;
                if (analysis?.result) JSON.stringify(toReportJson(analysis.result));
                const syntaxError =
                    document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;
                // The preview draws a model with errors (all but syntax errors, for which it keeps the last valid
                // result); `report` writes no format at all for a model with an error, so neither does this.
                if (input && !syntaxError) renderHtmlBody(input, { host: 'preview' });
                if (input && !(document.diagnostics ?? []).some(d => d.severity === 1)) {
                    renderMarkdownReport(input);
                    renderHtmlReport(input, { script: '', nonce: 'n' });
                    if (options.everyFormat) {
                        await renderDocxReport(input);
                        renderXlsxReport(input);
                    }
                }
                const { headers, parts } = document.parseResult.value;
                const partOf = parts.find(part => part.model?.$refText)?.model.$refText;
                renderOutline(buildModelView(headers[0]?.name ?? partOf ?? '', [document]), partOf);
                if (!syntaxError) prettyPrint(document.parseResult.value, text);
            } finally {
                await shared.workspace.DocumentBuilder.update([], [uri]);
            }
        } catch (error) {
            crashes.push(crashKind(error));
        }
        return crashes;
    };
}

/** Mutants per block: the unit a worker takes, so a run's mutants do not depend on how many workers share it. */
export const BLOCK_SIZE = 100;

/**
 * The mutants of one block of a run: block b of seed S always holds the same texts, whichever worker takes it.
 * A tenth come from the crash-kind generators; the rest mutate the previous mutant or, every third, an original.
 */
export function blockMutants(seed: number, block: number, count: number, originals: readonly string[]): string[] {
    const next = random(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(block + 1, 0xc2b2ae35));
    const kinds = Object.keys(GENERATORS);
    const texts: string[] = [];
    let text = originals[Math.floor(next() * originals.length)]!;
    for (let i = 0; i < count; i++) {
        if (i % 10 === 0) text = GENERATORS[kinds[Math.floor(next() * kinds.length)]!]!(next, 2_000);
        else text = mutate(i % 3 === 1 ? originals[Math.floor(next() * originals.length)]! : text, next);
        texts.push(text);
    }
    return texts;
}
