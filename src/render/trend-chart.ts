/**
 * The trend chart of one measure, drawn when the measure is expanded: its values over the years as a line
 * with a dot per year in its status colour, the `hel` and `halv` thresholds on the value as dashed lines,
 * years and numbers on the axes, and the municipality's rank under each year when the measure uses one.
 * Inline SVG made here (no library, nothing loaded), so the webview's CSP and the self-contained report
 * hold. The SVG is decoration for sighted readers: the same numbers are in a table for screen readers (shown
 * on the page by *Visa som tabell*), and in the accessible name of the tree item that holds the chart.
 *
 * READERS.md 5: the SVGs are not scaled (no viewBox): positions across are percentages of the plot's width and
 * positions down are pixels, so the text keeps its 12,5 px at every width while the plot stretches. The value
 * ticks and the labels of the lines sit in SVGs of their own beside the plot, so a label never covers the data,
 * and labels are spread at least a line of text apart (chart-layout.ts). Every line is `fill="none"`, and hel,
 * halv and målvärde differ in their dash pattern, not only in colour. `trendChartSvg` draws the same layout as
 * one SVG image of a fixed size for the Word report.
 */

import { applicableLine, applicableTarget } from '../fulfilment/plan.js';
import type { BaseResult, MeasureResult } from '../fulfilment/result.js';
import { LEVEL_STATUS, statusDisplay } from '../fulfilment/status.js';
import type { Base, Comparison, MeasureView, ThresholdLine } from '../model/model-view.js';
import {
    CHART_FONT_PX,
    hasYearLabel,
    LABEL_GAP_PX,
    spreadLabels,
    YEAR_LABEL_PX,
    yearLabelStep
} from './chart-layout.js';
import { escapeHtml } from './escape.js';
import { formatDecimal, formatRank, formatSigned, formatValue } from './format.js';
import { plainCondition } from './plain-threshold.js';

/** A jämförelsegrupp's title by its id (reader-text's groupTitles); the id itself where the caller has no model. */
export type GroupTitle = (id: string) => string;
const ownId: GroupTitle = id => id;

export interface TrendYear {
    year: number;
    /** The measure's result that year; undefined when the year has no result. */
    result: MeasureResult | undefined;
}

/**
 * A threshold line over the years: `hel när värde >= 90` is flat; `halv när skillnad mot riket >= -5` follows
 * the national value (riket − 5 each year), likewise the mean, a group's mean and the previous year. Rank and
 * quartile thresholds are not on the value axis: the chart writes the rank under each year instead.
 */
export interface ThresholdSeries {
    which: 'full' | 'half';
    /** `hel ≥ 90 %`, `halv ≥ riket -5`. */
    label: string;
    /** The bound in plain Swedish (plain-threshold.ts): `minst 90 %`, `högst 5 procentenheter under riket`. */
    plain: string;
    /** The threshold's value per year, null where its reference is missing. */
    points: Array<{ year: number; value: number | null }>;
}

const OPERATOR_SIGN: Record<Comparison['operator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** What a `skillnad`/`förändring` base is measured from, and that reference's value in one year's result. */
function reference(
    base: Base,
    groupTitle: GroupTitle
): { word: string; value: (b: BaseResult) => number | undefined } | undefined {
    switch (base.kind) {
        case 'diffNational':
            return { word: 'riket', value: b => b.national?.value };
        case 'diffMean':
            return { word: 'medel', value: b => b.mean?.value };
        case 'diffGroup':
            return { word: `medel i ${groupTitle(base.group)}`, value: b => b.mean?.value };
        case 'diffTarget':
            return { word: 'målvärdet', value: b => b.target?.value };
        case 'change':
            return { word: 'förra året', value: b => b.previous?.value };
        default:
            return undefined;
    }
}

/** Every part of the `hel` and `halv` conditions the value axis can show, as a series over `years`. */
export function thresholdSeries(
    view: MeasureView,
    years: readonly TrendYear[],
    groupTitle: GroupTitle = ownId
): ThresholdSeries[] {
    const series: ThresholdSeries[] = [];
    // A plan over the years (LANGUAGE.md section 7): each line is drawn only in the years it applies.
    const add = (line: ThresholdLine) => {
        const which = line.level;
        const applies = (year: number) => applicableLine(view.thresholds, which, year) === line;
        const from = line.from === undefined ? '' : ` från ${line.from}`;
        for (const part of line.condition.parts) {
            const sign = OPERATOR_SIGN[part.operator];
            const context = { unit: view.unit, direction: view.direction, groupTitle };
            const plain = `${plainCondition({ parts: [part], location: part.location }, context)}${from}`;
            if (part.base.kind === 'value') {
                series.push({
                    which,
                    label: `${LEVEL_STATUS[which]} ${sign} ${formatValue(part.value, view.unit)}${from}`,
                    plain,
                    points: years.map(y => ({ year: y.year, value: applies(y.year) ? part.value : null }))
                });
                continue;
            }
            const ref = reference(part.base, groupTitle);
            if (!ref) {
                continue;
            }
            const key = JSON.stringify(part.base);
            const points = years.map(y => {
                const base = y.result?.bases.find(b => JSON.stringify(b.base) === key);
                const at = base ? ref.value(base) : undefined;
                return { year: y.year, value: at === undefined || !applies(y.year) ? null : at + part.value };
            });
            if (points.some(p => p.value !== null)) {
                series.push({
                    which,
                    label: `${LEVEL_STATUS[which]} ${sign} ${ref.word}${part.value === 0 ? '' : ` ${formatSigned(part.value)}`}${from}`,
                    plain,
                    points
                });
            }
        }
    };
    view.thresholds.forEach(add);
    return series;
}

/** The rank base a measure's conditions use, for one year's result. */
function rankOf(result: MeasureResult | undefined): BaseResult | undefined {
    return result?.bases.find(b => (b.base.kind === 'rank' || b.base.kind === 'quartile') && b.rank !== undefined);
}

function rankText(base: BaseResult, groupTitle: GroupTitle): string {
    const group = 'group' in base.base && base.base.group !== undefined ? ` i ${groupTitle(base.base.group)}` : '';
    return `${formatRank(base.rank!, base.ranked)}${group}`;
}

/** 1, 2 or 5 times a power of ten: a step that gives about `count` ticks over `span`. */
function niceStep(span: number, count: number): number {
    const raw = span / count;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const fraction = raw / power;
    return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

export interface Axis {
    min: number;
    max: number;
    ticks: number[];
}

/** A value axis covering every value and threshold, on round numbers, with at least some span. */
export function valueAxis(values: readonly number[]): Axis {
    let low = Math.min(...values);
    let high = Math.max(...values);
    if (low === high) {
        const pad = Math.abs(low) > 0 ? Math.abs(low) * 0.1 : 1;
        low -= pad;
        high += pad;
    }
    const step = niceStep(high - low, 4);
    const min = Math.floor(low / step) * step;
    const max = Math.ceil(high / step) * step;
    const ticks: number[] = [];
    for (let tick = min; tick <= max + step / 1000; tick += step) {
        ticks.push(Math.round(tick / step) * step);
    }
    return { min, max, ticks };
}

/** How each kind of line is drawn: the pattern tells them apart without colour (READERS.md 5). */
export const LINE_STYLE = {
    full: { dash: '9 4', width: 2, word: 'lång streckad linje' },
    half: { dash: '3 3', width: 2, word: 'kort streckad linje' },
    target: { dash: '0.1 5', width: 3, word: 'prickad linje' }
} as const;
type LineKind = keyof typeof LINE_STYLE;

/** Colours as SVG attributes, for the chart image of the Word report; the stylesheet overrides them on screen. */
const PAINT: Record<'green' | 'yellow' | 'red' | 'grey' | 'fg' | 'muted' | 'grid' | 'target' | 'bg', string> = {
    green: '#1a7f37',
    yellow: '#9a6700',
    red: '#cf222e',
    grey: '#6e7781',
    fg: '#1f2328',
    muted: '#59636e',
    grid: '#d1d9e0',
    target: '#0969da',
    bg: '#ffffff'
};

/** The plot's height in CSS px (unscaled: the chart draws its text at its size, READERS.md 5). */
const PLOT_H = 150;
const TOP = 10;
const BELOW = 8;
/** Room for the years under the plot, and for the ranks under them. */
const YEAR_ROW = 20;
const RANK_ROW = 18;
/** Left and right margins of the line, as a share of the plot's width, so the first and last dots show whole. */
const INSET = 0.06;
/** Width of a character of chart text (12,5 px, tabular figures), generous. */
const CHAR_PX = 7.6;
/** A plot narrower than this is not expected: years are thinned so that their labels fit it. */
export const NARROW_PLOT_PX = 150;
/** From this plot width on (a container query in the stylesheet), every year of a chart with few years is labelled. */
export const WIDE_PLOT_PX = 352;

const round1 = (x: number) => Math.round(x * 10) / 10 + 0;

/** Everything the chart shows, laid out: shared by the HTML chart and the Word report's image of it. */
export interface TrendLayout {
    view: MeasureView;
    years: readonly TrendYear[];
    current: number;
    axis: Axis;
    lines: Array<{ which: LineKind; plain: string; short: string; points: ThresholdSeries['points'] }>;
    /** Per year: the rank text (`#11`) when the measure uses one. */
    ranks: Array<BaseResult | undefined>;
    hasRank: boolean;
    targets: Array<number | null>;
    hasTarget: boolean;
    /** The x of a year as a share of the plot's width, 0..1. */
    x: (year: number) => number;
    /** The y of a value in px from the top of the plot's SVG. */
    y: (value: number) => number;
    /** The labels of the lines: their y (never closer than a line of text), in the order of `lines`. */
    labelY: number[];
    height: number;
    yAxisWidth: number;
    labelWidth: number;
    groupTitle: GroupTitle;
}

/** The chart laid out, or undefined when no year has a value. */
export function trendLayout(
    view: MeasureView,
    years: readonly TrendYear[],
    current: number,
    groupTitle: GroupTitle = ownId
): TrendLayout | undefined {
    const withValue = years.filter(y => y.result?.value != null);
    if (withValue.length === 0) {
        return undefined;
    }
    const targets = years.map(entry => applicableTarget(view, entry.year)?.value ?? null);
    const hasTarget = targets.some(t => t !== null);
    const thresholds = thresholdSeries(view, years, groupTitle).filter(t => t.points.some(p => p.value !== null));
    const count = (which: ThresholdSeries['which']) => thresholds.filter(t => t.which === which).length;
    const seen = { full: 0, half: 0 };
    const lines: TrendLayout['lines'] = thresholds.map(t => {
        seen[t.which]++;
        // Two lines of one level (`hel när värde >= 90 och skillnad mot riket >= 0`) are numbered: hel 1, hel 2.
        const short = count(t.which) > 1 ? `${LEVEL_STATUS[t.which]} ${seen[t.which]}` : LEVEL_STATUS[t.which];
        return { which: t.which, plain: t.plain, short, points: t.points };
    });
    if (hasTarget) {
        lines.push({
            which: 'target',
            plain: 'målvärdet',
            short: 'mål',
            points: years.map((e, i) => ({ year: e.year, value: targets[i]! }))
        });
    }
    const axis = valueAxis([
        ...withValue.map(y => y.result!.value!),
        ...lines.flatMap(t => t.points.map(p => p.value).filter((v): v is number => v !== null))
    ]);
    const ranks = years.map(entry => rankOf(entry.result));
    const hasRank = ranks.some(r => r !== undefined);
    const first = years[0]!.year;
    const last = years[years.length - 1]!.year;
    const x = (year: number) => (last === first ? 0.5 : INSET + ((year - first) / (last - first)) * (1 - 2 * INSET));
    const y = (value: number) => round1(TOP + ((axis.max - value) / (axis.max - axis.min)) * PLOT_H);
    const lastPoint = (points: ThresholdSeries['points']) => [...points].reverse().find(p => p.value !== null)!;
    const labelY = spreadLabels(
        lines.map(line => y(lastPoint(line.points).value!)),
        LABEL_GAP_PX,
        TOP,
        TOP + PLOT_H
    );
    const lowest = Math.max(TOP + PLOT_H, ...labelY);
    const tickWidth = Math.max(...axis.ticks.map(t => formatDecimal(t).length));
    const shortWidth = Math.max(0, ...lines.map(l => l.short.length));
    return {
        groupTitle,
        view,
        years,
        current,
        axis,
        lines,
        ranks,
        hasRank,
        targets,
        hasTarget,
        x,
        y,
        labelY,
        height: Math.ceil(lowest + BELOW + YEAR_ROW + (hasRank ? RANK_ROW : 0)),
        yAxisWidth: Math.ceil(tickWidth * CHAR_PX + 8),
        labelWidth: lines.length > 0 ? Math.ceil(shortWidth * CHAR_PX + 24) : 0
    };
}

const pct = (share: number) => `${round1(share * 100)}%`;

function strokeOf(which: LineKind): string {
    return which === 'full' ? PAINT.green : which === 'half' ? PAINT.yellow : PAINT.target;
}

function cssOf(which: LineKind): string {
    return which === 'full' ? 'status-green' : which === 'half' ? 'status-yellow' : 'sm-chart-target';
}

/** A line as drawn: never filled (READERS.md 5), its pattern from LINE_STYLE. */
function lineAttributes(which: LineKind): string {
    const style = LINE_STYLE[which];
    const cap = which === 'target' ? ' stroke-linecap="round"' : '';
    return `fill="none" stroke="${strokeOf(which)}" stroke-width="${style.width}" stroke-dasharray="${style.dash}"${cap}`;
}

/**
 * Segments between consecutive points with a value (a line is broken where one is missing; a point alone is a
 * short stroke). Coordinates in % across and px down, so the plot stretches with the page and its text does not.
 */
function segments(
    points: ReadonlyArray<{ year: number; value: number | null }>,
    layout: TrendLayout,
    attributes: string
): string {
    const out: string[] = [];
    points.forEach((point, index) => {
        if (point.value === null) {
            return;
        }
        const next = points[index + 1];
        const before = points[index - 1];
        const y1 = layout.y(point.value);
        if (next && next.value !== null) {
            out.push(
                `<line ${attributes} x1="${pct(layout.x(point.year))}" y1="${y1}" x2="${pct(layout.x(next.year))}" y2="${layout.y(next.value)}"/>`
            );
        } else if (!before || before.value === null) {
            const at = layout.x(point.year);
            out.push(
                `<line ${attributes} x1="${pct(Math.max(0, at - 0.03))}" y1="${y1}" x2="${pct(Math.min(1, at + 0.03))}" y2="${y1}"/>`
            );
        }
    });
    return out.join('');
}

/** The three SVGs of the chart: value ticks, the plot (lines, dots, years, ranks) and the labels of the lines. */
function chartParts(
    layout: TrendLayout,
    plotWidth: number | undefined
): { axis: string; plot: string; labels: string } {
    const { axis, years, current, y, x } = layout;
    const text = `font-size="${CHART_FONT_PX}" fill="${PAINT.muted}"`;
    const ticks = axis.ticks
        .map(
            tick =>
                `<text class="sm-chart-tick" ${text} x="${layout.yAxisWidth - 6}" y="${y(tick)}" dy="0.35em" text-anchor="end">${escapeHtml(formatDecimal(tick))}</text>`
        )
        .join('');
    const plot: string[] = [];
    for (const tick of axis.ticks) {
        plot.push(
            `<line class="sm-chart-grid" stroke="${PAINT.grid}" stroke-width="1" x1="0" x2="100%" y1="${y(tick)}" y2="${y(tick)}"/>`
        );
    }
    // Years (and ranks) thinned to what the narrowest plot holds; on a wide plot the stylesheet shows the rest.
    const currentIndex = Math.max(
        0,
        years.findIndex(e => e.year === current)
    );
    const narrowStep = yearLabelStep(years.length, plotWidth ?? NARROW_PLOT_PX);
    const wideFits = plotWidth === undefined && years.length * YEAR_LABEL_PX <= WIDE_PLOT_PX;
    const yearY = Math.max(TOP + PLOT_H, ...layout.labelY) + BELOW + 12;
    years.forEach((entry, index) => {
        const shown = hasYearLabel(index, currentIndex, narrowStep);
        if (!shown && !wideFits) {
            return;
        }
        const minor = shown ? '' : ' sm-chart-minor';
        const isCurrent = entry.year === current;
        const weight = isCurrent ? ` font-weight="700" fill="${PAINT.fg}"` : ` fill="${PAINT.muted}"`;
        plot.push(
            `<text class="sm-chart-tick${isCurrent ? ' sm-chart-current' : ''}${minor}" font-size="${CHART_FONT_PX}"${weight} x="${pct(x(entry.year))}" y="${yearY}" text-anchor="middle">${entry.year}</text>`
        );
        const rank = layout.ranks[index];
        if (rank) {
            plot.push(
                `<text class="sm-chart-rank${minor}" font-size="${CHART_FONT_PX}" font-weight="600" fill="${PAINT.fg}" x="${pct(x(entry.year))}" y="${yearY + RANK_ROW}" text-anchor="middle">#${formatRank(rank.rank!)}</text>`
            );
        }
    });
    for (const line of layout.lines) {
        plot.push(
            `<g class="sm-chart-threshold ${cssOf(line.which)}">${segments(line.points, layout, lineAttributes(line.which))}</g>`
        );
    }
    plot.push(
        `<g class="sm-chart-line">${segments(
            years.map(e => ({ year: e.year, value: e.result?.value ?? null })),
            layout,
            `fill="none" stroke="${PAINT.fg}" stroke-width="2" stroke-linecap="round"`
        )}</g>`
    );
    for (const entry of years) {
        const value = entry.result?.value;
        if (value == null) {
            continue;
        }
        const display = statusDisplay(entry.result!.status);
        const r = entry.year === current ? 5.5 : 4;
        plot.push(
            `<circle class="sm-chart-dot ${display.cssClass}" fill="${PAINT[display.colour]}" stroke="${PAINT.bg}" stroke-width="1.5" cx="${pct(x(entry.year))}" cy="${y(value)}" r="${r}"/>`
        );
    }
    const labels = layout.lines
        .map((line, index) => {
            const at = layout.labelY[index]!;
            return (
                `<line class="sm-chart-threshold ${cssOf(line.which)}" ${lineAttributes(line.which)} x1="2" x2="16" y1="${at}" y2="${at}"/>` +
                `<text class="sm-chart-label" font-size="${CHART_FONT_PX}" fill="${PAINT.fg}" x="20" y="${at}" dy="0.35em">${escapeHtml(line.short)}</text>`
            );
        })
        .join('');
    return { axis: ticks, plot: plot.join(''), labels };
}

/** The chart as a list item's content of the tree (role treeitem, under the measure), or '' when no year has a value. */
export function renderTrendChart(
    view: MeasureView,
    years: readonly TrendYear[],
    current: number,
    groupTitle: GroupTitle = ownId
): string {
    const layout = trendLayout(view, years, current, groupTitle);
    if (!layout) {
        return '';
    }
    const parts = chartParts(layout, undefined);
    const svg = (css: string, width: string, body: string) =>
        `<svg class="${css}" width="${width}" height="${layout.height}" aria-hidden="true" focusable="false">${body}</svg>`;
    const body =
        `<div class="sm-chart-body" aria-hidden="true">` +
        svg('sm-chart-svg sm-chart-axis', String(layout.yAxisWidth), parts.axis) +
        `<div class="sm-chart-plot">${svg('sm-chart-svg', '100%', parts.plot)}</div>` +
        (layout.labelWidth > 0 ? svg('sm-chart-svg sm-chart-labels', String(layout.labelWidth), parts.labels) : '') +
        '</div>';
    const caption = `${view.title} år för år`;
    return `<figure class="sm-chart"><figcaption class="sm-chart-caption">${escapeHtml(caption)}</figcaption>${body}${chartKeyHtml(layout)}${chartTable(layout, caption)}</figure>`;
}

/** What each line is, in words and with its pattern: the labels in the chart are short. */
function chartKeyHtml(layout: TrendLayout): string {
    const items = layout.lines.map(line => {
        const sample = `<svg class="sm-chart-sample" width="26" height="10" aria-hidden="true" focusable="false"><line class="sm-chart-threshold ${cssOf(line.which)}" ${lineAttributes(line.which)} x1="1" x2="25" y1="5" y2="5"/></svg>`;
        return `<li>${sample}<span>${escapeHtml(`${line.short}: ${line.plain} (${LINE_STYLE[line.which].word})`)}</span></li>`;
    });
    if (layout.hasRank) {
        items.push('<li><span>Talet under året är rangen (1 är bäst).</span></li>');
    }
    return items.length > 0 ? `<ul class="sm-chart-key">${items.join('')}</ul>` : '';
}

/**
 * The chart's numbers as a table: read by screen readers always, shown on the page by *Visa som tabell* (a
 * disclosure that needs no script: the stylesheet shows the table that follows an open one).
 */
function chartTable(layout: TrendLayout, caption: string): string {
    const { view, years, ranks, targets, hasRank, hasTarget, groupTitle } = layout;
    const head = `<tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Status</th>${hasTarget ? '<th scope="col">Målvärde</th>' : ''}${hasRank ? '<th scope="col">Rang</th>' : ''}</tr>`;
    const rows = years
        .map((entry, index) => {
            const value = entry.result?.value;
            const word = statusDisplay(entry.result?.status ?? 'saknas').word;
            const rank = ranks[index];
            const target = targets[index];
            return `<tr><th scope="row">${entry.year}</th><td>${value == null ? 'saknas' : escapeHtml(formatValue(value, view.unit))}</td><td>${escapeHtml(word)}</td>${hasTarget ? `<td>${target == null ? '–' : escapeHtml(formatValue(target, view.unit))}</td>` : ''}${hasRank ? `<td>${rank ? escapeHtml(rankText(rank, groupTitle)) : '–'}</td>` : ''}</tr>`;
        })
        .join('');
    return `${SHOW_AS_TABLE}<div class="sm-sr"><table class="sm-chart-table"><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * The disclosure before a chart's table; open, it shows the table (see `.sm-show-table` in the stylesheet). The table
 * is hidden in a `div` (a hidden table would still widen the page by its content's width).
 */
export const SHOW_AS_TABLE = '<details class="sm-show-table"><summary>Visa som tabell</summary></details>';

/**
 * The chart as one SVG image of a fixed size, for the Word report: the same layout with its text inside,
 * colours as attributes (no stylesheet), every year labelled that the width holds.
 */
export function trendChartSvg(
    view: MeasureView,
    years: readonly TrendYear[],
    current: number,
    width = 560,
    groupTitle: GroupTitle = ownId
): string {
    const layout = trendLayout(view, years, current, groupTitle);
    if (!layout) {
        return '';
    }
    const plotWidth = width - layout.yAxisWidth - layout.labelWidth;
    const parts = chartParts(layout, plotWidth);
    const nested = (x: number, w: number, body: string) =>
        `<svg x="${x}" y="0" width="${w}" height="${layout.height}" overflow="visible">${body}</svg>`;
    return (
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${layout.height}" viewBox="0 0 ${width} ${layout.height}" font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif">` +
        `<rect width="100%" height="100%" fill="${PAINT.bg}"/>` +
        nested(0, layout.yAxisWidth, parts.axis) +
        nested(layout.yAxisWidth, plotWidth, parts.plot) +
        (layout.labelWidth > 0 ? nested(layout.yAxisWidth + plotWidth, layout.labelWidth, parts.labels) : '') +
        '</svg>'
    );
}

/** The chart's numbers in one sentence, for the accessible name of the tree item that holds it. */
export function trendChartLabel(
    view: MeasureView,
    years: readonly TrendYear[],
    groupTitle: GroupTitle = ownId
): string {
    const values = years
        .map(entry => {
            const value = entry.result?.value;
            const rank = rankOf(entry.result);
            const status = statusDisplay(entry.result?.status ?? 'saknas').word;
            const target = applicableTarget(view, entry.year)?.value;
            return `${entry.year}: ${value == null ? 'saknas' : formatValue(value, view.unit)} ${status}${target === undefined ? '' : `, målvärde ${formatValue(target, view.unit)}`}${rank ? `, rang ${rankText(rank, groupTitle)}` : ''}`;
        })
        .join('; ');
    const thresholds = thresholdSeries(view, years, groupTitle).map(t => t.label);
    return `Diagram, ${view.title} år för år. ${values}.${thresholds.length > 0 ? ` Gränsvärden: ${thresholds.join(', ')}.` : ''}`;
}
