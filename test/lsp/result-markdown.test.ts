import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import type { ModelResult } from '../../src/fulfilment/index.js';
import { describeGoal, describeMeasure } from '../../src/lsp/result-markdown.js';
import { workbookModel } from '../support/workbook-model.js';

const KUMLA = join(import.meta.dirname, '..', 'resources', 'kumla-reference');

describe('hover text says where every number comes from', () => {
    let result: ModelResult;

    beforeAll(async () => {
        const workspace = await loadWorkspace([KUMLA]);
        const key = workspace.services.references.ModelMembership.modelKeys()[0];
        result = workspace.services.analysis.ModelAnalysis.analyse(key)!.result!;
    });

    it.each([
        [
            'DirektSvar',
            [
                'Värde 2019: **76,05\u00a0%** från resultat.csv rad 788',
                '`hel när rang <= 10`: nej',
                '`halv när rang <= 20`: ja ← avgjorde',
                '`rang` = 11 av 290'
            ]
        ],
        [
            'Hemtjänst',
            ['från hemtjanst.json rad', '`hel när kvartil = 1`: ja ← avgjorde', '`kvartil` = 1 (rang 50 av 266)']
        ],
        [
            'Sjukfrånvaro',
            [
                'Värde 2019: **6,8\u00a0%** från `utfall` på rad',
                '`halv när förändring < 0`: ja ← avgjorde',
                '`förändring` = \u22120,4 (2018: 7,2\u00a0% (`utfall` på rad'
            ]
        ],
        ['Åk6Betyg', ['`skillnad mot riket` = +2,5 (riket 76,5\u00a0% (resultat.csv rad 4066))']],
        ['Materialåtervinning', ['`skillnad mot Länet`', '`rang i Länet` = 5 av']],
        ['Besöksnöjdhet', ['⚪ saknas', 'Värde 2019: saknas']]
    ])('%s', (id, fragments) => {
        const text = describeMeasure(result.measures.find(m => m.id === id)!);
        for (const fragment of fragments) expect(text).toContain(fragment);
    });

    it('a goal shows its weighted mean and coverage', () => {
        const text = describeGoal(result.goals.find(g => g.id === 'GodService')!);
        expect(text).toContain('🔴 ej uppfyllt 25\u00a0%');
        expect(text).toContain('Täckning: 2 av 2 mått har värde');
        expect(text).toContain('- mått DirektSvar: 50\u00a0% × vikt 1');
    });
});

describe('hover on a value from a workbook', () => {
    it('names the file, the sheet and the row', async () => {
        const workspace = await loadWorkspace([workbookModel()]);
        const key = workspace.services.references.ModelMembership.modelKeys()[0];
        const result = workspace.services.analysis.ModelAnalysis.analyse(key)!.result!;
        expect(describeMeasure(result.measures[0]!)).toContain(
            'Värde 2024: **82,5\u00a0%** från egna.xlsx blad "Enkät" rad 4'
        );
    });
});
