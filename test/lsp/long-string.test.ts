import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

/** A 10 MB description in a didChange took the language server process down (issue 18, item 1). */
describe('the language server and a 10 MB string', () => {
    let folder: string;
    let client: LspClient;
    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-long-'));
        client = new LspClient();
        await client.initialize(folder);
    });
    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('checks the document and keeps answering', async () => {
        const uri = pathToFileURL(join(folder, 'lång.styr')).toString();
        const header = 'styrmodell M "M" {\n    kommun "1881"\n    år 2019\n}\n\n';
        await client.open(uri, `${header}vision V "V"\n`);
        await client.diagnosticsFor(uri, p => p.version === 1 || p.diagnostics.length === 0);
        const long = `${header}vision V "V" {\n    beskrivning "${'m'.repeat(10 * 1024 * 1024)}"\n}\nvision V "W"\n`;
        await client.change(uri, long, 2);
        const published = await client.diagnosticsFor(
            uri,
            p => p.diagnostics.some(d => d.code === 'duplicate-name'),
            120_000
        );
        expect(published.diagnostics.map(d => d.code)).toContain('duplicate-name');
        const hover = await client.connection.sendRequest('textDocument/hover', {
            textDocument: { uri },
            position: { line: 5, character: 7 }
        });
        expect(hover).toBeTruthy();
    }, 180_000);
});
