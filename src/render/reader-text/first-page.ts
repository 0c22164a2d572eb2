/**
 * The first page (READERS.md 2) as data every layout draws: the opening sentence; each inriktning and each of
 * its KF goals with the status word and colour, the fulfilment, the trend mark against the previous year; an
 * assessed goal's first sentence of motivation; the weights where they differ; and the one line that points
 * to the quality appendix. It answers: how is each inriktning doing, which goals are not met, is it better.
 */
import type { GoalStatus, ModelResult } from '../../fulfilment/result.js';
import { formatDecimal, formatPercent } from '../format.js';
import type { AreaNode, GoalNode, ReportTree } from '../report-model.js';
import { openingSentence, previousResult } from './opening.js';
import { qualityLine, qualityNotes } from './quality.js';
import { type TrendMark, trendMark } from './trend.js';
import { firstSentence, joinSwedish } from './words.js';

export interface FirstPageGoal {
    /** The tree node's key (`g:Id`), for links into the report. */
    key: string;
    title: string;
    status: GoalStatus;
    /** The status is a follow-up's assessment. */
    assessed: boolean;
    /** `62 %`, or `–`. */
    fulfilment: string;
    /** `2 av 3`: how many of the measures under it (the committee goals' too) have a value. */
    coverage: string;
    trend?: TrendMark;
    /** An assessed goal's first sentence of motivation. */
    motivation?: string;
    /** `vikt 2`, when the goals of its inriktning do not all weigh the same. */
    weight?: string;
    /** `Väger olika: ”A” vikt 2, ”B” vikt 1.`, when what the goal is computed from does not all weigh the same. */
    weights?: string;
}

export interface FirstPageArea {
    /** The tree node's key (`a:Id`). */
    key: string;
    /** `Inriktning: Trygghet och lärande`, or the group of KF goals without one. */
    title: string;
    /** The inriktning's roll-up; undefined when the engine gives none or it has no goals. */
    status?: GoalStatus;
    fulfilment?: string;
    trend?: TrendMark;
    goals: FirstPageGoal[];
}

export interface FirstPage {
    year: number;
    /** The year the trend marks compare with, when the report has its results. */
    previousYear?: number;
    opening: string;
    areas: FirstPageArea[];
    /** `3 anmärkningar om underlaget, se bilagan.`, when there are any. */
    quality?: string;
}

function weightText(weight: number): string {
    return `vikt ${formatDecimal(weight)}`;
}

function differ(weights: readonly number[]): boolean {
    return new Set(weights).size > 1;
}

/**
 * What every entry looks up, made once per page: a page lists every KF goal, and looking the goals up again for
 * each one made it quadratic in their number (1,600 KF goals, as a model of the wrong levels can have, took
 * seconds in every format).
 */
interface PageContext {
    tree: ReportTree;
    goals: ReadonlyMap<string, ReportTree['view']['goals'][number]>;
    before: ModelResult | undefined;
    goalsBefore: ReadonlyMap<string, ModelResult['goals'][number]>;
}

/** By id; the first of a name given twice, as `find` would. */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
    const byId = new Map<string, T>();
    for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
    return byId;
}

/** What a goal's number is made of, with weights, when they are not all equal. */
function innerWeights(context: PageContext, node: GoalNode): string | undefined {
    const items = [
        ...node.view.measures.map(m => ({ title: m.title, weight: m.weight })),
        ...node.result.contributors
            .map(id => context.goals.get(id))
            .filter(g => g !== undefined)
            .map(g => ({ title: g.title, weight: g.weight }))
    ];
    if (!differ(items.map(i => i.weight))) {
        return undefined;
    }
    return `Väger olika: ${joinSwedish(items.map(i => `”${i.title}” ${weightText(i.weight)}`))}.`;
}

function goalEntry(context: PageContext, node: GoalNode, siblingsDiffer: boolean): FirstPageGoal {
    const previous = context.goalsBefore.get(node.view.id);
    const result = node.result;
    const entry: FirstPageGoal = {
        key: node.key,
        title: node.view.title,
        status: result.status,
        assessed: result.assessment !== undefined,
        fulfilment: formatPercent(result.fulfilment),
        coverage: `${result.coverage.totalMeasuresWithValue} av ${result.coverage.totalMeasures}`
    };
    const trend = previous ? trendMark(result.fulfilment, previous.fulfilment, context.before!.year) : undefined;
    if (trend) {
        entry.trend = trend;
    }
    if (result.assessment?.motivation) {
        entry.motivation = firstSentence(result.assessment.motivation);
    }
    if (siblingsDiffer) {
        entry.weight = weightText(node.view.weight);
    }
    const weights = innerWeights(context, node);
    if (weights) {
        entry.weights = weights;
    }
    return entry;
}

function areaEntry(context: PageContext, area: AreaNode): FirstPageArea {
    const { tree } = context;
    const id = area.view?.id ?? null;
    const rollUp = tree.result.areas?.find(a => a.id === id);
    const siblingsDiffer = differ(area.goals.map(g => g.view.weight));
    const entry: FirstPageArea = {
        key: area.key,
        title: area.view ? `Inriktning: ${area.title}` : area.title,
        goals: area.goals.map(goal => goalEntry(context, goal, siblingsDiffer))
    };
    if (rollUp && area.goals.length > 0) {
        entry.status = rollUp.status;
        entry.fulfilment = formatPercent(rollUp.fulfilment);
        const before = context.before?.areas?.find(a => a.id === id);
        const trend = before ? trendMark(rollUp.fulfilment, before.fulfilment, tree.year - 1) : undefined;
        if (trend) {
            entry.trend = trend;
        }
    }
    return entry;
}

export function firstPage(tree: ReportTree): FirstPage {
    const before = previousResult(tree);
    const context: PageContext = {
        tree,
        goals: firstById(tree.view.goals),
        before,
        goalsBefore: firstById(before?.goals ?? [])
    };
    const page: FirstPage = {
        year: tree.year,
        opening: openingSentence(tree),
        areas: tree.areas.map(area => areaEntry(context, area))
    };
    if (before) {
        page.previousYear = before.year;
    }
    const quality = qualityLine(qualityNotes(tree.input));
    if (quality) {
        page.quality = quality;
    }
    return page;
}
