/**
 * Inriktning fulfilment, for the overview band: the weighted mean of the area's KF goals by the rules of
 * LANGUAGE.md section 4.3 (goal `vikt` as weight; saknas left out, never 0; none left is
 * saknas; uppfyllt/delvis by the model's bounds), and how many goals and measures under the area are in
 * each status. Computed here so every surface shows the same number; the spec names no area status, so
 * this is the same rule the vision (4.4) applies to all KF goals, applied to one area's.
 */
import type { AssessmentBounds, GoalView, NamedView } from '../model/model-view.js';
import type { AreaResult, GoalResult, GoalStatus, MeasureResult, MeasureStatus } from './result.js';
import { goalStatus, partition, weightedMean } from './roll-up.js';

export function areaRollUp(
    areas: readonly NamedView[],
    goals: readonly GoalView[],
    goalResults: readonly GoalResult[],
    measureResults: readonly MeasureResult[],
    bounds: AssessmentBounds
): AreaResult[] {
    const resultOf = new Map(goalResults.map(g => [g.id, g]));
    const measureOf = new Map(measureResults.map(m => [m.id, m]));
    const kfGoals = goals.filter(g => g.level === 'fullmäktige');
    const known = new Set(areas.map(a => a.id));
    const groups: Array<{ id: string | null; goals: GoalView[] }> = areas.map(a => ({
        id: a.id,
        goals: kfGoals.filter(g => g.area === a.id)
    }));
    const loose = kfGoals.filter(g => g.area === undefined || !known.has(g.area));
    if (loose.length > 0) {
        groups.push({ id: null, goals: loose });
    }
    return groups.map(({ id, goals: members }) => {
        const { counted, excluded } = partition(
            members.map(goal => ({
                kind: 'goal',
                id: goal.id,
                weight: goal.weight,
                score: resultOf.get(goal.id)?.fulfilment ?? null,
                missing: 'saknas'
            }))
        );
        const fulfilment = weightedMean(counted);
        return {
            id,
            goals: members.map(g => g.id),
            fulfilment,
            status: goalStatus(fulfilment, bounds),
            counted,
            excluded,
            counts: statusCounts(
                members.map(g => g.id),
                resultOf,
                measureOf
            )
        };
    });
}

/** Statuses of the KF goals, every goal contributing to them (recursively) and all their measures, each once. */
function statusCounts(
    roots: readonly string[],
    goals: ReadonlyMap<string, GoalResult>,
    measures: ReadonlyMap<string, MeasureResult>
): AreaResult['counts'] {
    const goalCounts: Partial<Record<GoalStatus, number>> = {};
    const measureCounts: Partial<Record<MeasureStatus, number>> = {};
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
        const goal = goals.get(stack.pop()!);
        if (goal === undefined || seen.has(goal.id)) {
            continue;
        }
        seen.add(goal.id);
        goalCounts[goal.status] = (goalCounts[goal.status] ?? 0) + 1;
        for (const id of goal.measures) {
            const status = measures.get(id)?.status;
            if (status !== undefined) {
                measureCounts[status] = (measureCounts[status] ?? 0) + 1;
            }
        }
        stack.push(...goal.contributors);
    }
    return { goals: goalCounts, measures: measureCounts };
}
