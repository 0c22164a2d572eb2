import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import type { StyrmodellServices } from '../../src/services.js';

const KUMLA = join(import.meta.dirname, '..', 'resources', 'kumla-reference');

/** The hover on a threshold line of the reference model: Kumla's DirektSvar, `hel  när rang <= 10` (line 32). */
describe('calibration hover on a threshold line', () => {
    let services: StyrmodellServices;
    let document: LangiumDocument;
    let ranked: number;

    beforeAll(async () => {
        const workspace = await loadWorkspace([KUMLA]);
        services = workspace.services;
        document = services.shared.workspace.LangiumDocuments.all.find(d => d.uri.path.endsWith('nämnderna.styr'))!;
        const key = services.references.ModelMembership.modelKeys()[0]!;
        // The number the hover must give: every municipality with a value for the KPI in 2019.
        ranked = services.analysis.ModelAnalysis.analyse(key)!.data.lookup.municipalities(
            'telefon-direktsvar',
            2019,
            'T'
        ).size;
    });

    async function hover(line: number, text: string): Promise<string> {
        const character = document.textDocument
            .getText({ start: { line, character: 0 }, end: { line, character: 200 } })
            .indexOf(text);
        expect(character, `"${text}" on line ${line + 1}`).toBeGreaterThanOrEqual(0);
        const answer = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line, character: character + 1 }
        });
        return answer && typeof answer.contents === 'object' && 'value' in answer.contents ? answer.contents.value : '';
    }

    it('on the number: how many municipalities reach the top 10 in the model’s year, and the municipality’s five years', async () => {
        expect(document.textDocument.getText().split('\n')[31]).toContain('hel  när rang <= 10');
        const text = await hover(31, '10');
        expect(ranked).toBeGreaterThan(100);
        expect(text).toContain(`Nås av 10 av ${ranked} kommuner 2019.`);
        expect(text).toMatch(/Kommunens senaste 5 år \(2015–2019\): .*2019/);
    });

    it('on a keyword: the calibration, then what the keyword means', async () => {
        const text = await hover(32, 'halv');
        expect(text).toContain(`Nås av 20 av ${ranked} kommuner 2019.`);
        expect(text).toContain('`halv`: ');
    });
});
