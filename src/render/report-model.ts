/**
 * The goal tree both renderers draw, built once from a RenderInput for one year and one owner filter:
 * vision, then KF goals grouped by inriktning, under each the goals that contribute to it (committee
 * goals, with their owners named) and every goal's own measures. Nothing here recomputes a status:
 * every number comes from the engine's ModelResult.
 */
import type { GoalResult, MeasureResult, ModelResult, VisionResult } from '../fulfilment/result.js';
import { type FollowUpDate, sameDate } from '../model/follow-up-date.js';
import { type MeasureIdentity, measureKey } from '../model/measure-key.js';
import type { GoalView, MeasureView, ModelView, NamedView } from '../model/model-view.js';
import { ownedBy } from '../model/owners.js';
import type { RenderInput } from './render-input.js';

export interface MeasureNode {
    kind: 'measure';
    /** `m:Goal.Measure`: stable across years and filters (a goal under two KF goals shares its key). */
    key: string;
    view: MeasureView;
    result: MeasureResult;
}

export interface GoalNode {
    kind: 'goal';
    key: string;
    view: GoalView;
    result: GoalResult;
    /** The owner's title (`Kommunledningsförvaltningen`), with its nämnd for a förvaltning. */
    owner?: OwnerInfo;
    /** Goals contributing to this one (committee goals under a KF goal). */
    children: GoalNode[];
    measures: MeasureNode[];
}

export interface AreaNode {
    kind: 'area';
    key: string;
    /** Undefined for the group of KF goals without an inriktning. */
    view?: NamedView;
    title: string;
    goals: GoalNode[];
}

export interface OwnerInfo {
    id: string;
    title: string;
    kind: 'nämnd' | 'förvaltning';
    /** A förvaltning's nämnd. */
    committee?: { id: string; title: string };
}

export interface OwnerOption extends OwnerInfo {
    /** Goals owned by it (for a nämnd: its förvaltningar's too). */
    goals: number;
}

export interface ReportTree {
    input: RenderInput;
    view: ModelView;
    /** The result shown: the one for `year` (an interim follow-up's when `result.followUp.per` is set). */
    result: ModelResult;
    /** For an interim report: the previous year's final result, shown beside each goal and measure (section 9). */
    previous?: ModelResult;
    year: number;
    years: number[];
    /** The owner filter applied (a nämnd or förvaltning id), if any. */
    owner?: string;
    vision?: { view: NamedView; result: VisionResult };
    areas: AreaNode[];
    /** Committee goals no KF goal reaches (the checks flag them; the preview still shows them). */
    unattached: GoalNode[];
    owners: OwnerOption[];
    /** Every result of one measure by year, for sparklines. */
    measureSeries(measure: MeasureIdentity): Array<{ year: number; result: MeasureResult | undefined }>;
}

/**
 * The result for `year` (with `per`: the year's interim follow-up of that date, LANGUAGE.md section 9), or the
 * input's year, or the last one.
 */
export function pickResult(input: RenderInput, year?: number, per?: FollowUpDate): ModelResult | undefined {
    if (per !== undefined) {
        const interim = input.interims?.find(
            r => r.year === (year ?? input.year) && r.followUp?.per !== undefined && sameDate(r.followUp.per, per)
        );
        if (interim) return interim;
    }
    const results = input.results;
    return (
        results.find(r => r.year === year) ?? results.find(r => r.year === input.year) ?? results[results.length - 1]
    );
}

/**
 * The interim date a tree shows: the one asked for, else the input's own (`report --per`) while its year is
 * shown. `null` asks for the year's final follow-up explicitly.
 */
function shownPer(input: RenderInput, options: TreeOptions): FollowUpDate | undefined {
    if (options.per === null) return undefined;
    if (options.per !== undefined) return options.per;
    return options.year === undefined || options.year === input.year ? input.per : undefined;
}

export function ownerInfo(view: ModelView, id: string | undefined): OwnerInfo | undefined {
    if (id === undefined) {
        return undefined;
    }
    const committee = view.committees.find(c => c.id === id);
    if (committee) {
        return { id, title: committee.title, kind: 'nämnd' };
    }
    const administration = view.administrations.find(a => a.id === id);
    if (administration) {
        const parent = view.committees.find(c => c.id === administration.committee);
        const info: OwnerInfo = { id, title: administration.title, kind: 'förvaltning' };
        if (parent) {
            info.committee = { id: parent.id, title: parent.title };
        }
        return info;
    }
    return { id, title: id, kind: 'nämnd' };
}

/** The owners that own at least one goal: each nämnd followed by its förvaltningar. */
export function ownerOptions(view: ModelView): OwnerOption[] {
    const counts = new Map<string, number>();
    for (const goal of view.goals) {
        if (goal.owner !== undefined) {
            counts.set(goal.owner, (counts.get(goal.owner) ?? 0) + 1);
        }
    }
    const options: OwnerOption[] = [];
    const seen = new Set<string>();
    for (const committee of view.committees) {
        const administrations = view.administrations.filter(a => a.committee === committee.id);
        const total =
            (counts.get(committee.id) ?? 0) + administrations.reduce((sum, a) => sum + (counts.get(a.id) ?? 0), 0);
        if (total > 0) {
            options.push({ id: committee.id, title: committee.title, kind: 'nämnd', goals: total });
            seen.add(committee.id);
            for (const administration of administrations) {
                const count = counts.get(administration.id) ?? 0;
                if (count > 0) {
                    options.push({ ...ownerInfo(view, administration.id)!, goals: count });
                    seen.add(administration.id);
                }
            }
        }
    }
    for (const [id, count] of counts) {
        if (!seen.has(id)) {
            options.push({ ...ownerInfo(view, id)!, goals: count });
        }
    }
    return options;
}

export interface TreeOptions {
    year?: number;
    /** Show the year's interim follow-up of this date; null: the year's final follow-up (default: `input.per`). */
    per?: FollowUpDate | null;
    /** A nämnd or förvaltning id: show only the goals it owns (and the KF goals they serve). */
    owner?: string;
}

export function buildReportTree(input: RenderInput, options: TreeOptions = {}): ReportTree | undefined {
    const result = pickResult(input, options.year, shownPer(input, options));
    if (!result) {
        return undefined;
    }
    const view = input.view;
    const goalViews = new Map(view.goals.map(g => [g.id, g]));
    const goalResults = new Map(result.goals.map(g => [g.id, g]));
    const measureResults = new Map(result.measures.map(m => [measureKey(m), m]));
    const owner = options.owner && ownerOptions(view).some(o => o.id === options.owner) ? options.owner : undefined;
    const reached = new Set<string>();

    const measureNodes = (goal: GoalView): MeasureNode[] =>
        goal.measures.flatMap(measure => {
            const measureResult = measureResults.get(measureKey(measure));
            return measureResult
                ? [{ kind: 'measure' as const, key: `m:${measureKey(measure)}`, view: measure, result: measureResult }]
                : [];
        });

    // A goal's contributors are laid out under its first place in the tree only. A valid model repeats just
    // committee goals, which have no contributors, so it looks the same; a model with goals of the wrong level
    // contributing to each other (which the preview still draws) would otherwise repeat whole subtrees: a chain
    // of n KF goals gave n²/2 nodes, and goals that each contribute to both goals of the level above 2^depth.
    const unfolded = new Set<string>();
    // The goals on the way from the root: a cycle ends where it comes back (a set mutated on the way down and
    // up, not copied per goal, which cost the depth at every node).
    const onPath = new Set<string>();
    const goalNode = (goal: GoalView): GoalNode | undefined => {
        const goalResult = goalResults.get(goal.id);
        if (!goalResult || onPath.has(goal.id)) {
            return undefined;
        }
        reached.add(goal.id);
        let children: GoalNode[] = [];
        if (!unfolded.has(goal.id)) {
            unfolded.add(goal.id);
            onPath.add(goal.id);
            children = goalResult.contributors
                .map(id => goalViews.get(id))
                .filter((child): child is GoalView => child !== undefined)
                .map(child => goalNode(child))
                .filter((node): node is GoalNode => node !== undefined);
            onPath.delete(goal.id);
        }
        const node: GoalNode = {
            kind: 'goal',
            key: `g:${goal.id}`,
            view: goal,
            result: goalResult,
            children,
            measures: measureNodes(goal)
        };
        const info = ownerInfo(view, goal.owner);
        if (info) {
            node.owner = info;
        }
        return node;
    };

    /** With an owner filter: keep the goals it owns, and the goals above them on the way. */
    const filter = (node: GoalNode): GoalNode | undefined => {
        if (owner === undefined) {
            return node;
        }
        if (ownedBy(view, node.view, owner)) {
            return node;
        }
        const children = node.children.map(filter).filter((c): c is GoalNode => c !== undefined);
        // A goal the owner does not own is shown only as the frame of the owner's goals, without its own measures.
        return children.length > 0 ? { ...node, children, measures: [] } : undefined;
    };

    const kfGoals = view.goals.filter(g => g.level === 'fullmäktige');
    const areas: AreaNode[] = [];
    const areaIds = new Set(view.areas.map(a => a.id));
    for (const area of view.areas) {
        const key = `a:${area.id}`;
        const goals = kfGoals
            .filter(g => g.area === area.id)
            .map(g => goalNode(g))
            .filter((n): n is GoalNode => n !== undefined);
        areas.push({ kind: 'area', key, view: area, title: area.title, goals });
    }
    const loose = kfGoals.filter(g => g.area === undefined || !areaIds.has(g.area));
    if (loose.length > 0) {
        const key = 'a:';
        areas.push({
            kind: 'area',
            key,
            title: view.areas.length > 0 ? 'Övriga fullmäktigemål' : 'Fullmäktiges mål',
            goals: loose.map(g => goalNode(g)).filter((n): n is GoalNode => n !== undefined)
        });
    }
    // Committee goals no KF goal reaches; the ones that others contribute to come first so that their
    // contributors appear under them, not beside them.
    const unattached: GoalNode[] = [];
    const rest = view.goals.filter(g => g.level !== 'fullmäktige' && !reached.has(g.id));
    const isTarget = new Set(rest.flatMap(g => g.contributesTo));
    for (const goal of [...rest.filter(g => isTarget.has(g.id)), ...rest.filter(g => !isTarget.has(g.id))]) {
        const node = reached.has(goal.id) ? undefined : goalNode(goal);
        if (node) {
            unattached.push(node);
        }
    }

    const years = input.results.map(r => r.year);
    // An interim report's own year shows the interim result in the measure's years too.
    const seriesIndex = input.results
        .map(r => (r.year === result.year ? result : r))
        .map(r => ({
            year: r.year,
            measures: new Map(r.measures.map(m => [measureKey(m), m]))
        }));
    const tree: ReportTree = {
        input,
        view,
        result,
        year: result.year,
        years,
        areas: areas
            .map(area => ({ ...area, goals: area.goals.map(filter).filter((g): g is GoalNode => g !== undefined) }))
            .filter(area => area.goals.length > 0 || (owner === undefined && area.view !== undefined)),
        unattached: unattached.map(filter).filter((g): g is GoalNode => g !== undefined),
        owners: ownerOptions(view),
        measureSeries: measure =>
            seriesIndex.map(entry => ({ year: entry.year, result: entry.measures.get(measureKey(measure)) }))
    };
    if (owner !== undefined) {
        tree.owner = owner;
    }
    if (result.followUp?.per !== undefined) {
        const previous = input.results.find(r => r.year === result.year - 1);
        if (previous) tree.previous = previous;
    }
    if (view.vision && result.vision) {
        tree.vision = { view: view.vision, result: result.vision };
    }
    return tree;
}

/** Counts per status, for the summary: KF goals, committee goals and measures of the whole model. */
export function statusCounts(result: ModelResult): {
    kf: Record<string, number>;
    committee: Record<string, number>;
    measures: Record<string, number>;
} {
    const kf: Record<string, number> = {};
    const committee: Record<string, number> = {};
    const measures: Record<string, number> = {};
    for (const goal of result.goals) {
        const target = goal.level === 'fullmäktige' ? kf : committee;
        target[goal.status] = (target[goal.status] ?? 0) + 1;
    }
    for (const measure of result.measures) {
        measures[measure.status] = (measures[measure.status] ?? 0) + 1;
    }
    return { kf, committee, measures };
}
