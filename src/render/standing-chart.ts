/**
 * How we stand among the others (READERS.md 4), as Kolada's *Jämföraren* shows it: every municipality's value
 * for the year as one bar, best first, the own bar marked and named, the members of the compared group marked
 * under their bars, Riket as a dashed line; beside it the rank in words, lowest/median/highest, the group's
 * members with their values, kvinnor/män; and every number in a table (*Visa som tabell*).
 *
 * The bars are one SVG stretched to the width (a bar is a shape; Riket is a line, `fill="none"`, drawn with a
 * stroke that does not stretch); every text is HTML beside it, so it keeps its size at every width.
 */
import type { Standing } from '../fulfilment/result.js';
import { escapeHtml } from './escape.js';
import { formatRank } from './format.js';
import { type HtmlPiece, piecesText, SharedText } from './html-pieces.js';
import {
    type StandingLayout,
    type StandingRow,
    specialRow,
    standingLayout,
    standingSentences,
    standingText
} from './reader-text/standing.js';
import { SHOW_AS_TABLE } from './trend-chart.js';

/** Height of the bars' area in the stretched SVG's units, and of the marks under it. */
const BARS = 100;
const MARKS = 12;

const round2 = (x: number) => Math.round(x * 100) / 100 + 0;

/** One bar of the path: `M x0 base V top H x1 V base Z`. */
function bar(position: number, top: number, base: number): string {
    return `M${position + 0.1} ${base}V${top}H${position + 0.9}V${base}Z`;
}

/** What every page drawing the same layout shares: each plain row's HTML and each bar, per Riket's value. */
interface Drawn {
    rows: SharedText;
    bars: Map<number | undefined, Bars>;
}

/** The scale of the bars (Riket's line takes part in it) and each position's bar. */
interface Bars {
    y: (value: number) => number;
    bars: SharedText;
}

/**
 * Per shared layout (reader-text/standing.ts: one per KPI, year and what the rows depend on): the 290 rows and
 * bars are written once, not on each of the 290 models' pages that show them.
 */
const drawings = new WeakMap<StandingLayout, Drawn>();

function drawnOf(layout: StandingLayout, hasPlace: boolean): Drawn {
    let drawn = drawings.get(layout);
    if (drawn === undefined) {
        drawn = { rows: new SharedText(layout.rows.map(row => rowHtml(row, hasPlace, '', ''))), bars: new Map() };
        drawings.set(layout, drawn);
    }
    return drawn;
}

function barsOf(drawn: Drawn, layout: StandingLayout, standing: Standing): Bars {
    let bars = drawn.bars.get(standing.national);
    if (bars === undefined) {
        // Bars in rank order (best first), value 0 at the base; negative values hang below it.
        const low = Math.min(0, ...standing.values);
        const high = Math.max(0, ...standing.values, standing.national ?? 0);
        const span = high - low || 1;
        const y = (value: number) => round2(((high - value) / span) * BARS);
        const base = y(0);
        bars = {
            y,
            bars: new SharedText(layout.order.map((index, position) => bar(position, y(standing.values[index]!), base)))
        };
        drawn.bars.set(standing.national, bars);
    }
    return bars;
}

function rowHtml(row: Readonly<StandingRow>, hasPlace: boolean, css: string, note: string): string {
    return `<tr${css}>${hasPlace ? `<td>${row.place}</td>` : ''}<th scope="row">${escapeHtml(row.name + note)}</th><td>${escapeHtml(row.value)}</td></tr>`;
}

/** The caption and the words of the standing, for the heading and the accessible name of its tree item. */
export function standingLabel(title: string, standing: Standing, unit?: string): string {
    return `Jämförelse, ${title}: alla kommuner ${standing.year}. ${standingSentences(standingText(standing, unit)).join(' ')}`;
}

export function renderStanding(title: string, standing: Standing, unit?: string): string {
    return piecesText(renderStandingPieces(title, standing, unit));
}

/** The same HTML in pieces: the rows and bars it shares with every page of the same layout stay shared. */
export function renderStandingPieces(title: string, standing: Standing, unit?: string): HtmlPiece[] {
    const text = standingText(standing, unit);
    const layout = standingLayout(standing, unit);
    const count = standing.values.length;
    const hasPlace = standing.direction !== undefined;
    const drawn = drawnOf(layout, hasPlace);
    const { y, bars } = barsOf(drawn, layout, standing);
    const ownAt = layout.position.get(standing.own.code)!;
    const members = new Set(standing.group?.members.map(m => m.code) ?? []);
    const memberAt = [...members].map(code => layout.position.get(code)).filter((p): p is number => p !== undefined);
    // The shared rows and bars, with the own and the members' in their places.
    const rowsHtml = new Map<number, string>();
    const others = new Map<number, string>();
    for (const position of [ownAt, ...memberAt]) {
        const row = specialRow(standing, layout.rows[position]!, members.has(layout.rows[position]!.code));
        const css = row.own ? ' class="sm-standing-own-row"' : ' class="sm-standing-member-row"';
        const note = row.own ? ' (vår kommun)' : ` (${standing.group!.title ?? standing.group!.id})`;
        rowsHtml.set(position, rowHtml(row, hasPlace, css, note));
        others.set(position, '');
    }
    const ownRow = specialRow(standing, layout.rows[ownAt]!, members.has(standing.own.code));
    const parts = [
        `<rect class="sm-standing-band" x="${ownAt - 0.5}" y="0" width="2" height="${BARS}"/>`,
        `<path class="sm-standing-bar" d="`,
        ...bars.replaced(others),
        '"/>',
        memberAt.length > 0
            ? `<path class="sm-standing-bar sm-standing-member" d="${memberAt
                  .filter(p => p !== ownAt)
                  .map(p => bars.parts[p]!)
                  .join('')}"/>` +
              `<path class="sm-standing-mark" d="${memberAt.map(p => `M${p} ${BARS + 3}h1v${MARKS - 4}h-1Z`).join('')}"/>`
            : '',
        `<path class="sm-standing-bar sm-standing-own" d="${bars.parts[ownAt]!}"/>`,
        `<path class="sm-standing-mark sm-standing-own" d="M${ownAt - 0.5} ${BARS + 2}h2v${MARKS - 2}h-2Z"/>`,
        standing.national === undefined
            ? ''
            : `<line class="sm-standing-national" fill="none" stroke-dasharray="6 4" vector-effect="non-scaling-stroke" x1="0" x2="${count}" y1="${y(standing.national)}" y2="${y(standing.national)}"/>`
    ];
    const svgStart = `<svg class="sm-standing-svg" viewBox="0 0 ${count} ${BARS + MARKS}" preserveAspectRatio="none" width="100%" height="132" aria-hidden="true" focusable="false">`;
    // The own bar's name over the chart: an arrow right above the bar, the name slid so that it stays within the
    // chart at any width (at x % across, the name starts x % of its own width to the left).
    const ownShare = round2(((ownAt + 0.5) / count) * 100);
    const ownName = ownRow.name;
    // Placed by classes (`sm-left-37 sm-slide-37`, whole percent), not style attributes, so that the site's strict
    // CSP (style-src 'self') holds.
    const at = Math.round(ownShare);
    const pointer =
        `<span class="sm-standing-pointer sm-left-${at} sm-slide-${at}">${escapeHtml(ownName)}</span>` +
        `<span class="sm-standing-arrow sm-left-${at}">▼</span>`;
    const ends =
        standing.direction === undefined ? ['Lägst', 'Högst'] : ['Plats 1 (bäst)', `Plats ${formatRank(count)}`];
    const axis = `<div class="sm-standing-ends"><span>${ends[0]}</span><span>${ends[1]}</span></div>`;
    const key = [
        `<li><span class="sm-standing-swatch sm-standing-own"></span><span>${escapeHtml(ownName)} (${escapeHtml(ownRow.value)})</span></li>`,
        standing.group
            ? `<li><span class="sm-standing-swatch sm-standing-member"></span><span>${escapeHtml(standing.group.title ?? standing.group.id)}, markerade under staplarna</span></li>`
            : '',
        standing.national === undefined
            ? ''
            : `<li><svg class="sm-chart-sample" width="26" height="10" aria-hidden="true" focusable="false"><line class="sm-standing-national" fill="none" stroke-dasharray="6 4" x1="1" x2="25" y1="5" y2="5"/></svg><span>${escapeHtml(text.national!.replace(/\.$/, ''))} (streckad linje)</span></li>`
    ].join('');
    const words = standingSentences(text)
        .map(sentence => `<p class="sm-standing-text">${escapeHtml(sentence)}</p>`)
        .join('');
    const caption = `${title}: alla kommuner ${standing.year}`;
    const head = `<tr>${hasPlace ? '<th scope="col">Plats</th>' : ''}<th scope="col">Kommun</th><th scope="col">Värde</th></tr>`;
    return [
        `<figure class="sm-standing"><figcaption class="sm-chart-caption">${escapeHtml(caption)}</figcaption>` +
            `<div class="sm-standing-chart" aria-hidden="true">${pointer}${svgStart}`,
        ...parts,
        `</svg>${axis}</div><ul class="sm-chart-key">${key}</ul>${words}` +
            `${SHOW_AS_TABLE}<div class="sm-sr"><table class="sm-chart-table sm-standing-table"><caption>${escapeHtml(caption)}</caption><thead>${head}</thead><tbody>`,
        ...drawn.rows.replaced(rowsHtml),
        '</tbody></table></div></figure>'
    ];
}
