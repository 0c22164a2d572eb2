import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PreviewRequest, UNTRUSTED_PREVIEW_MESSAGE, WorkspaceTrustedNotification } from '../../src/protocol.js';
import { KUMLA } from '../cli/run-cli.js';
import { LspClient } from './lsp-client.js';

/** VS Code's Restricted Mode: the client starts the server with `trusted: false`, and later may trust the workspace. */
describe('language server in an untrusted workspace', () => {
    let folder: string;
    let client: LspClient;
    let committeeUri: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-untrusted-'));
        cpSync(KUMLA, folder, { recursive: true });
        committeeUri = pathToFileURL(join(folder, 'nämnderna.styr')).toString();
        client = new LspClient();
        await client.initialize(folder, { trusted: false });
        await client.open(
            pathToFileURL(join(folder, 'styrmodell.styr')).toString(),
            readFileSync(join(folder, 'styrmodell.styr'), 'utf8')
        );
        const text = readFileSync(join(folder, 'nämnderna.styr'), 'utf8');
        await client.open(committeeUri, text.replace('    ansvarig KLF\n', '    ansvarig Okänd\n'));
    });

    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('checks the language but runs no data check, and the preview says why in one sentence', async () => {
        const published = await client.diagnosticsFor(committeeUri, p => p.diagnostics.length > 0);
        expect(published.diagnostics.map(d => d.code)).toEqual(['unresolved-reference']);
        const preview = await client.connection.sendRequest(PreviewRequest, { uri: committeeUri });
        expect(preview).toEqual({ kind: 'unavailable', message: UNTRUSTED_PREVIEW_MESSAGE });
        expect(UNTRUSTED_PREVIEW_MESSAGE).toMatch(/^Arbetsytan är inte betrodd[^.;!?]*\.$/);
    });

    it('reads the data once the workspace is trusted', async () => {
        await client.connection.sendNotification(WorkspaceTrustedNotification);
        const published = await client.diagnosticsFor(committeeUri, p =>
            p.diagnostics.some(d => d.code === 'no-value-for-year')
        );
        expect(published.diagnostics.map(d => d.code).sort()).toEqual(['no-value-for-year', 'unresolved-reference']);
        const preview = await client.connection.sendRequest(PreviewRequest, { uri: committeeUri });
        expect(preview.kind).toBe('ok');
    });
});
