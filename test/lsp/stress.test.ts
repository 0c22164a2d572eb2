import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewRequest } from '../../src/protocol.js';
import { GENERATORS, mutate, random } from '../language/fuzz-core.js';
import { LspClient } from './lsp-client.js';

/**
 * The language server under random edits and every request type (issue 18): a bounded run for `npm test`. Each
 * edit is followed by one request of a random kind at a random position; every request must be answered (a
 * result or an error answer, never a closed connection), the server must stay up, still check a repaired file,
 * and its memory must stay flat between the first and the last third of the run.
 */
const FIXTURE = join(import.meta.dirname, '..', 'resources', 'lsp-model');
const EDITS = 240;
const SEED = 18;

function rssKb(pid: number): number {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

describe('the language server under random edits and requests', () => {
    let folder: string;
    let client: LspClient;
    let uri: string;
    let original: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-stress-'));
        cpSync(FIXTURE, folder, { recursive: true });
        uri = pathToFileURL(join(folder, 'nämnd.styr')).toString();
        original = readFileSync(join(folder, 'nämnd.styr'), 'utf8');
        client = new LspClient();
        await client.initialize(folder);
        await client.open(
            pathToFileURL(join(folder, 'modell.styr')).toString(),
            readFileSync(join(folder, 'modell.styr'), 'utf8')
        );
        await client.open(uri, original);
    });
    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it(`answers every request through ${EDITS} random edits, stays up and keeps its memory flat`, async () => {
        const next = random(SEED);
        const at = (n: number) => Math.floor(next() * n);
        const kinds = Object.keys(GENERATORS);
        const position = (text: string) => {
            const lines = text.split('\n');
            const line = at(lines.length);
            return { line, character: at((lines[line]?.length ?? 0) + 1) };
        };
        const requests: Array<(text: string) => Promise<unknown>> = [
            text =>
                client.connection.sendRequest('textDocument/hover', {
                    textDocument: { uri },
                    position: position(text)
                }),
            text =>
                client.connection.sendRequest('textDocument/completion', {
                    textDocument: { uri },
                    position: position(text)
                }),
            text =>
                client.connection.sendRequest('textDocument/definition', {
                    textDocument: { uri },
                    position: position(text)
                }),
            text =>
                client.connection.sendRequest('textDocument/references', {
                    textDocument: { uri },
                    position: position(text),
                    context: { includeDeclaration: true }
                }),
            text =>
                client.connection.sendRequest('textDocument/prepareRename', {
                    textDocument: { uri },
                    position: position(text)
                }),
            text =>
                client.connection.sendRequest('textDocument/rename', {
                    textDocument: { uri },
                    position: position(text),
                    newName: 'Nytt'
                }),
            () => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
            () => client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }),
            () =>
                client.connection.sendRequest('textDocument/formatting', {
                    textDocument: { uri },
                    options: { tabSize: 4, insertSpaces: true }
                }),
            text => {
                const end = text.split('\n').length;
                return client.connection.sendRequest('textDocument/inlayHint', {
                    textDocument: { uri },
                    range: { start: { line: 0, character: 0 }, end: { line: end, character: 0 } }
                });
            },
            () => client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }),
            () => client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } }),
            () => client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }),
            text => {
                const start = position(text);
                return client.connection.sendRequest('textDocument/codeAction', {
                    textDocument: { uri },
                    range: { start, end: start },
                    context: { diagnostics: [] }
                });
            },
            text =>
                client.connection.sendRequest('textDocument/prepareCallHierarchy', {
                    textDocument: { uri },
                    position: position(text)
                }),
            () => client.connection.sendRequest('workspace/symbol', { query: 'Om' }),
            () => client.connection.sendRequest(PreviewRequest, { uri })
        ];
        const unanswered: string[] = [];
        const memory: number[] = [];
        let text = original;
        for (let version = 2; version < EDITS + 2; version++) {
            text =
                version % 25 === 0
                    ? GENERATORS[kinds[at(kinds.length)]!]!(next, 2_000)
                    : mutate(version % 7 === 0 ? original : text, next);
            await client.change(uri, text, version);
            const kind = at(requests.length);
            try {
                await Promise.race([
                    requests[kind]!(text).catch((error: { code?: number }) => {
                        // An error answer is an answer; a closed connection is not.
                        if (error.code === undefined) throw error;
                    }),
                    new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 20 s')), 20_000))
                ]);
            } catch (error) {
                unanswered.push(`edit ${version}, request ${kind}: ${(error as Error).message}`);
            }
            if (version % 20 === 0 && client.pid !== undefined) memory.push(rssKb(client.pid));
        }
        expect(unanswered).toEqual([]);
        expect(client.alive).toBe(true);
        await client.change(uri, original, EDITS + 2);
        // The repaired file is checked again: its diagnostics go back to none.
        const repaired = await client.diagnosticsFor(uri, p => p.diagnostics.length === 0, 60_000);
        expect(repaired.diagnostics).toEqual([]);
        const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        expect(symbols).not.toEqual([]);
        const third = Math.max(1, Math.floor(memory.length / 3));
        const early = Math.max(...memory.slice(0, third));
        const late = Math.max(...memory.slice(-third));
        expect(late, `resident memory ${memory.join(', ')} kB`).toBeLessThan(early * 1.5 + 50_000);
    }, 600_000);
});
