import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
    CodeAction,
    CompletionList,
    Hover,
    InitializeResult,
    LocationLink,
    TextEdit
} from 'vscode-languageserver-protocol';
import { PreviewRequest } from '../../src/protocol.js';
import { unpackRenderInput } from '../../src/render/render-input.js';
import { LspClient, positionOf } from './lsp-client.js';

const FIXTURE = join(import.meta.dirname, '..', 'resources', 'lsp-model');

describe('language server over stdio', () => {
    let folder: string;
    let client: LspClient;
    let mainUri: string;
    let committeeUri: string;
    let mainText: string;
    let committeeText: string;
    let initializeResult: InitializeResult;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-lsp-'));
        cpSync(FIXTURE, folder, { recursive: true });
        mainUri = pathToFileURL(join(folder, 'modell.styr')).toString();
        committeeUri = pathToFileURL(join(folder, 'nämnd.styr')).toString();
        mainText = readFileSync(join(folder, 'modell.styr'), 'utf8');
        committeeText = readFileSync(join(folder, 'nämnd.styr'), 'utf8');
        client = new LspClient();
        initializeResult = await client.initialize(folder);
        await client.open(mainUri, mainText);
        await client.open(committeeUri, committeeText);
    });

    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('names itself and its version in the initialize answer (serverInfo)', () => {
        const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));
        expect(initializeResult.serverInfo).toEqual({ name: 'styrmodell', version });
    });

    it('publishes no diagnostics for a valid model', async () => {
        const published = await client.diagnosticsFor(committeeUri);
        expect(published.diagnostics).toEqual([]);
    });

    it('reports a broken chain at the offending line while typing', async () => {
        const broken = committeeText.replace('    bidrar till Omsorg\n', '');
        await client.change(committeeUri, broken, 2);
        const published = await client.diagnosticsFor(committeeUri, p => p.diagnostics.length > 0);
        expect(published.diagnostics.map(d => [d.code, d.range.start.line])).toContainEqual([
            'committee-goal-without-contribution',
            2
        ]);
        const actions = (await client.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: committeeUri },
            range: published.diagnostics[0].range,
            context: { diagnostics: published.diagnostics }
        })) as CodeAction[];
        expect(actions.map(a => a.title)).toContain('Lägg till ”bidrar till Omsorg”');
        await client.change(committeeUri, committeeText, 3);
        await client.diagnosticsFor(committeeUri, p => p.diagnostics.length === 0);
    });

    it('hover on a measure shows its value, status and data row', async () => {
        const hover = (await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri: committeeUri },
            position: positionOf(committeeText, 'Nöjdhet "', 2)
        })) as Hover;
        const text = (hover.contents as { value: string }).value;
        expect(text).toContain('88,5');
        expect(text).toContain('resultat.csv rad 3');
        // The status itself, on the title line, and the threshold that decided it: `halv` somewhere is not enough.
        expect(text.split('\n')[0]).toBe('**Nöjdhet i hemtjänsten** · 🟡 halv');
        expect(text).toContain('- `halv när rang <= 2`: ja ← avgjorde');
    });

    it("completes KF goals only after a committee goal's `bidrar till`", async () => {
        const edited = committeeText.replace('bidrar till Omsorg', 'bidrar till ');
        await client.change(committeeUri, edited, 4);
        const result = (await client.connection.sendRequest('textDocument/completion', {
            textDocument: { uri: committeeUri },
            position: positionOf(edited, 'bidrar till ', 'bidrar till '.length)
        })) as CompletionList;
        const labels = result.items.map(i => i.label);
        expect(labels).toContain('Omsorg');
        expect(labels).not.toContain('Vision');
        expect(labels).not.toContain('SN');
        await client.change(committeeUri, committeeText, 5);
    });

    it('goes to the definition in another file', async () => {
        const locations = (await client.connection.sendRequest('textDocument/definition', {
            textDocument: { uri: committeeUri },
            position: positionOf(committeeText, 'Omsorg', 1)
        })) as LocationLink[];
        expect(locations[0]?.targetUri).toBe(mainUri);
    });

    it('formats a messy document into the reference style', async () => {
        const messy = committeeText.replace('    nivå nämnd', 'nivå    nämnd');
        await client.change(committeeUri, messy, 6);
        const edits = (await client.connection.sendRequest('textDocument/formatting', {
            textDocument: { uri: committeeUri },
            options: { tabSize: 4, insertSpaces: true }
        })) as TextEdit[];
        expect(edits).toHaveLength(1);
        expect(edits[0].newText).toBe(committeeText);
        await client.change(committeeUri, committeeText, 7);
    });

    it('answers the preview request with results for every year with data', async () => {
        const result = await client.connection.sendRequest(PreviewRequest, { uri: mainUri });
        expect(result.kind).toBe('ok');
        if (result.kind !== 'ok') return;
        const input = unpackRenderInput(result.input);
        expect(input.year).toBe(2020);
        expect(input.results.map(r => r.year)).toEqual([2019, 2020]);
        const measure = input.results[1].measures.find(m => m.id === 'Nöjdhet');
        expect(measure?.status).toBe('halv');
        // Each year's result refers to the measure's one series, sent once.
        expect(input.results[0].measures[0].series).toBe(input.results[1].measures[0].series);
    });

    it('answers `unchanged` for the version the client holds, and what changed once the model changed', async () => {
        const first = await client.connection.sendRequest(PreviewRequest, { uri: mainUri });
        if (first.kind !== 'ok') throw new Error(`no preview: ${JSON.stringify(first)}`);
        const again = await client.connection.sendRequest(PreviewRequest, { uri: mainUri, known: first.version });
        expect(again).toEqual({ kind: 'unchanged', version: first.version });
        // Another document of the same model has the same answer.
        const committee = await client.connection.sendRequest(PreviewRequest, {
            uri: committeeUri,
            known: first.version
        });
        expect(committee.kind).toBe('unchanged');
        // As the extension does: name the version last received, and after each change get what changed.
        let known = first.version;
        const kindFor = async () => {
            const answer = await client.connection.sendRequest(PreviewRequest, { uri: mainUri, known });
            if (answer.kind === 'delta') {
                expect(answer.base).toBe(known);
                known = answer.version;
            }
            return answer.kind;
        };
        await client.change(committeeUri, committeeText.replace('>= 90', '>= 91'), 30);
        await expect.poll(kindFor, { timeout: 20_000 }).toBe('delta');
        // A version this server never sent: the answer goes whole.
        const stranger = await client.connection.sendRequest(PreviewRequest, { uri: mainUri, known: 'x-1' });
        expect(stranger.kind).toBe('ok');
        await client.change(committeeUri, committeeText, 31);
        await expect.poll(kindFor, { timeout: 20_000 }).toBe('delta');
        // The server keeps the last version it sent per model, not older ones: those get the answer whole.
        const older = await client.connection.sendRequest(PreviewRequest, { uri: mainUri, known: first.version });
        expect(older.kind).toBe('ok');
    });

    it('tells the preview how many errors the model has and names the first, so it can keep the last valid result', async () => {
        const clean = await client.connection.sendRequest(PreviewRequest, { uri: mainUri });
        expect(clean.kind === 'ok' && clean.errors).toBe(undefined);
        const broken = committeeText.replace('    bidrar till Omsorg\n', '');
        await client.change(committeeUri, broken, 20);
        await client.diagnosticsFor(committeeUri, p => p.diagnostics.length > 0);
        const result = await client.connection.sendRequest(PreviewRequest, { uri: mainUri });
        expect(result.kind).toBe('ok');
        if (result.kind !== 'ok') return;
        expect(result.errors?.count).toBeGreaterThan(0);
        // Named workspace-relative, as every surface names a file.
        expect(result.errors?.first).toMatchObject({ file: 'nämnd.styr', line: 3 });
        expect(result.errors?.first?.message).toMatch(/bidrar till/);
        await client.change(committeeUri, committeeText, 21);
        await client.diagnosticsFor(committeeUri, p => p.diagnostics.length === 0);
        const fixed = await client.connection.sendRequest(PreviewRequest, { uri: mainUri });
        expect(fixed.kind === 'ok' && fixed.errors).toBe(undefined);
    });

    it('recomputes when a data file changes on disk', async () => {
        const csv = join(folder, 'data', 'resultat.csv');
        writeFileSync(csv, readFileSync(csv, 'utf8').replace('nöjdhet;1001;2020;88,5', 'nöjdhet;1001;2020;abc'));
        await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
            changes: [{ uri: pathToFileURL(csv).toString(), type: 2 }]
        });
        const published = await client.diagnosticsFor(mainUri, p =>
            p.diagnostics.some(d => messageText(d.message).includes('resultat.csv, rad 3:'))
        );
        const rowProblem = published.diagnostics.find(d => messageText(d.message).includes('resultat.csv, rad 3:'));
        expect(rowProblem?.range.start.line).toBe(4);
    });
});

function messageText(message: string | { value: string }): string {
    return typeof message === 'string' ? message : message.value;
}
