/**
 * Goal and vision fulfilment (LANGUAGE.md sections 4.3, 4.4 and 4.6): weighted means up the goal chain.
 */
import { type MeasureKey, measureKey } from '../model/measure-key.js';
import type { AssessmentBounds, GoalView, MeasureView, NamedView } from '../model/model-view.js';
import { type FollowUpIndex, goalScore, indexFollowUp, isGoalStatus, judgementOf, notesOf } from './follow-up.js';
import { reaches } from './numbers.js';
import type {
    Contribution,
    Coverage,
    Exclusion,
    GoalResult,
    GoalStatus,
    MeasureResult,
    VisionResult
} from './result.js';
import { statusWord } from './status.js';

export function goalStatus(fulfilment: number | null, bounds: AssessmentBounds): GoalStatus {
    if (fulfilment === null) {
        return 'saknas';
    }
    if (reaches(fulfilment, bounds.achieved)) {
        return 'uppfyllt';
    }
    return reaches(fulfilment, bounds.partly) ? 'delvis' : 'ej_uppfyllt';
}

/** Weighted mean of the counted items; null when none has weight. */
export function weightedMean(counted: readonly Contribution[]): number | null {
    let weights = 0;
    let sum = 0;
    for (const item of counted) {
        weights += item.weight;
        sum += item.weight * item.score;
    }
    return weights > 0 ? sum / weights : null;
}

interface Item {
    kind: 'measure' | 'goal';
    id: string;
    weight: number;
    /** null: saknas or ej bedömd. */
    score: number | null;
    /** Why a null score is not counted. */
    missing: string;
}

/**
 * Splits items into the mean and the left-out. A weight is positive (`vikt 0` is the invalid-weight error); one
 * that is not, in a model still being typed, is left out rather than allowed to divide by zero.
 */
export function partition(items: readonly Item[]): { counted: Contribution[]; excluded: Exclusion[] } {
    const counted: Contribution[] = [];
    const excluded: Exclusion[] = [];
    for (const item of items) {
        if (item.score === null) {
            excluded.push({ kind: item.kind, id: item.id, reason: item.missing });
        } else if (!(item.weight > 0)) {
            excluded.push({ kind: item.kind, id: item.id, reason: 'vikt 0' });
        } else {
            counted.push({ kind: item.kind, id: item.id, weight: item.weight, score: item.score });
        }
    }
    return { counted, excluded };
}

export interface RollUp {
    goals: GoalResult[];
    vision?: VisionResult;
}

/**
 * Rolls measure scores up through `bidrar till`. A goal contributing to two goals counts in both.
 * The language checks report cycles; here a goal met again while it is being computed is simply left
 * out (reason `cykel`), so a cyclic model still terminates with a result. A goal the follow-up assesses
 * counts for its parents as 1, 0.5 or 0 (section 8.2); its computed fulfilment is kept beside it.
 */
export function rollUp(
    goals: readonly GoalView[],
    vision: NamedView | undefined,
    measures: ReadonlyMap<MeasureKey, MeasureResult>,
    bounds: AssessmentBounds,
    followUp: FollowUpIndex = indexFollowUp(undefined)
): RollUp {
    const contributorsOf = new Map<string, GoalView[]>();
    for (const goal of goals) {
        for (const target of new Set(goal.contributesTo)) {
            let list = contributorsOf.get(target);
            if (list === undefined) {
                list = [];
                contributorsOf.set(target, list);
            }
            list.push(goal);
        }
    }
    const done = new Map<string, GoalResult>();
    const inProgress = new Set<string>();

    const contributorItem = (contributor: GoalView, result: GoalResult | undefined): Item =>
        result === undefined
            ? { kind: 'goal', id: contributor.id, weight: contributor.weight, score: null, missing: 'cykel' }
            : {
                  kind: 'goal',
                  id: contributor.id,
                  weight: contributor.weight,
                  score: result.fulfilment,
                  missing: 'saknas'
              };

    const finishGoal = (goal: GoalView, items: readonly Item[]): GoalResult => {
        const { counted, excluded } = partition(items);
        const computedFulfilment = weightedMean(counted);
        const computedStatus = goalStatus(computedFulfilment, bounds);
        const entry = followUp.goal(goal.id);
        const assessment = judgementOf(entry?.assessment, isGoalStatus);
        const forecast = judgementOf(entry?.forecast, isGoalStatus);
        const result: GoalResult = {
            id: goal.id,
            title: goal.title,
            location: goal.location,
            level: goal.level,
            weight: goal.weight,
            fulfilment: assessment ? goalScore(assessment.status) : computedFulfilment,
            status: assessment?.status ?? computedStatus,
            computedFulfilment,
            computedStatus,
            ...notesOf(entry),
            counted,
            excluded,
            coverage: coverage(goal.id, goal.measures),
            contributors: (contributorsOf.get(goal.id) ?? []).map(contributor => contributor.id),
            measures: goal.measures.map(measure => measure.id)
        };
        if (assessment) {
            result.assessment = assessment;
        }
        if (forecast) {
            result.forecast = forecast;
        }
        inProgress.delete(goal.id);
        done.set(goal.id, result);
        return result;
    };

    const measureItems = (goal: GoalView): Item[] =>
        goal.measures.map(measure => {
            const result = measures.get(measureKey(measure));
            return {
                kind: 'measure',
                id: measure.id,
                weight: measure.weight,
                score: result?.score ?? null,
                missing: statusWord(result?.status === 'ej_bedomd' ? 'ej_bedomd' : 'saknas')
            };
        });

    /**
     * Depth first through the contributors, on an explicit stack so that a chain thousands of goals deep
     * cannot overflow the call stack. A contributor still in progress is a cycle and is left out.
     */
    const computeGoal = (root: GoalView): GoalResult => {
        const known = done.get(root.id);
        if (known !== undefined) {
            return known;
        }
        const frames: Array<{ goal: GoalView; items: Item[]; contributors: readonly GoalView[]; next: number }> = [];
        const open = (goal: GoalView) => {
            inProgress.add(goal.id);
            frames.push({ goal, items: measureItems(goal), contributors: contributorsOf.get(goal.id) ?? [], next: 0 });
        };
        open(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1]!;
            if (frame.next === frame.contributors.length) {
                frames.pop();
                finishGoal(frame.goal, frame.items);
                continue;
            }
            const contributor = frame.contributors[frame.next]!;
            const result = done.get(contributor.id);
            if (result === undefined && !inProgress.has(contributor.id)) {
                open(contributor);
                continue;
            }
            frame.items.push(contributorItem(contributor, result));
            frame.next++;
        }
        return done.get(root.id)!;
    };

    const goalsById = new Map(goals.map(goal => [goal.id, goal]));
    /** How many of a goal's measures have a value; counted once per goal, not once per goal it reaches. */
    const withValueCounts = new Map<readonly MeasureView[], number>();
    const countWithValue = (list: readonly MeasureView[]): number => {
        let count = withValueCounts.get(list);
        if (count === undefined) {
            count = list.filter(measure => hasValue(measures.get(measureKey(measure)))).length;
            withValueCounts.set(list, count);
        }
        return count;
    };
    const simpleTotals = subtreeTotals(goals, contributorsOf, countWithValue);
    /**
     * Own measures plus every contributing goal's, recursively; each goal visited once (cycles, diamonds). A
     * contributor whose whole tree hangs from it alone adds its precomputed total instead of being walked, so a
     * chain 20,000 goals deep costs one pass, not one walk per goal (issue 18).
     */
    const coverage = (id: string, own: readonly MeasureView[]): Coverage => {
        const whole = simpleTotals.get(id);
        let totalMeasures = whole?.measures ?? 0;
        let totalMeasuresWithValue = whole?.withValue ?? 0;
        if (whole === undefined) {
            const visited = new Set<string>([id]);
            const stack = [id];
            while (stack.length > 0) {
                const current = stack.pop()!;
                const goal = goalsById.get(current);
                if (goal !== undefined) {
                    totalMeasures += goal.measures.length;
                    totalMeasuresWithValue += countWithValue(goal.measures);
                }
                for (const contributor of contributorsOf.get(current) ?? []) {
                    if (visited.has(contributor.id)) continue;
                    visited.add(contributor.id);
                    const tree = simpleTotals.get(contributor.id);
                    if (tree === undefined) {
                        stack.push(contributor.id);
                    } else {
                        totalMeasures += tree.measures;
                        totalMeasuresWithValue += tree.withValue;
                    }
                }
            }
        }
        return {
            measures: own.length,
            measuresWithValue: countWithValue(own),
            totalMeasures,
            totalMeasuresWithValue
        };
    };

    const goalResults = goals.map(computeGoal);
    if (vision === undefined) {
        return { goals: goalResults };
    }
    // Every goal is done by now, so the vision's contributors are looked up, never computed or in progress.
    const { counted, excluded } = partition(
        (contributorsOf.get(vision.id) ?? []).map(contributor => contributorItem(contributor, done.get(contributor.id)))
    );
    const fulfilment = weightedMean(counted);
    return {
        goals: goalResults,
        vision: {
            id: vision.id,
            title: vision.title,
            location: vision.location,
            fulfilment,
            status: goalStatus(fulfilment, bounds),
            counted,
            excluded,
            coverage: coverage(vision.id, []),
            contributors: (contributorsOf.get(vision.id) ?? []).map(contributor => contributor.id)
        }
    };
}

function hasValue(result: MeasureResult | undefined): boolean {
    return result !== undefined && result.value !== null;
}

interface Totals {
    measures: number;
    withValue: number;
}

/**
 * The measure totals of every goal whose contributors form a tree that hangs from it alone: each goal in it
 * contributes to one goal only, no name is used twice and there is no cycle. Such a tree is reached from above
 * only through its top, so its total can be added whole. Computed bottom-up in one pass, on an explicit stack.
 */
function subtreeTotals(
    goals: readonly GoalView[],
    contributorsOf: ReadonlyMap<string, readonly GoalView[]>,
    countWithValue: (list: readonly MeasureView[]) => number
): Map<string, Totals> {
    const parents = new Map<string, number>();
    for (const list of contributorsOf.values()) {
        for (const contributor of list) parents.set(contributor.id, (parents.get(contributor.id) ?? 0) + 1);
    }
    const byId = new Map<string, GoalView>();
    const shared = new Set<string>();
    for (const goal of goals) {
        if (byId.has(goal.id)) shared.add(goal.id);
        byId.set(goal.id, goal);
    }
    for (const [id, count] of parents) if (count > 1) shared.add(id);
    const totals = new Map<string, Totals>();
    const finished = new Set<string>();
    for (const top of goals) {
        if (finished.has(top.id)) continue;
        const frames: Array<{ id: string; next: number; simple: boolean }> = [{ id: top.id, next: 0, simple: true }];
        const open = new Set<string>([top.id]);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1]!;
            const children = contributorsOf.get(frame.id) ?? [];
            if (frame.next < children.length) {
                const child = children[frame.next++]!.id;
                if (open.has(child)) {
                    // A cycle: no goal on the stack has a tree below it.
                    for (const f of frames) f.simple = false;
                } else if (!finished.has(child)) {
                    open.add(child);
                    frames.push({ id: child, next: 0, simple: true });
                }
                continue;
            }
            frames.pop();
            open.delete(frame.id);
            finished.add(frame.id);
            const goal = byId.get(frame.id);
            const simple = frame.simple && !shared.has(frame.id) && children.every(c => totals.has(c.id));
            if (simple && goal !== undefined) {
                let measures = goal.measures.length;
                let withValue = countWithValue(goal.measures);
                for (const child of children) {
                    measures += totals.get(child.id)!.measures;
                    withValue += totals.get(child.id)!.withValue;
                }
                totals.set(frame.id, { measures, withValue });
            }
            const parent = frames[frames.length - 1];
            if (parent && !simple) parent.simple = false;
        }
    }
    return totals;
}
