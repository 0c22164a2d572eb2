import { type ModelResult, statusWord } from '../fulfilment/index.js';
import { measureKey } from '../model/measure-key.js';
import { formatModelNumber } from '../model/model-number.js';
import type { GoalView, MeasureView, ModelView } from '../model/model-view.js';
import { formatBound } from '../render/format.js';
import { change, type ModelChange } from './changes.js';
import { diffAssessments } from './follow-up-diff.js';
import { diffTargets, diffThresholdLines } from './plan-diff.js';

interface Versions {
    before?: ModelView;
    after?: ModelView;
    /**
     * Results for the same year on both sides, one pair per year compared (the model's year and every year with
     * a follow-up in either revision, CLI.md `diff`), when data is present: status changes are reported per year.
     */
    results?: ReadonlyArray<{ year: number; before?: ModelResult; after?: ModelResult }>;
}

const DIRECTION_WORDS = { higher: 'högre är bättre', lower: 'lägre är bättre' } as const;

/**
 * Compares two versions of a model semantically: what a reviewer must know about a change of goals, not
 * which lines moved. Pure: views (and results, for status changes) in, changes out.
 */
export function diffModels(versions: Versions): ModelChange[] {
    const { before, after } = versions;
    if (!before && !after) return [];
    if (!before) return [change('model-added', after!.id, null, after!.title)];
    if (!after) return [change('model-removed', before.id, before.title, null)];
    return [
        ...diffHeader(before, after),
        ...diffGoals(before, after),
        ...diffMeasures(before, after),
        ...diffAssessments(before, after),
        ...(versions.results ?? []).flatMap(pair => diffStatuses(pair.year, pair.before, pair.after))
    ];
}

function diffHeader(before: ModelView, after: ModelView): ModelChange[] {
    const changes: ModelChange[] = [];
    if (before.municipality !== after.municipality)
        changes.push(change('municipality-changed', after.id, before.municipality, after.municipality));
    if (before.year !== after.year)
        changes.push(change('year-changed', after.id, before.year?.toString(), after.year?.toString()));
    for (const bound of ['achieved', 'partly'] as const) {
        const b = before.bounds[bound];
        const a = after.bounds[bound];
        if (b !== a) {
            const word = bound === 'achieved' ? 'uppfyllt' : 'delvis';
            changes.push(
                change(
                    'bounds-changed',
                    `bedömning.${word}`,
                    `${word} >= ${formatBound(b)}`,
                    `${word} >= ${formatBound(a)}`,
                    { weakened: a < b, raised: a > b }
                )
            );
        }
    }
    const sourceText = (s: { path: string; kpi?: string }) => (s.kpi ? `${s.path} nyckeltal ${s.kpi}` : s.path);
    const beforeSources = new Map(before.dataSources.map(s => [s.path, s]));
    const afterSources = new Map(after.dataSources.map(s => [s.path, s]));
    for (const [path, source] of beforeSources) {
        const other = afterSources.get(path);
        if (!other) changes.push(change('data-source-removed', path, sourceText(source), null));
        else if (other.kpi !== source.kpi)
            changes.push(change('data-source-changed', path, sourceText(source), sourceText(other)));
    }
    for (const [path, source] of afterSources) {
        if (!beforeSources.has(path)) changes.push(change('data-source-added', path, null, sourceText(source)));
    }
    if (before.vision?.id !== after.vision?.id || before.vision?.title !== after.vision?.title) {
        changes.push(
            change(
                'vision-changed',
                after.vision?.id ?? before.vision?.id ?? 'vision',
                before.vision?.title,
                after.vision?.title
            )
        );
    }
    return changes;
}

function diffGoals(before: ModelView, after: ModelView): ModelChange[] {
    const changes: ModelChange[] = [];
    const beforeGoals = new Map(before.goals.map(g => [g.id, g]));
    const afterGoals = new Map(after.goals.map(g => [g.id, g]));
    const removed = before.goals.filter(g => !afterGoals.has(g.id));
    const added = after.goals.filter(g => !beforeGoals.has(g.id));
    // A goal that disappears and one that appears with the same title (or the same measures) is a rename.
    for (const old of [...removed]) {
        const renamed = added.find(g => g.title === old.title || sameMeasures(g, old));
        if (renamed) {
            changes.push(change('goal-renamed', renamed.id, old.id, renamed.id));
            changes.push(...diffGoal(old, renamed));
            removed.splice(removed.indexOf(old), 1);
            added.splice(added.indexOf(renamed), 1);
        }
    }
    removed.forEach(g => changes.push(change('goal-removed', g.id, g.title, null)));
    added.forEach(g => changes.push(change('goal-added', g.id, null, g.title)));
    for (const goal of after.goals) {
        const old = beforeGoals.get(goal.id);
        if (old) changes.push(...diffGoal(old, goal));
    }
    return changes;
}

function sameMeasures(a: GoalView, b: GoalView): boolean {
    return a.measures.length > 0 && a.measures.map(m => m.id).join() === b.measures.map(m => m.id).join();
}

function diffGoal(old: GoalView, goal: GoalView): ModelChange[] {
    const changes: ModelChange[] = [];
    if (old.title !== goal.title) changes.push(change('goal-title-changed', goal.id, old.title, goal.title));
    if (old.level !== goal.level) changes.push(change('goal-level-changed', goal.id, old.level, goal.level));
    if (old.contributesTo.join(' ') !== goal.contributesTo.join(' ')) {
        changes.push(
            change(
                'goal-moved',
                goal.id,
                `bidrar till ${old.contributesTo.join(' ')}`,
                `bidrar till ${goal.contributesTo.join(' ')}`
            )
        );
    }
    if (old.owner !== goal.owner) changes.push(change('goal-owner-changed', goal.id, old.owner, goal.owner));
    if (old.weight !== goal.weight)
        changes.push(
            change(
                'goal-weight-changed',
                goal.id,
                `vikt ${formatModelNumber(old.weight)}`,
                `vikt ${formatModelNumber(goal.weight)}`
            )
        );
    return changes;
}

function diffMeasures(before: ModelView, after: ModelView): ModelChange[] {
    const changes: ModelChange[] = [];
    const beforeMeasures = before.goals.flatMap(g => g.measures);
    const afterMeasures = after.goals.flatMap(g => g.measures);
    const renamedGoals = new Map<string, string>();
    for (const goal of after.goals) {
        if (!before.goals.some(g => g.id === goal.id)) {
            const old = before.goals.find(
                g => !after.goals.some(a => a.id === g.id) && (g.title === goal.title || sameMeasures(g, goal))
            );
            if (old) renamedGoals.set(old.id, goal.id);
        }
    }
    const afterKey = (m: MeasureView) => measureKey(m);
    const beforeKeyInAfter = (m: MeasureView) => measureKey(renamedGoals.get(m.goal) ?? m.goal, m.id);
    const afterByKey = new Map(afterMeasures.map(m => [afterKey(m), m]));
    const matched = new Set<MeasureView>();
    const pairs: Array<[MeasureView, MeasureView]> = [];
    for (const old of beforeMeasures) {
        const same = afterByKey.get(beforeKeyInAfter(old));
        if (same) {
            pairs.push([old, same]);
            matched.add(same);
        }
    }
    const unmatchedBefore = beforeMeasures.filter(m => !pairs.some(([b]) => b === m));
    const unmatchedAfter = afterMeasures.filter(m => !matched.has(m));
    for (const old of unmatchedBefore) {
        // Same id under another goal: moved. Same goal with the same title or series: renamed.
        const moved = unmatchedAfter.find(m => m.id === old.id);
        const renamed = moved
            ? undefined
            : unmatchedAfter.find(
                  m =>
                      m.goal === (renamedGoals.get(old.goal) ?? old.goal) &&
                      (m.title === old.title || (m.kpi !== undefined && m.kpi === old.kpi))
              );
        const match = moved ?? renamed;
        if (!match) {
            changes.push(change('measure-removed', measureKey(old), old.title, null));
            continue;
        }
        unmatchedAfter.splice(unmatchedAfter.indexOf(match), 1);
        if (moved) changes.push(change('measure-moved', measureKey(match), `mål ${old.goal}`, `mål ${match.goal}`));
        else changes.push(change('measure-renamed', measureKey(match), old.id, match.id));
        pairs.push([old, match]);
    }
    unmatchedAfter.forEach(m => changes.push(change('measure-added', measureKey(m), null, m.title)));
    for (const [old, measure] of pairs) changes.push(...diffMeasure(old, measure));
    return changes;
}

function diffMeasure(old: MeasureView, measure: MeasureView): ModelChange[] {
    const id = measureKey(measure);
    const changes: ModelChange[] = [];
    if (old.title !== measure.title) changes.push(change('measure-title-changed', id, old.title, measure.title));
    changes.push(...diffThresholdLines(id, old, measure), ...diffTargets(id, old, measure));
    if (old.direction !== measure.direction) {
        changes.push(
            change(
                'direction-changed',
                id,
                old.direction && DIRECTION_WORDS[old.direction],
                measure.direction && DIRECTION_WORDS[measure.direction]
            )
        );
    }
    if (old.weight !== measure.weight)
        changes.push(
            change(
                'measure-weight-changed',
                id,
                `vikt ${formatModelNumber(old.weight)}`,
                `vikt ${formatModelNumber(measure.weight)}`
            )
        );
    if (old.kpi !== measure.kpi) changes.push(change('kpi-changed', id, old.kpi, measure.kpi));
    if (old.unit !== measure.unit) changes.push(change('unit-changed', id, old.unit, measure.unit));
    if (old.gender !== measure.gender) changes.push(change('gender-changed', id, old.gender, measure.gender));
    return changes;
}

/** Which goals and measures get another status in `year` because of the change (same data). */
function diffStatuses(year: number, before: ModelResult | undefined, after: ModelResult | undefined): ModelChange[] {
    if (!before || !after) return [];
    const changes: ModelChange[] = [];
    const beforeGoals = new Map(before.goals.map(g => [g.id, g]));
    for (const goal of after.goals) {
        const old = beforeGoals.get(goal.id);
        if (old && old.status !== goal.status)
            changes.push(change('status-changed', goal.id, statusWord(old.status), statusWord(goal.status), { year }));
    }
    const beforeMeasures = new Map(before.measures.map(m => [measureKey(m), m]));
    for (const measure of after.measures) {
        const old = beforeMeasures.get(measureKey(measure));
        if (old && old.status !== measure.status)
            changes.push(
                change('status-changed', measureKey(measure), statusWord(old.status), statusWord(measure.status), {
                    year
                })
            );
    }
    if (before.vision && after.vision && before.vision.status !== after.vision.status) {
        changes.push(
            change(
                'status-changed',
                after.vision.id,
                statusWord(before.vision.status),
                statusWord(after.vision.status),
                {
                    year
                }
            )
        );
    }
    return changes;
}

/**
 * The years whose statuses `diff` compares: the model's year and every year with a follow-up (final or interim)
 * in either revision, ascending; with `only` (`--year N`) that year alone.
 */
export function statusYears(
    before: ModelView | undefined,
    after: ModelView | undefined,
    modelYear: number | undefined,
    only?: number
): number[] {
    if (only !== undefined) return [only];
    const years = new Set<number>();
    if (modelYear !== undefined) years.add(modelYear);
    for (const followUp of [...(before?.followUps ?? []), ...(after?.followUps ?? [])]) years.add(followUp.year);
    return [...years].sort((a, b) => a - b);
}
