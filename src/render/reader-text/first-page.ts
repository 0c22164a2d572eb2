/**
 * The first page (READERS.md 2) as data every layout draws: the opening sentence; each inriktning and each of
 * its KF goals with the status word and colour, the fulfilment, the trend mark against the previous year; an
 * assessed goal's first sentence of motivation; the weights where they differ; and the one line that points
 * to the quality appendix. It answers: how is each inriktning doing, which goals are not met, is it better.
 */
import type { GoalStatus } from '../../fulfilment/result.js';
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

/** What a goal's number is made of, with weights, when they are not all equal. */
function innerWeights(tree: ReportTree, node: GoalNode): string | undefined {
    const goals = new Map(tree.view.goals.map(g => [g.id, g]));
    const items = [
        ...node.view.measures.map(m => ({ title: m.title, weight: m.weight })),
        ...node.result.contributors
            .map(id => goals.get(id))
            .filter(g => g !== undefined)
            .map(g => ({ title: g.title, weight: g.weight }))
    ];
    if (!differ(items.map(i => i.weight))) {
        return undefined;
    }
    return `Väger olika: ${joinSwedish(items.map(i => `”${i.title}” ${weightText(i.weight)}`))}.`;
}

function goalEntry(tree: ReportTree, node: GoalNode, siblingsDiffer: boolean): FirstPageGoal {
    const before = previousResult(tree);
    const previous = before?.goals.find(g => g.id === node.view.id);
    const result = node.result;
    const entry: FirstPageGoal = {
        key: node.key,
        title: node.view.title,
        status: result.status,
        assessed: result.assessment !== undefined,
        fulfilment: formatPercent(result.fulfilment),
        coverage: `${result.coverage.totalMeasuresWithValue} av ${result.coverage.totalMeasures}`
    };
    const trend = previous ? trendMark(result.fulfilment, previous.fulfilment, before!.year) : undefined;
    if (trend) {
        entry.trend = trend;
    }
    if (result.assessment?.motivation) {
        entry.motivation = firstSentence(result.assessment.motivation);
    }
    if (siblingsDiffer) {
        entry.weight = weightText(node.view.weight);
    }
    const weights = innerWeights(tree, node);
    if (weights) {
        entry.weights = weights;
    }
    return entry;
}

function areaEntry(tree: ReportTree, area: AreaNode): FirstPageArea {
    const id = area.view?.id ?? null;
    const rollUp = tree.result.areas?.find(a => a.id === id);
    const entry: FirstPageArea = {
        key: area.key,
        title: area.view ? `Inriktning: ${area.title}` : area.title,
        goals: area.goals.map(goal => goalEntry(tree, goal, differ(area.goals.map(g => g.view.weight))))
    };
    if (rollUp && area.goals.length > 0) {
        entry.status = rollUp.status;
        entry.fulfilment = formatPercent(rollUp.fulfilment);
        const before = previousResult(tree)?.areas?.find(a => a.id === id);
        const trend = before ? trendMark(rollUp.fulfilment, before.fulfilment, tree.year - 1) : undefined;
        if (trend) {
            entry.trend = trend;
        }
    }
    return entry;
}

export function firstPage(tree: ReportTree): FirstPage {
    const page: FirstPage = {
        year: tree.year,
        opening: openingSentence(tree),
        areas: tree.areas.map(area => areaEntry(tree, area))
    };
    const previous = previousResult(tree);
    if (previous) {
        page.previousYear = previous.year;
    }
    const quality = qualityLine(qualityNotes(tree.input));
    if (quality) {
        page.quality = quality;
    }
    return page;
}
