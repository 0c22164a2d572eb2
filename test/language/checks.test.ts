import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { DiagnosticCodes } from '../../src/model/diagnostic-codes.js';
import {
    type ActualDiagnostic,
    type ExpectedDiagnostic,
    expectedDiagnostics,
    key,
    unmatched
} from './expected-diagnostics.js';
import { KUMLA } from './reference-model.js';
import { buildWorkspace } from './workspace-helper.js';

const RESOURCES = join(import.meta.dirname, '..', 'resources', 'checks');

/** Each `.styr` file, or each folder (a model in several files, maybe with data), is one case. */
const cases = readdirSync(RESOURCES)
    .filter(name => name.endsWith('.styr') || statSync(join(RESOURCES, name)).isDirectory())
    .sort();

function styrFiles(path: string): string[] {
    if (statSync(path).isFile()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
        .filter(f => f.endsWith('.styr'))
        .map(f => join(path, f))
        .sort();
}

async function actualDiagnostics(path: string, root: string): Promise<ActualDiagnostic[]> {
    const workspace = await loadWorkspace([path]);
    return workspace.requested.flatMap(document =>
        (document.diagnostics ?? []).map(d => ({
            file: relative(root, document.uri.fsPath),
            line: d.range.start.line + 1,
            severity:
                d.severity === 1 ? ('error' as const) : d.severity === 2 ? ('warning' as const) : ('info' as const),
            code: String(d.code),
            message: typeof d.message === 'string' ? d.message : d.message.value,
            column: d.range.start.character + 1,
            ...(d.range.end.line === d.range.start.line ? { endColumn: d.range.end.character + 1 } : {})
        }))
    );
}

describe('checks carry their expected diagnostics inline', () => {
    it.each(cases)('%s', async name => {
        const path = join(RESOURCES, name);
        const files = styrFiles(path);
        expect(files.length, `${name} holds no .styr file`).toBeGreaterThan(0);
        const expected: ExpectedDiagnostic[] = files.flatMap(file =>
            expectedDiagnostics(relative(RESOURCES, file), readFileSync(file, 'utf8'))
        );
        const actual = await actualDiagnostics(path, RESOURCES);
        expect(unmatched(expected, actual)).toEqual({ missing: [], unexpected: [] });
    });
});

describe('the check cases themselves', () => {
    const singleFiles = cases.filter(name => name.endsWith('.styr'));

    // loadWorkspace brings a named file's sibling `.styr` files along (so that `del av` finds its header), so
    // the single-file cases all share one workspace: two of them declaring the same model would merge.
    it('single-file cases each declare a model id of their own', () => {
        const owners = new Map<string, string[]>();
        for (const name of singleFiles) {
            const text = readFileSync(join(RESOURCES, name), 'utf8').normalize('NFC');
            for (const match of text.matchAll(/^\s*(?:styrmodell|del av)\s+([^\s"{]+)/gm)) {
                const files = owners.get(match[1]) ?? [];
                if (!files.includes(name)) owners.set(match[1], [...files, name]);
            }
        }
        const shared = [...owners].filter(([, files]) => files.length > 1);
        expect(shared).toEqual([]);
    });

    // Every code, data checks included (their cases are folders with data files), has a case that shows it.
    // data-file-unreadable needs a file the process may not read, which no repository can hold; src/data tests it.
    const codesWithCases = Object.values(DiagnosticCodes).filter(code => code !== DiagnosticCodes.dataFileUnreadable);

    it.each(codesWithCases)('%s has a case named after it that expects it', code => {
        const named = cases.find(name => name === code || name === `${code}.styr`);
        expect(named, `test/resources/checks/${code}(.styr) is missing`).toBeDefined();
        const expected = styrFiles(join(RESOURCES, named!)).flatMap(file =>
            expectedDiagnostics(file, readFileSync(file, 'utf8'))
        );
        expect(expected.map(e => e.code)).toContain(code);
    });

    // Like Safe-DS's markers: a case pins what the reader sees and where, not only the code and the line.
    it('every marker pins a part of the message and the range', () => {
        const loose = cases
            .flatMap(name => styrFiles(join(RESOURCES, name)))
            .flatMap(file => expectedDiagnostics(relative(RESOURCES, file), readFileSync(file, 'utf8')))
            .filter(e => e.message === undefined || e.column === undefined)
            .map(key);
        expect(loose).toEqual([]);
    });

    it('every expected code is a known code', () => {
        const known = new Set<string>(Object.values(DiagnosticCodes));
        const unknown = cases
            .flatMap(name => styrFiles(join(RESOURCES, name)))
            .flatMap(file => expectedDiagnostics(relative(RESOURCES, file), readFileSync(file, 'utf8')))
            .filter(e => !known.has(e.code))
            .map(key);
        expect(unknown).toEqual([]);
    });
});

describe('messages write numbers the Swedish way (decimal comma)', () => {
    const header = 'styrmodell T "t" {\n    kommun "1881"\n    år 2019\n}\nvision V "v"\n';
    const measure = (body: string) =>
        `mål K "k" {\n    nivå fullmäktige\n    bidrar till V\n    mått M "m" {\n        enhet "%"\n        högre är bättre\n${body}\n    }\n}\n`;
    it.each<[string, string, string]>([
        [
            'half-stricter-than-full',
            measure('        utfall { 2019 80 }\n        hel  när värde >= 87,5\n        halv när värde >= 88,25'),
            'Gränsen för halv uppfyllelse (88,25) är strängare än för hel (87,5).'
        ],
        [
            'percentage-as-fraction',
            measure('        utfall { 2019 80 }\n        hel  när värde >= 0,875'),
            'Enheten är procent, men gränsen 0,875 ser ut som en andel. Skriv 87,5 för 87,5 %.'
        ],
        ['invalid-series', measure('        utfall { 87,5 2019 }'), '87,5 är inget årtal.'],
        ['invalid-assessment-bounds', '', 'Gränsen för delvis (75,5 %) är högre än för uppfyllt (60 %).']
    ])('%s', async (code, body, message) => {
        const text =
            code === 'invalid-assessment-bounds'
                ? 'styrmodell T "t" {\n    år 2019\n    bedömning {\n        uppfyllt >= 60\n        delvis   >= 75,5\n    }\n}\n'
                : header + body;
        const workspace = await buildWorkspace({ 'm.styr': text });
        const messages = workspace
            .raw('m.styr')
            .filter(d => d.code === code)
            .map(d => String(d.message));
        expect(
            messages.some(m => m.includes(message)),
            JSON.stringify(messages)
        ).toBe(true);
    });
});

describe.skipIf(!KUMLA)('the reference model', () => {
    it('has no errors; its one warning is that Besöksnöjdhet has no value for 2019', async () => {
        const actual = await actualDiagnostics(KUMLA!, KUMLA!);
        expect(actual.map(key)).toEqual(['nämnderna.styr:87 warning no-value-for-year']);
    });
});
