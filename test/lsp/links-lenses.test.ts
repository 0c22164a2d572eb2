import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
    CallHierarchyIncomingCall,
    CallHierarchyItem,
    CallHierarchyOutgoingCall,
    CodeLens,
    CompletionItem,
    CompletionList,
    DocumentLink,
    WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { formatPercent } from '../../src/render/format.js';
import { runCli } from '../cli/run-cli.js';
import { LspClient, positionOf } from './lsp-client.js';

const FIXTURE = join(import.meta.dirname, '..', 'resources', 'lsp-model');

/** Data paths as links, goal lenses, the `bidrar till` call hierarchy and titled completion, over stdio. */
describe('links, lenses, hierarchy and titled completion', () => {
    let folder: string;
    let client: LspClient;
    let mainUri: string;
    let committeeUri: string;
    let mainText: string;
    let committeeText: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-links-'));
        cpSync(FIXTURE, folder, { recursive: true });
        writeFileSync(join(folder, 'data', 'extra.json'), '{"values": []}\n');
        writeFileSync(join(folder, 'anteckningar.md'), 'inte data\n');
        mainUri = pathToFileURL(join(folder, 'modell.styr')).toString();
        committeeUri = pathToFileURL(join(folder, 'nämnd.styr')).toString();
        mainText = readFileSync(join(folder, 'modell.styr'), 'utf8');
        committeeText = readFileSync(join(folder, 'nämnd.styr'), 'utf8');
        client = new LspClient();
        await client.initialize(folder);
        await client.open(mainUri, mainText);
        await client.open(committeeUri, committeeText);
        await client.diagnosticsFor(committeeUri);
    });

    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('makes the data path a link to the file', async () => {
        const links = (await client.connection.sendRequest('textDocument/documentLink', {
            textDocument: { uri: mainUri }
        })) as DocumentLink[];
        expect(links).toHaveLength(1);
        expect(links[0].target).toBe(pathToFileURL(join(folder, 'data', 'resultat.csv')).toString());
        expect(links[0].range).toEqual({
            start: positionOf(mainText, 'data/resultat.csv'),
            end: positionOf(mainText, 'data/resultat.csv', 'data/resultat.csv'.length)
        });
    });

    it('puts a lens on each goal with what serves it and its status, as the report computes it', async () => {
        const report = JSON.parse(runCli(['report', folder, '--format', 'json']).stdout) as {
            year: number;
            goals: Array<{ id: string; status: string; fulfilment: number | null }>;
        };
        const omsorg = report.goals.find(g => g.id === 'Omsorg')!;
        const word = omsorg.status.replace('_', ' ');
        const percent = omsorg.fulfilment === null ? '' : ` ${formatPercent(omsorg.fulfilment)}`;
        const lenses = (await client.connection.sendRequest('textDocument/codeLens', {
            textDocument: { uri: mainUri }
        })) as CodeLens[];
        expect(lenses.map(l => l.command?.title)).toEqual([`1 nämndmål · 1 mått · ${word}${percent} (${report.year})`]);
        expect(lenses[0].command?.command).toBe('styrmodell.showPreviewAt');
        expect(lenses[0].command?.arguments).toEqual([mainUri, 'Omsorg']);
        expect(lenses[0].range.start).toEqual(positionOf(mainText, 'mål Omsorg'));
        const committee = (await client.connection.sendRequest('textDocument/codeLens', {
            textDocument: { uri: committeeUri }
        })) as CodeLens[];
        expect(committee.map(l => l.command?.title)).toEqual([expect.stringMatching(/^1 mått · /)]);
    });

    it('follows bidrar till in the call hierarchy, both ways', async () => {
        const [omsorg] = (await client.connection.sendRequest('textDocument/prepareCallHierarchy', {
            textDocument: { uri: mainUri },
            position: positionOf(mainText, 'Omsorg "')
        })) as CallHierarchyItem[];
        expect(omsorg).toMatchObject({ name: 'Omsorg', detail: 'KF-mål: God omsorg', uri: mainUri });
        const incoming = (await client.connection.sendRequest('callHierarchy/incomingCalls', {
            item: omsorg
        })) as CallHierarchyIncomingCall[];
        expect(incoming.map(c => [c.from.name, c.from.uri, c.fromRanges[0].start])).toEqual([
            ['NöjdaBrukare', committeeUri, positionOf(committeeText, 'Omsorg')]
        ]);
        const outgoing = (await client.connection.sendRequest('callHierarchy/outgoingCalls', {
            item: omsorg
        })) as CallHierarchyOutgoingCall[];
        expect(outgoing.map(c => [c.to.name, c.to.detail])).toEqual([['Vision', 'vision: Vision 2030']]);
        const [brukare] = (await client.connection.sendRequest('textDocument/prepareCallHierarchy', {
            textDocument: { uri: committeeUri },
            position: positionOf(committeeText, 'NöjdaBrukare')
        })) as CallHierarchyItem[];
        const served = (await client.connection.sendRequest('callHierarchy/outgoingCalls', {
            item: brukare
        })) as CallHierarchyOutgoingCall[];
        expect(served.map(c => c.to.name)).toEqual(['Omsorg']);
    });

    it("shows the goal's title, not its type, when completing bidrar till", async () => {
        const uri = pathToFileURL(join(folder, 'ny.styr')).toString();
        const text = 'del av Testby\n\nmål Nytt "Nytt mål" {\n    nivå nämnd\n    bidrar till \n}\n';
        await client.open(uri, text);
        await client.diagnosticsFor(uri);
        const result = (await client.connection.sendRequest('textDocument/completion', {
            textDocument: { uri },
            position: positionOf(text, 'till ', 5)
        })) as CompletionList | CompletionItem[];
        const items = Array.isArray(result) ? result : result.items;
        const omsorg = items.find(i => i.label === 'Omsorg');
        expect(omsorg?.labelDetails?.description).toBe('God omsorg');
        expect(omsorg?.detail).toBe('mål: God omsorg');
        expect(JSON.stringify(omsorg?.documentation)).toContain('God omsorg');
        expect(items.map(i => i.detail)).not.toContain('Goal');
    });

    it('completes data file names relative to the model', async () => {
        const uri = pathToFileURL(join(folder, 'huvud2.styr')).toString();
        const text = 'styrmodell Annan "Annan" {\n    data "\n}\n';
        await client.open(uri, text);
        const result = (await client.connection.sendRequest('textDocument/completion', {
            textDocument: { uri },
            position: positionOf(text, 'data "', 6)
        })) as CompletionList | CompletionItem[];
        const items = Array.isArray(result) ? result : result.items;
        expect(
            items
                .filter(i => i.detail === 'datafil')
                .map(i => i.label)
                .sort()
        ).toEqual(['"data/extra.json"', '"data/resultat.csv"']);
    });

    it('rewrites the data line when the data file is renamed or its folder moved', async () => {
        const oldUri = pathToFileURL(join(folder, 'data', 'resultat.csv')).toString();
        const edit = (await client.connection.sendRequest('workspace/willRenameFiles', {
            files: [{ oldUri, newUri: pathToFileURL(join(folder, 'data', 'utfall 2020.csv')).toString() }]
        })) as WorkspaceEdit;
        expect(edit.changes?.[mainUri]).toEqual([
            {
                range: {
                    start: positionOf(mainText, 'data/resultat.csv'),
                    end: positionOf(mainText, 'data/resultat.csv', 17)
                },
                newText: 'data/utfall 2020.csv'
            }
        ]);
        const moved = (await client.connection.sendRequest('workspace/willRenameFiles', {
            files: [
                {
                    oldUri: pathToFileURL(join(folder, 'data')).toString(),
                    newUri: pathToFileURL(join(folder, 'källor', 'kolada')).toString()
                }
            ]
        })) as WorkspaceEdit;
        expect(moved.changes?.[mainUri]?.map(e => e.newText)).toEqual(['källor/kolada/resultat.csv']);
        const unrelated = await client.connection.sendRequest('workspace/willRenameFiles', {
            files: [
                {
                    oldUri: pathToFileURL(join(folder, 'anteckningar.md')).toString(),
                    newUri: pathToFileURL(join(folder, 'notes.md')).toString()
                }
            ]
        });
        expect(unrelated).toBeNull();
    });
});
