import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
    CodeAction,
    Diagnostic,
    DocumentSymbol,
    Location,
    SemanticTokens,
    WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

const FIXTURE = join(import.meta.dirname, '..', 'resources', 'lsp-model');

/** A committee file with one mistake per quick fix; each test looks for its fix's title. */
const BROKEN = `del av Testby

mål Trasigt "Ett mål med fel" {
    nivå nämnd
    bidrar till Omsorg
    ansvarig Okänd

    mått Andel "Andel" {
        nyckeltal "nöjdhet"
        enhet "%"
        hel  när värde >= 0,9
        halv när värde >= 0,8
    }

    mått Rang "Rang" {
        nyckeltal "nöjdhet"
        hel  när rang <= 10
        halv när rang <= 5
    }
}
`;

describe('editor features over stdio', () => {
    let folder: string;
    let client: LspClient;
    let mainUri: string;
    let committeeUri: string;
    let brokenUri: string;
    let committeeText: string;
    let diagnostics: Diagnostic[];
    let legend: string[];

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-features-'));
        cpSync(FIXTURE, folder, { recursive: true });
        mainUri = pathToFileURL(join(folder, 'modell.styr')).toString();
        committeeUri = pathToFileURL(join(folder, 'nämnd.styr')).toString();
        brokenUri = pathToFileURL(join(folder, 'trasig.styr')).toString();
        committeeText = readFileSync(join(folder, 'nämnd.styr'), 'utf8');
        client = new LspClient();
        legend = (await client.initialize(folder)).capabilities.semanticTokensProvider?.legend.tokenTypes ?? [];
        await client.open(mainUri, readFileSync(join(folder, 'modell.styr'), 'utf8'));
        await client.open(committeeUri, committeeText);
        await client.open(brokenUri, BROKEN);
        diagnostics = (await client.diagnosticsFor(brokenUri, p => p.diagnostics.length >= 4)).diagnostics;
    });

    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    async function fixes(code: string): Promise<CodeAction[]> {
        const diagnostic = diagnostics.find(d => d.code === code);
        expect(diagnostic, `a ${code} diagnostic`).toBeDefined();
        return (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: brokenUri },
            range: diagnostic!.range,
            context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
    }

    function newTexts(action: CodeAction | undefined): string[] {
        return Object.values(action?.edit?.changes ?? {})
            .flat()
            .map(e => e.newText);
    }

    it.each([
        [
            'swaps the numbers of hel and halv',
            'half-stricter-than-full',
            'Byt plats på värdena i ”hel” och ”halv”',
            ['5', '10']
        ],
        ['turns 0,9 into 90 for a percentage', 'percentage-as-fraction', 'Skriv 90 i stället för 0,9', ['90']],
        ['adds a direction', 'missing-direction', 'Lägg till ”högre är bättre”', ['        högre är bättre\n']],
        ['creates a missing nämnd', 'unresolved-reference', 'Skapa ”nämnd Okänd "Okänd"”', ['\nnämnd Okänd "Okänd"\n']]
    ])('%s', async (_what, code, title, texts) => {
        const action = (await fixes(code)).find(a => a.title === title);
        expect(action, `fix "${title}" among ${JSON.stringify((await fixes(code)).map(a => a.title))}`).toBeDefined();
        expect(newTexts(action).sort()).toEqual([...texts].sort());
    });

    it('turns a bedömning bound written as a fraction into a percentage', async () => {
        const uri = pathToFileURL(join(folder, 'andel.styr')).toString();
        await client.open(
            uri,
            'styrmodell Andelsby "Andelsby" {\n    bedömning {\n        uppfyllt >= 0,8\n    }\n}\n'
        );
        const [diagnostic] = (
            await client.diagnosticsFor(uri, p => p.diagnostics.some(d => d.code === 'percentage-as-fraction'))
        ).diagnostics;
        const actions = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
        expect(actions.map(a => [a.title, newTexts(a)])).toEqual([['Skriv 80 i stället för 0,8', ['80']]]);
    });

    it('finds references across files and renames in every file', async () => {
        const position = { line: 13, character: 5 };
        const references = (await client.connection.sendRequest('textDocument/references', {
            textDocument: { uri: mainUri },
            position,
            context: { includeDeclaration: true }
        })) as Location[];
        expect(new Set(references.map(r => r.uri))).toEqual(new Set([mainUri, committeeUri, brokenUri]));
        const edit = (await client.connection.sendRequest('textDocument/rename', {
            textDocument: { uri: mainUri },
            position,
            newName: 'GodOmsorg'
        })) as WorkspaceEdit;
        const files = Object.keys(edit.changes ?? {}).concat(
            (edit.documentChanges ?? []).map(c => (c as { textDocument: { uri: string } }).textDocument.uri)
        );
        expect(new Set(files)).toEqual(new Set([mainUri, committeeUri, brokenUri]));
    });

    it('shapes document symbols as the goal tree', async () => {
        const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {
            textDocument: { uri: committeeUri }
        })) as DocumentSymbol[];
        const goal = symbols.find(s => s.name === 'NöjdaBrukare');
        expect(goal?.children?.map(c => c.name)).toEqual(['Nöjdhet']);
        const main = (await client.connection.sendRequest('textDocument/documentSymbol', {
            textDocument: { uri: mainUri }
        })) as DocumentSymbol[];
        expect(main.find(s => s.name === 'Vision')?.children?.map(c => c.name)).toEqual(['Omsorg']);
    });

    it('finds goals across the workspace with their place in the goal tree', async () => {
        const symbols = (await client.connection.sendRequest('workspace/symbol', { query: 'NöjdaBrukare' })) as Array<{
            name: string;
            containerName?: string;
            location: { uri: string };
        }>;
        expect(symbols.map(s => [s.name, s.containerName, s.location.uri])).toContainEqual([
            'NöjdaBrukare',
            'Omsorg',
            committeeUri
        ]);
    });

    it('colours references by kind with semantic tokens', async () => {
        const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', {
            textDocument: { uri: committeeUri }
        })) as SemanticTokens;
        // Decode the relative encoding (line delta, start delta, length, type, modifiers) into `line:column word type`.
        const decoded: string[] = [];
        const lines = committeeText.split('\n');
        for (let i = 0, line = 0, start = 0; i < tokens.data.length; i += 5) {
            const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4) as [
                number,
                number,
                number,
                number
            ];
            line += deltaLine;
            start = deltaLine === 0 ? start + deltaStart : deltaStart;
            decoded.push(`${line + 1}:${start + 1} ${lines[line]!.slice(start, start + length)} ${legend[type]}`);
        }
        expect(decoded).toEqual([
            '1:8 Testby namespace',
            '3:5 NöjdaBrukare class',
            '5:14 SN type',
            '6:17 Omsorg class',
            '8:10 Nöjdhet property',
            '9:19 "nöjdhet" macro'
        ]);
    });

    it('hovers a keyword with its meaning', async () => {
        const hover = (await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri: committeeUri },
            position: { line: 3, character: 6 }
        })) as { contents: { value: string } };
        expect(hover.contents.value).toContain('`nivå`');
    });

    it('shows the status of each goal and measure as an inlay hint', async () => {
        const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
            textDocument: { uri: committeeUri },
            range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }
        })) as Array<{ label: string; position: { line: number } }>;
        expect(hints.map(h => [h.position.line, h.label.trim()])).toEqual([
            [2, '🟡 delvis 50\u00a0% (2020)'],
            [7, '🟡 halv · 88,5\u00a0% (2020)']
        ]);
    });
});
