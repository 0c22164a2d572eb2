/**
 * ModelAnalysis keeps each model's result until a document of that model changes (issue 20: eviction by model,
 * where it used to clear every model's result on any change).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../src/cli/workspace.js';
import type { StyrmodellServices } from '../../../src/services.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'resources', 'lsp-model');

describe('ModelAnalysis evicts by model', () => {
    let folder: string;
    let services: StyrmodellServices;
    let keys: { a: string; b: string };

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-analysis-'));
        cpSync(FIXTURE, join(folder, 'a'), { recursive: true });
        cpSync(FIXTURE, join(folder, 'b'), { recursive: true });
        services = (await loadWorkspace([folder])).services;
        const membership = services.references.ModelMembership;
        const keyIn = (sub: string) => membership.modelKeyOfUri(URI.file(join(folder, sub, 'modell.styr')).toString())!;
        keys = { a: keyIn('a'), b: keyIn('b') };
        expect(keys.a).not.toBe(keys.b);
    });

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    async function edit(sub: string, file: string, change: (text: string) => string): Promise<void> {
        const path = join(folder, sub, file);
        writeFileSync(path, change(readFileSync(path, 'utf8')));
        await services.shared.workspace.DocumentBuilder.update([URI.file(path)], []);
    }

    it('keeps the other model’s result through an edit and recomputes the edited one’s', async () => {
        const analysis = services.analysis.ModelAnalysis;
        const a = analysis.analyse(keys.a)!;
        const b = analysis.analyse(keys.b)!;
        expect(analysis.analyse(keys.a)).toBe(a);

        await edit('a', 'nämnd.styr', text => text.replace('>= 90', '>= 91'));
        const a2 = analysis.analyse(keys.a)!;
        expect(a2).not.toBe(a);
        expect(a2.view.goals.flatMap(g => g.measures).find(m => m.id === 'Nöjdhet')?.thresholds[0]).toMatchObject({
            condition: { parts: [{ value: 91 }] }
        });
        expect(analysis.analyse(keys.b)).toBe(b);

        // And the other way round.
        await edit('b', 'nämnd.styr', text => `${text}\n`);
        expect(analysis.analyse(keys.b)).not.toBe(b);
        expect(analysis.analyse(keys.a)).toBe(a2);
    });
});
