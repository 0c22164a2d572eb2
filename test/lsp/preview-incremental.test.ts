/**
 * The preview answer after an edit is computed incrementally (issue 20): measures whose view and data did not
 * change keep their results from the last computation, and the packed answer keeps their packed parts. Whatever
 * the edit, the client's answer patched with the delta must be byte for byte the answer computed from scratch by
 * a fresh language server on the edited files. Each edit here is one that a wrong reuse would get wrong: a
 * measure's data reference, its name, its goal, a threshold, the model year, the municipality, a data file, a
 * follow-up's text, and lines moved by an inserted comment.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { preview } from '../../src/lsp/preview-handler.js';
import { patchedInput } from '../../src/render/render-input.js';
import { canonical, fromScratch } from './preview-from-scratch.js';

const ROOT = join(import.meta.dirname, '..', '..');
const KUMLA = join(ROOT, 'test', 'resources', 'kumla-reference');
const EXAMPLE = join(ROOT, 'examples', 'exempelkommun');

const scratch = mkdtempSync(join(tmpdir(), 'styrmodell-preview-incremental-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;

const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface Edit {
    /** The file (relative to the model's folder) and what becomes of its text. */
    file: string;
    change: (text: string) => string;
    /** A data file: the server learns of it from its file watcher, not from Langium. */
    data?: boolean;
}

/** Edits a copy of `model` as a client would, and returns the patched answer beside the one computed from scratch. */
async function editAndCompare(model: string, edits: Edit[]): Promise<void> {
    const folder = join(scratch, `model-${copies++}`);
    cpSync(model, folder, { recursive: true });
    const { services } = await loadWorkspace([folder]);
    const membership = services.references.ModelMembership;
    const key = membership.modelKeys()[0]!;
    const document = membership.documentsOf(key)[0]!;
    const uri = document.uri.toString();
    const whole = preview(services, document);
    if (whole.kind !== 'ok') throw new Error(`no answer: ${JSON.stringify(whole)}`);
    expect(preview(services, document, undefined, whole.version).kind).toBe('unchanged');
    // An edit that changes no result first (a comment at the end): a model keeps its results from its second
    // computation on, so the edit under test meets kept results and a packed answer to take parts over from.
    const header = membership.documentsOf(key)[0]!.uri;
    writeFileSync(header.fsPath, `${readFileSync(header.fsPath, 'utf8')}\n// Uppvärmning.\n`);
    await services.shared.workspace.DocumentBuilder.update([header], []);
    const warm = sent(preview(services, membership.documentsOf(key)[0]!, undefined, whole.version));
    if (warm.kind !== 'delta') throw new Error(`no delta: ${JSON.stringify(warm).slice(0, 300)}`);
    const first = { version: warm.version };
    const held = patchedInput(sent(whole.input), warm.patch)!;

    const changed: URI[] = [];
    for (const edit of edits) {
        const path = join(folder, edit.file);
        const text = readFileSync(path, 'utf8');
        const next = edit.change(text);
        expect(next, `the edit of ${edit.file} changes nothing`).not.toBe(text);
        writeFileSync(path, next);
        if (edit.data) {
            for (const modelKey of services.analysis.ModelAnalysis.dataFileChanged(path))
                for (const d of membership.documentsOf(modelKey)) changed.push(d.uri);
        } else changed.push(URI.file(path));
    }
    await services.shared.workspace.DocumentBuilder.update(changed, []);
    const current = membership.documentsOf(membership.modelKeyOf(document)!)[0]!;
    const answer = sent(preview(services, current, undefined, first.version));
    const merged =
        answer.kind === 'delta' ? patchedInput(held, answer.patch) : answer.kind === 'ok' ? answer.input : undefined;
    expect(merged, JSON.stringify(answer).slice(0, 300)).toBeDefined();
    const expected = await fromScratch(folder, uri);
    expect(canonical(merged!)).not.toBe(canonical(held));
    expect(canonical(merged!)).toBe(expected);
}

const inNämnderna = (change: (text: string) => string): Edit => ({ file: 'nämnderna.styr', change });

describe('the preview answer after an edit equals the answer computed from scratch', () => {
    it('a threshold', () =>
        editAndCompare(KUMLA, [inNämnderna(text => text.replace('hel  när värde >= 90', 'hel  när värde >= 80'))]));

    it("a measure's data reference", () =>
        editAndCompare(KUMLA, [inNämnderna(text => text.replace('nyckeltal N15428', 'nyckeltal N15543'))]));

    it("a measure's name", () =>
        editAndCompare(KUMLA, [inNämnderna(text => text.replace('mått Åk6Betyg', 'mått Åk6Betygen'))]));

    it("a measure's goal (the goal renamed)", () =>
        editAndCompare(KUMLA, [inNämnderna(text => text.replace('mål GodkändaResultat', 'mål GodkändaElever'))]));

    it('a measure moved to another goal', () =>
        editAndCompare(KUMLA, [
            inNämnderna(text => {
                const start = text.indexOf('    mått Åk6Betyg');
                const end = text.indexOf('    }\n', start) + 6;
                const measure = text.slice(start, end);
                const rest = text.slice(0, start) + text.slice(end);
                const at = rest.indexOf('    mått Hemtjänst');
                return `${rest.slice(0, at)}${measure}\n${rest.slice(at)}`;
            })
        ]));

    it('the model year', () =>
        editAndCompare(KUMLA, [{ file: 'styrmodell.styr', change: text => text.replace('år 2019', 'år 2018') }]));

    it('the municipality', () =>
        editAndCompare(KUMLA, [{ file: 'styrmodell.styr', change: text => text.replace('"1881"', '"1880"') }]));

    it('a value in a data file', () =>
        editAndCompare(KUMLA, [
            {
                file: 'data/resultat.csv',
                data: true,
                change: text => text.replace(/^(N15428;1881;2019;T;)[\d,]+$/m, '$155,5')
            }
        ]));

    it('lines moved by a comment above every measure', () =>
        editAndCompare(KUMLA, [inNämnderna(text => `// En ny första rad.\n${text}`)]));

    it("a follow-up's analysis of a measure", () =>
        editAndCompare(EXAMPLE, [
            {
                file: 'uppföljning.styr',
                change: text => text.replace('placeringen blev inte topp 10.', 'placeringen blev inte topp 10 i år.')
            }
        ]));

    it('a threshold in a model with follow-ups and an interim report', () =>
        editAndCompare(EXAMPLE, [
            {
                file: 'ks.styr',
                change: text => text.replace(/([<>]=?\s*)(\d+)/, (_, op: string, n: string) => `${op}${Number(n) + 1}`)
            }
        ]));
});
