import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelChangedNotification, type ModelChangedParams, PreviewRequest } from '../../src/protocol.js';
import { unpackRenderInput } from '../../src/render/render-input.js';
import { LspClient } from './lsp-client.js';

const FIXTURE = join(import.meta.dirname, '..', 'resources', 'lsp-model');

function followUp(motivation: string, year = 2020): string {
    return `del av Testby

uppföljning ${year} "Årsredovisning ${year}" {
    mått NöjdaBrukare.Nöjdhet {
        bedömning hel "${motivation}"
    }
}
`;
}

/** The preview follows the follow-up file as the planner types in it, and offers a year that has only a follow-up. */
describe('the preview and an uppföljning file', () => {
    let folder: string;
    let client: LspClient;
    let mainUri: string;
    let followUpUri: string;
    const changed: string[][] = [];

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-followup-'));
        cpSync(FIXTURE, folder, { recursive: true });
        writeFileSync(join(folder, 'uppfoljning.styr'), followUp('Första texten.'));
        mainUri = pathToFileURL(join(folder, 'modell.styr')).toString();
        followUpUri = pathToFileURL(join(folder, 'uppfoljning.styr')).toString();
        client = new LspClient();
        client.connection.onNotification(ModelChangedNotification.method, (params: ModelChangedParams) => {
            changed.push(params.uris);
        });
        await client.initialize(folder);
        await client.open(mainUri, readFileSync(join(folder, 'modell.styr'), 'utf8'));
        await client.open(
            pathToFileURL(join(folder, 'nämnd.styr')).toString(),
            readFileSync(join(folder, 'nämnd.styr'), 'utf8')
        );
        await client.open(followUpUri, followUp('Första texten.'));
        await client.diagnosticsFor(followUpUri);
    });

    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    async function assessment(year?: number): Promise<string | undefined> {
        const result = await client.connection.sendRequest(PreviewRequest, { uri: mainUri, year });
        if (result.kind !== 'ok') return undefined;
        const input = unpackRenderInput(result.input);
        const shown = input.results.find(r => r.year === (year ?? input.year));
        return shown?.measures.find(m => m.id === 'Nöjdhet')?.assessment?.motivation;
    }

    it('updates live when the follow-up is edited: the model is announced as changed and the new text is shown', async () => {
        expect(await assessment()).toBe('Första texten.');
        changed.length = 0;
        await client.change(followUpUri, followUp('Andra texten, \\"citerad\\".'), 2);
        await expect.poll(() => changed.some(uris => uris.includes(mainUri)), { timeout: 20_000 }).toBe(true);
        expect(await assessment()).toBe('Andra texten, "citerad".');
    });

    it('offers a year that has a follow-up but no data, with its text', async () => {
        await client.change(followUpUri, followUp('Ett år utan data.', 2015), 3);
        await expect
            .poll(
                async () => {
                    const result = await client.connection.sendRequest(PreviewRequest, { uri: mainUri });
                    return result.kind === 'ok' ? unpackRenderInput(result.input).results.map(r => r.year) : [];
                },
                { timeout: 20_000 }
            )
            .toContain(2015);
        expect(await assessment(2015)).toBe('Ett år utan data.');
    });
});
