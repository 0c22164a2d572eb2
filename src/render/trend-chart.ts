/**
 * The trend chart of one measure, drawn when the measure is expanded: its values over the years as a line
 * with a dot per year in its status colour, the `hel` and `halv` thresholds on the value as dashed lines,
 * years and numbers on the axes, and the municipality's rank under each year when the measure uses one.
 * An inline SVG made here (no library, nothing loaded), so the webview's CSP and the self-contained report
 * hold. The SVG is decoration for sighted readers: the same numbers are in a table for screen readers, and in
 * the accessible name of the tree item that holds the chart.
 */

import { applicableLine, applicableTarget } from '../fulfilment/plan.js';
import type { BaseResult, MeasureResult, Status } from '../fulfilment/result.js';
import { statusDisplay } from '../fulfilment/status.js';
import type { Base, Comparison, MeasureView, ThresholdLine } from '../model/model-view.js';
import { escapeHtml } from './escape.js';
import { formatDecimal, formatRank, formatSigned, formatValue } from './format.js';

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
    /** The threshold's value per year, null where its reference is missing. */
    points: Array<{ year: number; value: number | null }>;
}

const WORD = { full: 'hel', half: 'halv' } as const;
const OPERATOR_SIGN: Record<Comparison['operator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** What a `skillnad`/`förändring` base is measured from, and that reference's value in one year's result. */
function reference(base: Base): { word: string; value: (b: BaseResult) => number | undefined } | undefined {
    switch (base.kind) {
        case 'diffNational':
            return { word: 'riket', value: b => b.national?.value };
        case 'diffMean':
            return { word: 'medel', value: b => b.mean?.value };
        case 'diffGroup':
            return { word: `medel i ${base.group}`, value: b => b.mean?.value };
        case 'diffTarget':
            return { word: 'målvärdet', value: b => b.target?.value };
        case 'change':
            return { word: 'förra året', value: b => b.previous?.value };
        default:
            return undefined;
    }
}

/** Every part of the `hel` and `halv` conditions the value axis can show, as a series over `years`. */
export function thresholdSeries(view: MeasureView, years: readonly TrendYear[]): ThresholdSeries[] {
    const series: ThresholdSeries[] = [];
    // A plan over the years (LANGUAGE.md section 7): each line is drawn only in the years it applies.
    const add = (line: ThresholdLine) => {
        const which = line.level;
        const applies = (year: number) => applicableLine(view.thresholds, which, year) === line;
        const from = line.from === undefined ? '' : ` från ${line.from}`;
        for (const part of line.condition.parts) {
            const sign = OPERATOR_SIGN[part.operator];
            if (part.base.kind === 'value') {
                series.push({
                    which,
                    label: `${WORD[which]} ${sign} ${formatValue(part.value, view.unit)}${from}`,
                    points: years.map(y => ({ year: y.year, value: applies(y.year) ? part.value : null }))
                });
                continue;
            }
            const ref = reference(part.base);
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
                    label: `${WORD[which]} ${sign} ${ref.word}${part.value === 0 ? '' : ` ${formatSigned(part.value)}`}${from}`,
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

function rankText(base: BaseResult): string {
    const group = 'group' in base.base && base.base.group !== undefined ? ` i ${base.base.group}` : '';
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

const W = 380;
const LEFT = 44;
const RIGHT = 92;
const TOP = 14;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** An SVG path through the points, broken where a value is missing; a point alone between gaps is a short stroke. */
function linePath(
    points: ReadonlyArray<{ year: number; value: number | null }>,
    x: (year: number) => number,
    y: (value: number) => number
): string {
    const runs: Array<Array<{ x: number; y: number }>> = [[]];
    for (const point of points) {
        if (point.value === null) {
            runs.push([]);
        } else {
            runs[runs.length - 1]!.push({ x: x(point.year), y: y(point.value) });
        }
    }
    return runs
        .filter(run => run.length > 0)
        .map(run =>
            run.length === 1
                ? `M${run[0]!.x - 8} ${run[0]!.y} L${run[0]!.x + 8} ${run[0]!.y}`
                : run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')
        )
        .join(' ');
}

/** The chart as a list item of the tree (role treeitem, under the measure), or '' when no year has a value. */
export function renderTrendChart(view: MeasureView, years: readonly TrendYear[], current: number): string {
    const withValue = years.filter(y => y.result?.value != null);
    if (withValue.length === 0) {
        return '';
    }
    const targets = years.map(entry => applicableTarget(view, entry.year)?.value ?? null);
    const hasTarget = targets.some(t => t !== null);
    // The målvärde (LANGUAGE.md 7) is drawn like a threshold, in the focus colour, dotted.
    const lines = [
        ...thresholdSeries(view, years),
        ...(hasTarget
            ? [
                  {
                      which: 'target' as const,
                      label: 'målvärde',
                      points: years.map((e, i) => ({ year: e.year, value: targets[i]! }))
                  }
              ]
            : [])
    ];
    const values = withValue.map(y => y.result!.value!);
    const axis = valueAxis([
        ...values,
        ...lines.flatMap(t => t.points.map(p => p.value).filter((v): v is number => v !== null))
    ]);
    const ranks = years.map(entry => rankOf(entry.result));
    const hasRank = ranks.some(r => r !== undefined);
    // Room under the plot for the years, and for the ranks under them when the measure uses one.
    const H = hasRank ? 214 : 198;
    const plotW = W - LEFT - RIGHT;
    const plotH = 170 - TOP;
    const first = years[0]!.year;
    const last = years[years.length - 1]!.year;
    const inset = 18;
    const x = (year: number) =>
        round1(
            last === first ? LEFT + plotW / 2 : LEFT + inset + ((year - first) / (last - first)) * (plotW - 2 * inset)
        );
    const y = (value: number) => round1(TOP + ((axis.max - value) / (axis.max - axis.min)) * plotH);

    const parts: string[] = [];
    for (const tick of axis.ticks) {
        parts.push(`<line class="sm-chart-grid" x1="${LEFT}" x2="${LEFT + plotW}" y1="${y(tick)}" y2="${y(tick)}"/>`);
        parts.push(
            `<text class="sm-chart-tick" x="${LEFT - 6}" y="${y(tick)}" text-anchor="end" dominant-baseline="middle">${escapeHtml(formatDecimal(tick))}</text>`
        );
    }
    for (const entry of years) {
        const weight = entry.year === current ? ' sm-chart-current' : '';
        parts.push(
            `<text class="sm-chart-tick${weight}" x="${x(entry.year)}" y="${TOP + plotH + 16}" text-anchor="middle">${entry.year}</text>`
        );
    }
    ranks.forEach((rank, index) => {
        if (rank) {
            parts.push(
                `<text class="sm-chart-rank" x="${x(years[index]!.year)}" y="${TOP + plotH + 32}" text-anchor="middle">#${formatRank(rank.rank!)}</text>`
            );
        }
    });
    // Labels of lines at the same height would overlap: a label closer than a line of text moves down.
    const lastPoint = (t: { points: ThresholdSeries['points'] }) =>
        [...t.points].reverse().find(p => p.value !== null)!;
    let lastLabelY = -Infinity;
    for (const mark of lines
        .filter(t => t.points.some(p => p.value !== null))
        .sort((a, b) => y(lastPoint(a).value!) - y(lastPoint(b).value!))) {
        const css =
            mark.which === 'full' ? 'status-green' : mark.which === 'half' ? 'status-yellow' : 'sm-chart-target';
        parts.push(`<path class="sm-chart-threshold ${css}" d="${linePath(mark.points, x, y)}"/>`);
        const labelY = Math.max(y(lastPoint(mark).value!), lastLabelY + 13);
        lastLabelY = labelY;
        parts.push(
            `<text class="sm-chart-label" x="${LEFT + plotW + 6}" y="${labelY}" dominant-baseline="middle">${escapeHtml(mark.label)}</text>`
        );
    }
    parts.push(
        `<path class="sm-chart-line" d="${linePath(
            years.map(e => ({ year: e.year, value: e.result?.value ?? null })),
            x,
            y
        )}"/>`
    );
    for (const entry of withValue) {
        const status: Status = entry.result!.status;
        const r = entry.year === current ? 5.5 : 4;
        parts.push(
            `<circle class="sm-chart-dot ${statusDisplay(status).cssClass}" cx="${x(entry.year)}" cy="${y(entry.result!.value!)}" r="${r}"/>`
        );
    }
    const svg = `<svg class="sm-chart-svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;

    const caption = `${view.title} år för år`;
    const head = `<tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Status</th>${hasTarget ? '<th scope="col">Målvärde</th>' : ''}${hasRank ? '<th scope="col">Rang</th>' : ''}</tr>`;
    const rows = years
        .map((entry, index) => {
            const value = entry.result?.value;
            const word = statusDisplay(entry.result?.status ?? 'saknas').word;
            const rank = ranks[index];
            const target = targets[index];
            return `<tr><th scope="row">${entry.year}</th><td>${value == null ? 'saknas' : escapeHtml(formatValue(value, view.unit))}</td><td>${escapeHtml(word)}</td>${hasTarget ? `<td>${target == null ? '–' : escapeHtml(formatValue(target, view.unit))}</td>` : ''}${hasRank ? `<td>${rank ? escapeHtml(rankText(rank)) : '–'}</td>` : ''}</tr>`;
        })
        .join('');
    const thresholds = lines.filter(t => t.which !== 'target');
    const notes = [
        thresholds.length > 0 ? `Streckade linjer: gränsvärdena ${thresholds.map(t => t.label).join(', ')}.` : '',
        hasTarget ? 'Prickad linje: målvärdet.' : '',
        hasRank ? 'Talet under året är rangen (1 är bäst).' : ''
    ].filter(n => n);
    const thresholdNote = notes.length > 0 ? `<p class="sm-chart-note">${escapeHtml(notes.join(' '))}</p>` : '';
    const table = `<table class="sm-chart-table sm-sr"><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
    return `<figure class="sm-chart"><figcaption class="sm-chart-caption">${escapeHtml(caption)}</figcaption>${svg}${thresholdNote}${table}</figure>`;
}

/** The chart's numbers in one sentence, for the accessible name of the tree item that holds it. */
export function trendChartLabel(view: MeasureView, years: readonly TrendYear[]): string {
    const values = years
        .map(entry => {
            const value = entry.result?.value;
            const rank = rankOf(entry.result);
            const status = statusDisplay(entry.result?.status ?? 'saknas').word;
            const target = applicableTarget(view, entry.year)?.value;
            return `${entry.year}: ${value == null ? 'saknas' : formatValue(value, view.unit)} ${status}${target === undefined ? '' : `, målvärde ${formatValue(target, view.unit)}`}${rank ? `, rang ${rankText(rank)}` : ''}`;
        })
        .join('; ');
    const thresholds = thresholdSeries(view, years).map(t => t.label);
    return `Diagram, ${view.title} år för år. ${values}.${thresholds.length > 0 ? ` Gränsvärden: ${thresholds.join(', ')}.` : ''}`;
}
