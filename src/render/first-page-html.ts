/**
 * The top of the HTML report and the preview (READERS.md 2) and the quality appendix at its end (3): the
 * reader-text layer's first page and quality notes, laid out. Shared by the report and the preview, whose
 * data comes from the language server, so both show the same first screen.
 */
import { escapeHtml } from './escape.js';
import { ASSESSED } from './follow-up.js';
import { nodeAnchor } from './overview.js';
import { type FirstPage, type FirstPageGoal, firstPage, qualityNotes, type TrendMark } from './reader-text/index.js';
import type { RenderInput } from './render-input.js';
import type { ReportTree } from './report-model.js';
import { scrollRegion } from './scroll-region.js';
import { statusPill } from './status-marks.js';

/** The id of the appendix, the target of the first page's line about it. */
export const QUALITY_ID = 'sm-quality';

/** A trend mark: the arrow for the eye, its words for everyone (not only for screen readers: print too). */
function trendHtml(trend: TrendMark | undefined): string {
    if (!trend) {
        return '<span class="sm-fp-trend sm-muted">–</span>';
    }
    return `<span class="sm-fp-trend sm-trend-${trend.direction}"><span aria-hidden="true">${trend.symbol}</span> ${escapeHtml(trend.text.slice(trend.symbol.length + 1))}</span>`;
}

function goalRow(goal: FirstPageGoal, withTrend: boolean): string {
    const weight = goal.weight ? ` <span class="sm-muted">(${escapeHtml(goal.weight)})</span>` : '';
    const notes = [
        goal.motivation ? `<span class="sm-fp-note"><em>${ASSESSED}:</em> ${escapeHtml(goal.motivation)}</span>` : '',
        goal.weights ? `<span class="sm-fp-note">${escapeHtml(goal.weights)}</span>` : ''
    ].join('');
    return (
        `<tr><th scope="row"><a href="#${escapeHtml(nodeAnchor(goal.key))}" data-target="${escapeHtml(goal.key)}">${escapeHtml(goal.title)}</a>${weight}${notes}</th>` +
        `<td>${statusPill(goal.status, goal.assessed ? `<span class="sm-assessed"> · ${ASSESSED}</span>` : '')}</td><td class="sm-fp-num">${escapeHtml(goal.fulfilment)}</td>` +
        (withTrend ? `<td>${trendHtml(goal.trend)}</td>` : '') +
        '</tr>'
    );
}

function table(page: FirstPage): string {
    const withTrend = page.previousYear !== undefined;
    const head = `<tr><th scope="col">Inriktning och mål</th><th scope="col">Status</th><th scope="col">Uppfyllelse</th>${withTrend ? `<th scope="col">Jämfört med ${page.previousYear}</th>` : ''}</tr>`;
    const body = page.areas
        .map(area => {
            const cells =
                area.status !== undefined
                    ? `<td>${statusPill(area.status)}</td><td class="sm-fp-num">${escapeHtml(area.fulfilment ?? '–')}</td>${withTrend ? `<td>${trendHtml(area.trend)}</td>` : ''}`
                    : `<td colspan="${withTrend ? 3 : 2}"></td>`;
            const areaRow = `<tr class="sm-fp-area"><th scope="rowgroup">${escapeHtml(area.title)}</th>${cells}</tr>`;
            return `<tbody>${areaRow}${area.goals.map(goal => goalRow(goal, withTrend)).join('')}</tbody>`;
        })
        .join('');
    // A labelled region in the tab order, like every wide block, should it ever be wider than the page.
    return scrollRegion(
        `Fullmäktiges mål ${page.year}`,
        `<table class="sm-fp-table"><caption>Fullmäktiges mål ${page.year}</caption><thead>${head}</thead>${body}</table>`,
        'sm-fp-wrap'
    );
}

/** The first screen: the opening sentence, the line about the appendix, each inriktning and KF goal. */
export function firstPageHtml(tree: ReportTree): string {
    const page = firstPage(tree);
    const quality = page.quality
        ? `<p class="sm-fp-quality"><a href="#${QUALITY_ID}">${escapeHtml(page.quality)}</a></p>`
        : '';
    const goals = page.areas.some(a => a.goals.length > 0) ? table(page) : '';
    return `<section class="sm-first" aria-labelledby="sm-first-title"><h2 id="sm-first-title" class="sm-sr">Sammanfattning ${page.year}</h2><p class="sm-opening">${escapeHtml(page.opening)}</p>${quality}${goals}</section>`;
}

/** *Bilaga: Kvalitetskontroll*, last: plain sentences, no codes, ids or paths. */
export function qualityAppendixHtml(input: RenderInput): string {
    const notes = qualityNotes(input);
    if (notes.count === 0) {
        return '';
    }
    const sections = notes.sections
        .map(
            section =>
                `<h3>${escapeHtml(section.heading)}</h3><ul>${section.items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
        )
        .join('');
    return `<section class="sm-notes sm-quality" id="${QUALITY_ID}" aria-labelledby="${QUALITY_ID}-title"><h2 id="${QUALITY_ID}-title">${escapeHtml(notes.heading)}</h2><p>${escapeHtml(notes.intro)}</p>${sections}</section>`;
}

export const FIRST_PAGE_STYLES = String.raw`
.sm-first { margin: 0 0 1.5rem; }
.sm-opening { font-size: 1.15em; font-weight: 600; margin: 0 0 0.4rem; }
.sm-fp-quality { margin: 0 0 0.75rem; font-size: 0.92em; }
.sm-fp-wrap { max-width: 100%; overflow-x: auto; }
.sm-first a:focus-visible, .sm-fp-quality a:focus-visible { outline: 2px solid var(--sm-focus); outline-offset: 1px; }
.sm-fp-table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
.sm-fp-table caption { text-align: left; font-weight: 650; padding-bottom: 0.3rem; }
.sm-fp-table th, .sm-fp-table td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--sm-border); text-align: left; vertical-align: top; }
.sm-fp-table thead th { color: var(--sm-muted); font-weight: 600; font-size: 0.9em; }
/* A goal's name breaks between words, and inside a word only at a syllable (lang="sv") or when the word alone is
   wider than the column; "anywhere" let the table squeeze the column and split short words ("Demokrat|i"). */
.sm-fp-table tbody th { font-weight: 500; overflow-wrap: break-word; hyphens: auto; }
.sm-fp-area th, .sm-fp-area td { background: var(--sm-surface); font-weight: 650; }
.sm-fp-table tbody tr:not(.sm-fp-area) th { padding-left: 1.1rem; }
.sm-fp-num { text-align: right; white-space: nowrap; }
.sm-fp-note { display: block; font-size: 0.88em; color: var(--sm-muted); font-weight: 400; }
.sm-fp-trend { white-space: nowrap; }
.sm-quality h3 { font-size: 0.95em; margin: 0.5rem 0 0.2rem; }
`;
