/**
 * The goal tree as HTML, shared by the HTML report and the VS Code preview: one string, assigned with one
 * `innerHTML` in the webview. Every status shows its word next to its colour; every node carries its source
 * (`data-file`, `data-line`) and an accessible name; every piece of model text is escaped.
 *
 * The tree follows the WAI-ARIA tree pattern (role tree/treeitem/group, aria-level, aria-expanded, one
 * item in the tab order); the keyboard handling lives in the webview script.
 */

import type { GoalResult, Status } from '../fulfilment/result.js';
import { GOAL_STATUSES, MEASURE_STATUSES, statusDisplay } from '../fulfilment/status.js';
import { type FollowUpDate, interimAssessmentLabel } from '../model/follow-up-date.js';
import { formatModelNumber } from '../model/model-number.js';
import type { SourceLocation } from '../model/model-view.js';
import { escapeHtml } from './escape.js';
import { firstPageHtml, qualityAppendixHtml } from './first-page-html.js';
import { reportHeading } from './follow-up.js';
import { coverageText, dirname, formatPercent, formatValue } from './format.js';
import { assessedMark, goalFactsHtml, measureFactsHtml } from './html-facts.js';
import { measureValueText, valueSourceText } from './measure-text.js';
import { nodeAnchor, renderOverview } from './overview.js';
import {
    comparisonLines,
    groupTitles,
    LEGEND_NOTE,
    legendRows,
    municipalityText,
    statusReason,
    TREND_NOTE
} from './reader-text/index.js';
import type { RenderInput } from './render-input.js';
import {
    type AreaNode,
    buildReportTree,
    type GoalNode,
    type MeasureNode,
    type ReportTree,
    statusCounts
} from './report-model.js';
import { yearChoices, yearChoiceValue } from './shown-years.js';
import { goalMinSpan, measureMinSpan } from './spark-scale.js';
import { renderSparkline, type SparkPoint } from './sparkline.js';
import { renderStanding } from './standing-chart.js';
import { statusPill } from './status-marks.js';
import { renderTrendChart } from './trend-chart.js';

export interface HtmlBodyOptions {
    /** The year shown; default `input.year`. */
    year?: number;
    /** Show only the goals of this nämnd or förvaltning (and the KF goals they serve). */
    owner?: string;
    /** The year's interim follow-up of this date; null: the year's final one; default `input.per` (report-model.ts). */
    per?: FollowUpDate | null;
    /** Keys (`data-key`) of the nodes shown collapsed. */
    collapsed?: Iterable<string>;
    /** Keys of the measures shown expanded, with their trend chart (measures start collapsed). */
    expanded?: Iterable<string>;
    /** Key of the node that takes the tab stop; default the first node. */
    focusKey?: string;
    /** Paths are shown relative to this directory; default the model's folder. */
    baseDir?: string;
    /** `preview`: clicking a node opens its source; `report`: it shows where the node is written. */
    host?: 'report' | 'preview';
}

/** Ids of the controls and the tree, for the webview script. */
export const HTML_IDS = {
    app: 'sm-app',
    year: 'sm-year',
    owner: 'sm-owner',
    tree: 'sm-tree'
} as const;

/** From this many shown nodes on, goals off screen are not laid out until they scroll into view. */
const LARGE_TREE = 400;

interface Context {
    tree: ReportTree;
    base: string;
    collapsed: ReadonlySet<string>;
    expanded: ReadonlySet<string>;
    host: 'report' | 'preview';
    /** More nodes than LARGE_TREE are shown. */
    large: boolean;
    /** The one node in the tab order: the requested one when it is shown, else the first. */
    tabStopKey: string | undefined;
    /** Set once a node took the tab stop (a goal under two KF goals has one key twice). */
    tabStopTaken: boolean;
    goalSeries: (id: string) => SparkPoint[];
}

export function renderHtmlBody(input: RenderInput, options: HtmlBodyOptions = {}): string {
    const tree = buildReportTree(input, options);
    if (!tree) {
        return `<div class="sm-app sm-empty" id="${HTML_IDS.app}"><p class="sm-message">Det finns inga resultat att visa för ${escapeHtml(input.view.title)}: modellen anger inget år, eller inga mått har data.</p></div>`;
    }
    const base = options.baseDir ?? dirname(input.view.files[0] ?? input.view.location.file);
    const goalIndex = input.results.map(r => ({
        year: r.year,
        goals: new Map<string, GoalResult>(r.goals.map(g => [g.id, g]))
    }));
    const ctx: Context = {
        tree,
        base,
        collapsed: new Set(options.collapsed ?? []),
        expanded: new Set(options.expanded ?? []),
        host: options.host ?? 'report',
        large: false,
        tabStopKey: undefined,
        tabStopTaken: false,
        goalSeries: id =>
            goalIndex.map(entry => {
                const goal = entry.goals.get(id);
                const fulfilment = goal?.fulfilment ?? null;
                return {
                    year: entry.year,
                    value: fulfilment === null ? null : fulfilment * 100,
                    text: formatPercent(fulfilment),
                    status: goal?.status ?? 'saknas'
                };
            })
    };
    const shown = shownKeys(tree, ctx.collapsed, ctx.expanded);
    ctx.large = shown.length > LARGE_TREE;
    ctx.tabStopKey = options.focusKey !== undefined && shown.includes(options.focusKey) ? options.focusKey : shown[0];
    const host = ctx.host;
    const items: string[] = [];
    if (tree.vision) {
        items.push(visionItem(ctx));
    }
    for (const area of tree.areas) {
        items.push(areaItem(ctx, area));
    }
    if (tree.unattached.length > 0) {
        items.push(
            groupItem(
                ctx,
                'u:',
                'Nämndmål utan fullmäktigemål',
                undefined,
                tree.unattached.map(g => goalItem(ctx, g, 2))
            )
        );
    }
    const treeHtml =
        items.length > 0
            ? `<ul class="sm-tree" id="${HTML_IDS.tree}" role="tree" aria-label="Målträd ${tree.year}">${items.join('')}</ul>`
            : `<p class="sm-message">Modellen har inga mål ännu.</p>`;
    const hint =
        host === 'preview'
            ? 'Pilarna flyttar mellan raderna, vänster och höger fäller ihop och ut, Enter öppnar raden i modellen.'
            : 'Pilarna flyttar mellan raderna, vänster och höger fäller ihop och ut. En markerad rad visar var den står i modellen.';
    // A large tree lets the browser skip what is off screen (see `.sm-large` in styles.ts).
    const large = ctx.large ? ' sm-large' : '';
    return `<div class="sm-app${large}" id="${HTML_IDS.app}" data-year="${tree.year}" data-host="${host}">${header(tree, input.municipalityName)}${yearNote(tree)}${filterNote(tree)}${firstPageHtml(tree)}${renderOverview(tree)}${treeHtml}<p class="sm-hint">${escapeHtml(hint)}</p>${legend(tree)}${qualityAppendixHtml(input)}</div>`;
}

/** Keys of the nodes not hidden inside a collapsed node, in document order. */
function shownKeys(tree: ReportTree, collapsed: ReadonlySet<string>, expanded: ReadonlySet<string>): string[] {
    const keys: string[] = [];
    const goal = (node: GoalNode) => {
        keys.push(node.key);
        if (!collapsed.has(node.key)) {
            for (const measure of node.measures) {
                keys.push(measure.key);
                if (expanded.has(measure.key)) {
                    keys.push(chartKey(measure.key));
                    if (measure.result.standing) {
                        keys.push(standingKey(measure.key));
                    }
                }
            }
            node.children.forEach(goal);
        }
    };
    if (tree.vision) {
        keys.push('v:');
    }
    for (const area of tree.areas) {
        keys.push(area.key);
        if (!collapsed.has(area.key)) {
            area.goals.forEach(goal);
        }
    }
    if (tree.unattached.length > 0) {
        keys.push('u:');
        if (!collapsed.has('u:')) {
            tree.unattached.forEach(goal);
        }
    }
    return keys;
}

function header(tree: ReportTree, municipalityName: string | undefined): string {
    const { view } = tree;
    const shownValue = yearChoiceValue(tree.year, tree.result.followUp?.per);
    const choices = yearChoices(tree.years, tree.input.interims);
    const yearOptions = choices
        .map(
            choice =>
                `<option value="${choice.value}"${choice.value === shownValue ? ' selected' : ''}>${escapeHtml(choice.label)}</option>`
        )
        .join('');
    const ownerOptions = tree.owners
        .map(o => {
            const label = o.kind === 'förvaltning' ? `\u2003${o.title}` : o.title;
            return `<option value="${escapeHtml(o.id)}"${o.id === tree.owner ? ' selected' : ''}>${escapeHtml(label)}</option>`;
        })
        .join('');
    const municipality = municipalityText(view.municipality, municipalityName) ?? 'Ingen kommun i modellen';
    const measures = tree.result.measures.length;
    const per = tree.result.followUp?.per;
    const followUp = tree.result.followUp
        ? [escapeHtml(tree.result.followUp.title), ...(per ? [escapeHtml(interimAssessmentLabel(per))] : [])]
        : [];
    const meta = [escapeHtml(municipality), `Uppföljningsår ${tree.year}`, ...followUp, `${measures} mått`];
    const ownerControl =
        tree.owners.length > 0
            ? `<label class="sm-control"><span class="sm-control-label">Ansvarig</span><select id="${HTML_IDS.owner}" data-control="owner"><option value="">Alla nämnder och förvaltningar</option>${ownerOptions}</select></label>`
            : '';
    return (
        `<header class="sm-header"><div class="sm-titles"><p class="sm-kicker">${tree.result.followUp?.per ? `${escapeHtml(reportHeading(tree.result))} av styrmodellen` : 'Uppföljning av styrmodellen'}</p><h1 class="sm-title">${escapeHtml(view.title)}</h1><p class="sm-meta">${meta.map(m => `<span>${m}</span>`).join('')}</p></div>` +
        `<div class="sm-controls"><label class="sm-control"><span class="sm-control-label">År</span><select id="${HTML_IDS.year}" data-control="year"${choices.length < 2 ? ' disabled' : ''}>${yearOptions}</select></label>${ownerControl}</div></header>`
    );
}

/** The year shown is not the model's `år` (picked in the selector, `--year`, the year setting): say so. */
function yearNote(tree: ReportTree): string {
    const modelYear = tree.view.year;
    if (modelYear === undefined || modelYear === tree.year) {
        return '';
    }
    return `<p class="sm-filter-note sm-year-note" role="status">Visar ${tree.year}; modellens år är ${modelYear}.</p>`;
}

function filterNote(tree: ReportTree): string {
    if (tree.owner === undefined) {
        return '';
    }
    const owner = tree.owners.find(o => o.id === tree.owner);
    return `<p class="sm-filter-note" role="status">Visar mål som <strong>${escapeHtml(owner?.title ?? tree.owner)}</strong> ansvarar för, och de fullmäktigemål de bidrar till.</p>`;
}

function sourceAttributes(location: SourceLocation | undefined): string {
    return location
        ? ` data-file="${escapeHtml(location.file)}" data-line="${location.line}" data-column="${location.column}"`
        : '';
}

/**
 * A tree item takes its accessible name from its row (no `aria-label`): what a screen reader announces is what
 * the row shows, so the name never hides the item's analysis, actions or history (WCAG 2.5.3, axe
 * `label-content-name-mismatch`). Browsers stop the name at the item's own group, so children are not read.
 */
interface ItemParts {
    key: string;
    level: number;
    kind: string;
    location?: SourceLocation;
    row: string;
    children?: string[];
    /** Expandable although its children are not drawn (a collapsed measure draws its chart when opened). */
    expandable?: boolean;
    /** Expanded unless listed in `collapsed` (default), or only when listed in `expanded` (measures). */
    opensWhen?: 'listed';
    /** Give the node an `id`, the target of the overview's links (keys that appear once only). */
    anchor?: boolean;
}

/** Key of the tree item holding a measure's chart. */
function chartKey(measureKey: string): string {
    return `c:${measureKey.slice(2)}`;
}

/** Key of the tree item holding how the municipality stands among the others for a measure. */
function standingKey(measureKey: string): string {
    return `s:${measureKey.slice(2)}`;
}

function treeItem(ctx: Context, parts: ItemParts): string {
    const expandable = parts.expandable === true || (parts.children !== undefined && parts.children.length > 0);
    const expanded =
        expandable && (parts.opensWhen === 'listed' ? ctx.expanded.has(parts.key) : !ctx.collapsed.has(parts.key));
    let tabindex = '-1';
    if (!ctx.tabStopTaken && parts.key === ctx.tabStopKey) {
        tabindex = '0';
        ctx.tabStopTaken = true;
    }
    // The source line (`data-file`, `data-line`) is shown by the script when the node has the focus.
    const source = sourceAttributes(parts.location);
    const twisty = expandable ? '<span class="sm-twisty" aria-hidden="true"></span>' : '';
    const anchor = parts.anchor ? ` id="${escapeHtml(nodeAnchor(parts.key))}"` : '';
    return (
        `<li class="sm-node sm-${parts.kind}" role="treeitem" aria-level="${parts.level}"${expandable ? ` aria-expanded="${expanded}"` : ''} tabindex="${tabindex}" data-key="${escapeHtml(parts.key)}"${anchor}${source}>` +
        `<div class="sm-row">${twisty}${parts.row}</div>` +
        (parts.children !== undefined && parts.children.length > 0
            ? `<ul role="group">${parts.children.join('')}</ul>`
            : '') +
        '</li>'
    );
}

function goalFigures(status: Status, fulfilment: number | null, spark: string, assessed = false): string {
    const display = statusDisplay(status);
    const percent = formatPercent(fulfilment);
    const width = fulfilment === null ? 0 : Math.max(0, Math.min(100, Math.round(fulfilment * 100)));
    return (
        `<span class="sm-figure"><span class="sm-percent">${percent}</span><span class="sm-bar" aria-hidden="true"><span class="sm-bar-fill ${display.cssClass}" style="width:${width}%"></span></span></span>` +
        `<span class="sm-trend">${spark}</span>${statusPill(status, assessedMark(assessed))}`
    );
}

/**
 * Goals and measures are headings that follow the chain (inriktning h2, KF goal h3, nämnd goal h4, measure h5):
 * one level below their tree item's parent, at most h6.
 */
function headingLevel(treeLevel: number): number {
    return Math.min(6, treeLevel + 1);
}

function coverageHtml(withValue: number, total: number): string {
    const text = coverageText(withValue, total);
    return `<span class="sm-coverage${withValue < total ? ' sm-coverage-partial' : ''}">${escapeHtml(text)}</span>`;
}

function visionItem(ctx: Context): string {
    const { view, result } = ctx.tree.vision!;
    const counts = statusCounts(ctx.tree.result);
    const countList = (label: string, statuses: readonly Status[], record: Record<string, number>) => {
        const pills = statuses
            .filter(s => (record[s] ?? 0) > 0)
            .map(s => `<li>${statusPill(s, `<span class="sm-count">${record[s]}</span>`)}</li>`)
            .join('');
        return pills
            ? `<div class="sm-counts"><span class="sm-counts-label">${label}</span><ul>${pills}</ul></div>`
            : '';
    };
    const spark = renderSparkline(ctx.goalSeries(view.id), ctx.tree.year, '%', goalMinSpan(ctx.tree.result.bounds));
    const row =
        `<div class="sm-main"><span class="sm-kind">Vision</span><span class="sm-name sm-vision-name">${escapeHtml(view.title)}</span>` +
        (view.description ? `<span class="sm-description">${escapeHtml(view.description)}</span>` : '') +
        `<span class="sm-sub">${coverageHtml(result.coverage.totalMeasuresWithValue, result.coverage.totalMeasures)}</span>` +
        `<div class="sm-summary">${countList('Fullmäktiges mål', GOAL_STATUSES, counts.kf)}${countList('Nämndmål', GOAL_STATUSES, counts.committee)}${countList('Mått', MEASURE_STATUSES, counts.measures)}</div></div>` +
        goalFigures(result.status, result.fulfilment, spark);
    return treeItem(ctx, {
        key: 'v:',
        level: 1,
        kind: 'vision',
        location: view.location,
        row
    });
}

function groupItem(
    ctx: Context,
    key: string,
    title: string,
    location: SourceLocation | undefined,
    children: string[],
    description?: string,
    kind?: string
): string {
    const row = `<div class="sm-main">${kind ? `<span class="sm-kind">${kind}</span>` : ''}<h2 class="sm-area-title">${escapeHtml(title)}</h2>${description ? `<span class="sm-description">${escapeHtml(description)}</span>` : ''}</div>`;
    return treeItem(ctx, { key, level: 1, kind: 'area', location, row, children, anchor: true });
}

function areaItem(ctx: Context, area: AreaNode): string {
    const children = area.goals.map(g => goalItem(ctx, g, 2));
    if (children.length === 0) {
        children.push(
            `<li class="sm-node sm-note" role="none"><div class="sm-row"><span class="sm-main sm-muted">Inga fullmäktigemål har denna inriktning.</span></div></li>`
        );
    }
    return groupItem(
        ctx,
        area.key,
        area.title,
        area.view?.location,
        children,
        area.view?.description,
        area.view ? 'Inriktning' : undefined
    );
}

function goalItem(ctx: Context, node: GoalNode, level: number): string {
    const { view, result } = node;
    const isKf = view.level === 'fullmäktige';
    const kind = isKf ? 'Fullmäktigemål' : 'Nämndmål';
    const owner = node.owner
        ? node.owner.committee
            ? `${node.owner.title} (${node.owner.committee.title})`
            : node.owner.title
        : undefined;
    const sub: string[] = [];
    if (owner) {
        sub.push(`<span class="sm-owner">${escapeHtml(owner)}</span>`);
    } else if (view.municipalityWide) {
        sub.push(`<span class="sm-owner">Kommunövergripande</span>`);
    }
    sub.push(coverageHtml(result.coverage.totalMeasuresWithValue, result.coverage.totalMeasures));
    if (view.weight !== 1) {
        sub.push(`<span>vikt ${escapeHtml(formatModelNumber(view.weight))}</span>`);
    }
    const spark = renderSparkline(ctx.goalSeries(view.id), ctx.tree.year, '%', goalMinSpan(ctx.tree.result.bounds));
    const heading = headingLevel(level);
    const row =
        `<div class="sm-main"><span class="sm-kind">${kind}</span><h${heading} class="sm-name">${escapeHtml(view.title)}</h${heading}><span class="sm-sub">${sub.join('')}</span>${goalFactsHtml(ctx.tree, node, ctx.base, ctx.host)}</div>` +
        goalFigures(result.status, result.fulfilment, spark, result.assessment !== undefined);
    const children = [
        ...node.measures.map(m => measureItem(ctx, m, level + 1)),
        ...node.children.map(c => goalItem(ctx, c, level + 1))
    ];
    return treeItem(ctx, {
        key: node.key,
        level,
        kind: isKf ? 'goal sm-kf' : 'goal sm-committee',
        location: view.location,
        row,
        children,
        anchor: isKf && level === 2
    });
}

function measureItem(ctx: Context, node: MeasureNode, level: number): string {
    const { view, result } = node;
    const value = measureValueText(result, view.unit);
    const reason = statusReason({ view: ctx.tree.view, measure: view }, result);
    const comparisons = comparisonLines(ctx.tree.view, result, view.unit);
    // Where the value came from (file and line) is the planner's: the preview shows it on hover, the report does not.
    const source = ctx.host === 'preview' ? valueSourceText(result, ctx.base) : undefined;
    const details: string[] = [`<span class="sm-reason">${escapeHtml(reason)}</span>`];
    for (const comparison of comparisons) {
        details.push(`<span>${escapeHtml(comparison)}</span>`);
    }
    const points: SparkPoint[] = ctx.tree
        .measureSeries(view)
        .map(({ year, result: r }) => ({ year, value: r?.value ?? null, status: r?.status ?? 'saknas' }));
    const spark = renderSparkline(
        points,
        ctx.tree.year,
        view.unit,
        measureMinSpan(
            view,
            points.map(p => p.value)
        )
    );
    const valueTitle = source ? ` title="${escapeHtml(`Värdet kommer från ${source}`)}"` : '';
    const years = ctx.tree.measureSeries(view);
    const hasChart = years.some(entry => entry.result?.value != null);
    const open = ctx.expanded.has(node.key);
    // Like the chart: the facts (every threshold in plain Swedish, target, source, five years) are in the report
    // unless the tree is large, and in the preview when the measure is opened; the follow-up is always shown.
    const facts = measureFactsHtml(ctx.tree, node, ctx.base, open || (ctx.host === 'report' && !ctx.large), ctx.host);
    const row =
        `<div class="sm-main"><h${headingLevel(level)} class="sm-name">${escapeHtml(view.title)}</h${headingLevel(level)}>${details.length > 0 ? `<span class="sm-sub">${details.join('')}</span>` : ''}${facts}</div>` +
        `<span class="sm-figure sm-value${result.value === null ? ' sm-missing' : ''}"${valueTitle}>${escapeHtml(value)}</span>` +
        `<span class="sm-trend">${spark}</span>${statusPill(result.status, assessedMark(result.assessment !== undefined))}`;
    // The report carries every chart (print shows them all) unless the tree is large; otherwise a chart is drawn
    // only when its measure is opened (the script draws it then).
    const drawn = open || (ctx.host === 'report' && !ctx.large);
    const chart =
        hasChart && drawn ? renderTrendChart(view, years, ctx.tree.year, groupTitles(ctx.tree.input.view)) : '';
    const children: string[] = [];
    if (chart) {
        children.push(
            treeItem(ctx, {
                key: chartKey(node.key),
                level: level + 1,
                kind: 'chart-item',
                row: chart
            })
        );
    }
    // How we stand among the others (READERS.md 4), when other municipalities have values for the year.
    if (result.standing && drawn) {
        children.push(
            treeItem(ctx, {
                key: standingKey(node.key),
                level: level + 1,
                kind: 'chart-item',
                row: renderStanding(view.title, result.standing, view.unit)
            })
        );
    }
    // Every measure opens: to its chart when it has values, and to its facts in any case.
    return treeItem(ctx, {
        key: node.key,
        level,
        kind: 'measure',
        location: view.location,
        row,
        children: children.length > 0 ? children : undefined,
        expandable: true,
        opensWhen: 'listed'
    });
}

function legend(tree: ReportTree): string {
    const items = legendRows(tree.result.bounds)
        .map(
            row =>
                `<div class="sm-legend-row"><dt>${[...row.measure, row.goal].map(s => statusPill(s)).join('')}</dt><dd>${escapeHtml(row.meaning)}</dd></div>`
        )
        .join('');
    const note = `${LEGEND_NOTE} ${TREND_NOTE} Kurvan visar värdet år för år (${formatValue(tree.years.length, 'år')} i underlaget).`;
    return `<section class="sm-legend" aria-labelledby="sm-legend-title"><h2 id="sm-legend-title">Teckenförklaring</h2><dl>${items}</dl><p class="sm-muted">${escapeHtml(note)}</p></section>`;
}
