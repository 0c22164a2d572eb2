/**
 * After an edit, the preview answer to a client that names the version it holds is only what changed (issue 20),
 * and the client's answer patched with it is exactly the whole answer, and the answer a fresh server computes from
 * the edited files: for every model of the examples and seeds, the same packed JSON (keys in the same order) and
 * so the same unpacked input the webview draws.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { preview } from '../../src/lsp/preview-handler.js';
import type { PreviewResult } from '../../src/protocol.js';
import { type PackedRenderInput, patchedInput, unpackRenderInput } from '../../src/render/render-input.js';
import { canonical, fromScratch } from './preview-from-scratch.js';

const ROOT = join(import.meta.dirname, '..', '..');
const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function modelFolders(): string[] {
    return ['examples', 'seeds'].flatMap(parent =>
        readdirSync(join(ROOT, parent))
            .map(name => join(parent, name))
            .filter(path => statSync(join(ROOT, path)).isDirectory())
    );
}

/** A threshold's number (`>= 90`, `<= 12,5`) in the text: the edit a planner makes most. */
const THRESHOLD = /([<>]=?\s*)(\d+)/;

const scratch = mkdtempSync(join(tmpdir(), 'styrmodell-preview-delta-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function whole(result: PreviewResult): PackedRenderInput {
    if (result.kind !== 'ok') throw new Error(`no whole answer: ${JSON.stringify(result).slice(0, 300)}`);
    return result.input;
}

describe.each(modelFolders())('the preview answer after an edit in %s', folder => {
    it('is a patch that gives the whole answer exactly', async () => {
        const copy = join(scratch, folder);
        cpSync(join(ROOT, folder), copy, { recursive: true });
        const workspace = await loadWorkspace([copy]);
        const services = workspace.services;
        const membership = services.references.ModelMembership;
        let edited = 0;
        for (const key of membership.modelKeys()) {
            const documents = membership.documentsOf(key);
            const target = documents.find(d => THRESHOLD.test(d.textDocument.getText()));
            const first = preview(services, documents[0]!);
            if (!target || first.kind !== 'ok') continue;
            const held = sent(first.input);
            const path = target.uri.fsPath;
            const text = readFileSync(path, 'utf8');
            writeFileSync(
                path,
                text.replace(THRESHOLD, (_, op: string, n: string) => `${op}${Number(n) + 1}`)
            );
            await services.shared.workspace.DocumentBuilder.update([URI.file(path)], []);
            const document = membership.documentsOf(key)[0]!;
            const delta = sent(preview(services, document, undefined, first.version));
            expect(delta.kind).toBe('delta');
            if (delta.kind !== 'delta') continue;
            expect(delta.base).toBe(first.version);
            const after = whole(preview(services, document));
            const merged = patchedInput(held, delta.patch);
            expect(JSON.stringify(merged)).toBe(JSON.stringify(after));
            // And that answer is the one a fresh server computes from the edited files.
            expect(canonical(merged!)).toBe(await fromScratch(copy, document.uri.toString()));
            expect(unpackRenderInput(merged!)).toEqual(unpackRenderInput(sent(after)));
            // Only what changed travels: the patch is smaller than the answer it stands for.
            expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(after).length);
            expect(JSON.stringify(after)).not.toBe(JSON.stringify(held));
            edited++;
        }
        expect(edited).toBeGreaterThan(0);
    });
});
