import { describe, expect, it } from 'vitest';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import type { GoalView } from '../../src/model/model-view.js';
import { goal, loc, measure, memoryData, model, points } from './helpers.js';

/** Roll-up walks `bidrar till` with its own stack: a deep chain cannot overflow the JavaScript one. */
describe('a deep bidrar till chain', () => {
    it.each([2_000, 4_000])('rolls up a chain %i goals deep', depth => {
        const goals: GoalView[] = [];
        for (let i = 0; i < depth; i++) {
            const measures =
                i === depth - 1
                    ? [measure(`M${i}`, { direction: 'higher', actual: points({ 2019: 1 }), full: 'värde >= 1' })]
                    : [];
            goals.push(goal(`G${i}`, { contributesTo: [i === 0 ? 'Vision' : `G${i - 1}`] }, measures));
        }
        const result = computeFulfilment(
            model({ goals, vision: { id: 'Vision', title: 'Visionen', location: loc() } }),
            memoryData([]),
            2019
        );
        expect(result.goals).toHaveLength(depth);
        expect(result.goals.every(g => g.fulfilment === 1)).toBe(true);
        expect(result.goals[0]!.coverage.totalMeasures).toBe(1);
        expect(result.vision?.fulfilment).toBe(1);
    });
});
