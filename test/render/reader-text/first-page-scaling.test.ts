import { describe, expect, it } from 'vitest';
import { renderInputOf } from '../../../src/language/analysis/model-analysis.js';
import { firstPage } from '../../../src/render/reader-text/first-page.js';
import { buildReportTree } from '../../../src/render/report-model.js';
import { buildWorkspace } from '../../language/workspace-helper.js';

/**
 * The first page lists every KF goal; each entry used to look up all goals again (the goals by id, last year's
 * result by id, whether the inriktning's weights differ), so the page cost the square of the number of KF
 * goals: seconds in every format for the 1,600 KF goals of a deep chain of the wrong levels.
 */
const HEADER = 'styrmodell F "F" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "V"\n\n';

function kfGoal(i: number): string {
    return `mål G${i} "G${i}" {\n    nivå fullmäktige\n    bidrar till V\n    vikt ${1 + (i % 2)}\n    mått M "M" {\n        högre är bättre\n        utfall {\n            2018 4\n            2019 5\n        }\n        hel när värde >= 5\n    }\n}\n`;
}

describe('the first page of a model with many KF goals', () => {
    it('reads the lists of goals a bounded number of times a goal, not once per goal per goal', async () => {
        const n = 300;
        const workspace = await buildWorkspace({
            'm.styr': HEADER + Array.from({ length: n }, (_, i) => kfGoal(i)).join('')
        });
        const analysis = workspace.services.analysis.ModelAnalysis.analyseDocument(workspace.documents['m.styr']!);
        const tree = buildReportTree(renderInputOf(analysis!)!)!;
        let reads = 0;
        const counted = <T extends object>(list: T[]): T[] =>
            new Proxy(list, {
                get(target, property, receiver) {
                    if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
                    return Reflect.get(target, property, receiver) as unknown;
                }
            });
        const before = tree.input.results.find(r => r.year === tree.year - 1)!;
        expect(before.goals).toHaveLength(n);
        (tree.view as { goals: unknown }).goals = counted(tree.view.goals);
        (before as { goals: unknown }).goals = counted(before.goals);
        const page = firstPage(tree);
        expect(page.areas.flatMap(a => a.goals)).toHaveLength(n);
        expect(page.areas[0]!.goals[0]!.trend).toBeDefined();
        expect(page.areas[0]!.goals[0]!.weight).toBe('vikt 1');
        // Was 136,050 reads for 300 goals.
        expect(reads).toBeLessThanOrEqual(5 * n);
    });
});
