import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

/** A client that sends nonsense must not take the server down for the documents that are fine. */
describe('the language server and malformed messages', () => {
    let folder: string;
    let client: LspClient;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-malformed-'));
        client = new LspClient();
        await client.initialize(folder);
    });
    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('survives didOpen without a text, with a number for a text, with a URI that is not one, and without a document', async () => {
        const send = (params: unknown) => client.connection.sendNotification('textDocument/didOpen', params as never);
        await send({
            textDocument: {
                uri: pathToFileURL(join(folder, 'a.styr')).toString(),
                languageId: 'styrmodell',
                version: 1
            }
        });
        await send({
            textDocument: {
                uri: pathToFileURL(join(folder, 'b.styr')).toString(),
                languageId: 'styrmodell',
                version: 1,
                text: 42
            }
        });
        await send({
            textDocument: { uri: 'inte en uri', languageId: 'styrmodell', version: 1, text: 'vision V "V"' }
        });
        await send({ textDocument: null });
        await send({});
        const uri = pathToFileURL(join(folder, 'ok.styr')).toString();
        await client.open(uri, 'styrmodell M "M" {\n    kommun "1881"\n    år 2019\n}\nvision V "V"\nvision V "W"\n');
        const diagnostics = await client.diagnosticsFor(uri, p => p.diagnostics.length > 0);
        expect(diagnostics.diagnostics.map(d => d.code)).toContain('duplicate-name');
        const hover = await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri },
            position: { line: 4, character: 1 }
        });
        expect(hover).toBeTruthy();
    });

    it('publishes messages as plain text: quotes, not Markdown backticks', async () => {
        const uri = pathToFileURL(join(folder, 'utan-niva.styr')).toString();
        await client.open(
            uri,
            'styrmodell M2 "M" {\n    kommun "1881"\n    år 2019\n}\nvision V2 "V"\nmål G "G" {\n    bidrar till V2\n}\n'
        );
        const published = await client.diagnosticsFor(uri, p => p.diagnostics.some(d => d.code === 'missing-level'));
        const message = published.diagnostics.find(d => d.code === 'missing-level')!.message;
        expect(message).toBe('Målet G saknar nivå. Skriv ”nivå fullmäktige” eller ”nivå nämnd”.');
    });
});
