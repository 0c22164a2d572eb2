import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { PreviewRequest, type PreviewResult } from '../../src/protocol.js';
import { unpackRenderInput } from '../../src/render/render-input.js';
import { LspClient, positionOf } from './lsp-client.js';

const FIXTURE = join(import.meta.dirname, '..', 'resources', 'lsp-model');

/** Everything the editor shows for the committee goal NöjdaBrukare and its measure Nöjdhet, from every surface. */
interface Surfaces {
    lens: string | undefined;
    goalHint: string | undefined;
    measureHint: string | undefined;
    hintTooltips: string[];
    hover: string;
    preview: PreviewResult;
    mainPreview: PreviewResult;
}

async function surfaces(client: LspClient, committeeUri: string, mainUri: string, text: string): Promise<Surfaces> {
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', {
        textDocument: { uri: committeeUri }
    })) as CodeLens[];
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri: committeeUri },
        range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } }
    })) as InlayHint[];
    const label = (line: number) => {
        const hint = hints.find(h => h.position.line === line);
        return typeof hint?.label === 'string' ? hint.label.trim() : undefined;
    };
    const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: committeeUri },
        position: positionOf(text, 'Nöjdhet "', 2)
    })) as Hover;
    return {
        lens: lenses[0]?.command?.title,
        goalHint: label(positionOf(text, 'mål NöjdaBrukare').line),
        measureHint: label(positionOf(text, 'mått Nöjdhet').line),
        hintTooltips: hints.map(h => (typeof h.tooltip === 'string' ? h.tooltip : '')),
        hover: (hover?.contents as { value: string } | undefined)?.value ?? '',
        preview: await client.connection.sendRequest(PreviewRequest, { uri: committeeUri }),
        mainPreview: await client.connection.sendRequest(PreviewRequest, { uri: mainUri })
    };
}

/** The measure's status and the goal's percentage in a preview answer. */
function previewNumbers(result: PreviewResult): { measure: string; goal: number | null } | undefined {
    if (result.kind !== 'ok') return undefined;
    const input = unpackRenderInput(result.input);
    const shown = input.results.find(r => r.year === input.year)!;
    return {
        measure: shown.measures.find(m => m.id === 'Nöjdhet')!.status,
        goal: shown.goals.find(g => g.id === 'NöjdaBrukare')!.fulfilment
    };
}

/** READERS.md section 7: during a syntax error every surface shows the last valid result, marked, or nothing. */
describe('the editor agrees with itself during a syntax error', () => {
    let folder: string;
    let client: LspClient;
    let mainUri: string;
    let committeeUri: string;
    let committeeText: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-last-valid-'));
        cpSync(FIXTURE, folder, { recursive: true });
        mainUri = pathToFileURL(join(folder, 'modell.styr')).toString();
        committeeUri = pathToFileURL(join(folder, 'nämnd.styr')).toString();
        committeeText = readFileSync(join(folder, 'nämnd.styr'), 'utf8');
        client = new LspClient();
        await client.initialize(folder);
        await client.open(mainUri, readFileSync(join(folder, 'modell.styr'), 'utf8'));
        await client.open(committeeUri, committeeText);
        await client.diagnosticsFor(committeeUri);
    });

    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('shows the same result on the lens, the hints, the hover and the preview before, during and after', async () => {
        const valid = await surfaces(client, committeeUri, mainUri, committeeText);
        expect(valid.lens).toMatch(/delvis 50\u00a0% \(2020\)$/);
        expect(valid.goalHint).toBe('🟡 delvis 50\u00a0% (2020)');
        expect(valid.measureHint).toBe('🟡 halv · 88,5\u00a0% (2020)');
        expect(valid.hover).toContain('halv');
        expect(valid.hover).not.toContain('Senaste giltiga');
        expect(previewNumbers(valid.preview)).toEqual({ measure: 'halv', goal: 0.5 });
        expect(valid.preview.kind === 'ok' && valid.preview.errors).toBe(undefined);

        // A threshold that would make the measure hel, and a syntax error further down: the parser keeps the
        // threshold, so a surface computing from the broken text would say "uppfyllt 100 %".
        const broken = `${committeeText.replace('hel  när värde >= 90', 'hel  när värde >= 80')}\n@@ trasig rad\n`;
        const errorLine = broken.split('\n').indexOf('@@ trasig rad') + 1;
        await client.change(committeeUri, broken, 2);
        await client.diagnosticsFor(committeeUri, p => p.diagnostics.some(d => d.severity === 1));
        const during = await surfaces(client, committeeUri, mainUri, broken);
        const note = `Senaste giltiga resultat; rad ${errorLine} har fel`;
        expect(during.lens).toBe(`1 mått · delvis 50\u00a0% (2020) · ${note}`);
        expect(during.goalHint).toBe('🟡 delvis 50\u00a0% (2020; senaste giltiga resultat)');
        expect(during.measureHint).toBe('🟡 halv · 88,5\u00a0% (2020; senaste giltiga resultat)');
        expect(during.hintTooltips).toEqual([note, note]);
        expect(during.hover.startsWith(`*${note}.*`)).toBe(true);
        expect(during.hover).toContain('halv');
        expect(during.hover).not.toContain('hel när värde >= 80');
        expect(previewNumbers(during.preview)).toEqual({ measure: 'halv', goal: 0.5 });
        expect(during.preview.kind === 'ok' && during.preview.errors?.lastValid).toBe(note);
        // From the other file of the model the note names the file with the error, workspace-relative.
        expect(previewNumbers(during.mainPreview)).toEqual({ measure: 'halv', goal: 0.5 });
        expect(during.mainPreview.kind === 'ok' && during.mainPreview.errors?.lastValid).toBe(
            `Senaste giltiga resultat; nämnd.styr rad ${errorLine} har fel`
        );

        // Fixed: every surface shows the new result, unmarked.
        const fixed = committeeText.replace('hel  när värde >= 90', 'hel  när värde >= 80');
        await client.change(committeeUri, fixed, 3);
        await client.diagnosticsFor(committeeUri, p => !p.diagnostics.some(d => d.severity === 1));
        const after = await surfaces(client, committeeUri, mainUri, fixed);
        expect(after.lens).toMatch(/uppfyllt 100\u00a0% \(2020\)$/);
        expect(after.goalHint).toBe('🟢 uppfyllt 100\u00a0% (2020)');
        expect(after.hover).not.toContain('Senaste giltiga');
        expect(previewNumbers(after.preview)).toEqual({ measure: 'hel', goal: 1 });
        expect(after.preview.kind === 'ok' && after.preview.errors).toBe(undefined);
    });
});

describe('a model that has had a syntax error since it was opened', () => {
    let folder: string;
    let client: LspClient;
    let committeeUri: string;
    let broken: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-no-valid-'));
        cpSync(FIXTURE, folder, { recursive: true });
        broken = `${readFileSync(join(folder, 'nämnd.styr'), 'utf8')}\n@@ trasig rad\n`;
        writeFileSync(join(folder, 'nämnd.styr'), broken);
        committeeUri = pathToFileURL(join(folder, 'nämnd.styr')).toString();
        client = new LspClient();
        await client.initialize(folder);
        await client.open(committeeUri, broken);
        await client.diagnosticsFor(committeeUri, p => p.diagnostics.some(d => d.severity === 1));
    });

    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    it('shows no number anywhere, and says why', async () => {
        const mainUri = pathToFileURL(join(folder, 'modell.styr')).toString();
        const none = await surfaces(client, committeeUri, mainUri, broken);
        const errorLine = broken.split('\n').indexOf('@@ trasig rad') + 1;
        expect(none.lens).toBe(undefined);
        expect(none.goalHint).toBe(undefined);
        expect(none.measureHint).toBe(undefined);
        expect(none.hover).toContain(`Inget giltigt resultat ännu; rad ${errorLine} har fel`);
        expect(none.hover).not.toMatch(/halv|hel|%/);
        expect(none.preview).toEqual({
            kind: 'unavailable',
            message: `Inget giltigt resultat ännu; rad ${errorLine} har fel.`
        });
    });
});
