/**
 * What every page of one model's site is built from: the render input, the goal tree of each year (built once),
 * the page names, the folder paths are shown relative to, and where the site will be published.
 */
import type { MeasureResult } from '../../fulfilment/result.js';
import { isKoladaId } from '../../model/kolada-id.js';
import type { MeasureView } from '../../model/model-view.js';
import { dirname } from '../format.js';
import type { RenderInput } from '../render-input.js';
import { buildReportTree, type GoalNode, type ReportTree } from '../report-model.js';
import { type SitePaths, sitePaths } from './site-paths.js';

export interface SiteOptions {
    /** The address the site is published at (`https://kumla.github.io/mal/`), for canonical links and the sitemap. */
    baseUrl?: string;
    /** Paths on the pages are relative to this folder; default the model's folder (READERS.md 1). */
    baseDir?: string;
    /** With several models: the link back to the index of all models (`../index.html`). */
    upLink?: string;
}

export interface SiteContext {
    input: RenderInput;
    /** The tree of the model's year. */
    tree: ReportTree;
    /** The years with results, ascending. */
    years: number[];
    treeOf(year: number): ReportTree;
    paths: SitePaths;
    base: string;
    baseUrl?: string;
    upLink?: string;
    /** Some measure takes its values from Kolada: the pages carry Kolada's attribution. */
    usesKolada: boolean;
    /** Each result's reason and thresholds in words (site-measure.ts), made once for its page and the open data. */
    words: WeakMap<MeasureResult, { reason: string; thresholds: string }>;
}

/** Whether a measure's values come from Kolada (a Kolada KPI and no `utfall` of its own). */
export function fromKolada(measure: MeasureView): boolean {
    // Stryker disable next-line ConditionalExpression: isKoladaId(undefined) is false too (the pattern tests "undefined")
    return measure.actual === undefined && measure.kpi !== undefined && isKoladaId(measure.kpi);
}

/** The context, or undefined when the model has no result to show (no year). */
export function siteContext(input: RenderInput, options: SiteOptions = {}): SiteContext | undefined {
    const tree = buildReportTree(input);
    if (!tree) return undefined;
    const trees = new Map<number, ReportTree>([[tree.year, tree]]);
    const context: SiteContext = {
        input,
        tree,
        years: tree.years,
        treeOf: year => {
            let found = trees.get(year);
            if (!found) {
                found = buildReportTree(input, { year }) ?? tree;
                trees.set(year, found);
            }
            return found;
        },
        paths: sitePaths(input.view),
        base: options.baseDir ?? dirname(input.view.files[0] ?? input.view.location.file),
        usesKolada: input.view.goals.some(goal => goal.measures.some(fromKolada)),
        words: new WeakMap()
    };
    if (options.baseUrl !== undefined) context.baseUrl = options.baseUrl.replace(/\/*$/, '/');
    // Stryker disable next-line ConditionalExpression: without it the property holds undefined, which no page tells apart
    if (options.upLink !== undefined) context.upLink = options.upLink;
    return context;
}

/** The Kolada page of a KPI (Kolada's free search opened on it). */
export function koladaUrl(kpi: string): string {
    return `https://www.kolada.se/verktyg/fri-sokning/?kpis=${encodeURIComponent(kpi)}`;
}

/** Kolada's terms ask for the source to be named wherever its data is used. */
export const KOLADA_ATTRIBUTION = 'Källa: Kolada (RKA)';

/** Every goal node of a tree by goal id (the first place a goal under two KF goals appears). */
export function goalNodes(tree: ReportTree): Map<string, GoalNode> {
    const nodes = new Map<string, GoalNode>();
    const visit = (node: GoalNode) => {
        if (!nodes.has(node.view.id)) nodes.set(node.view.id, node);
        node.children.forEach(visit);
    };
    tree.areas.forEach(area => area.goals.forEach(visit));
    tree.unattached.forEach(visit);
    return nodes;
}
