/**
 * The page of one measure: its status year by year with the reason and the thresholds that applied, the trend
 * chart, each year's follow-up, and where the numbers come from, with a link to the KPI on Kolada.
 */
import type { MeasureResult } from '../../fulfilment/result.js';
import { measureKey } from '../../model/measure-key.js';
import type { MeasureView } from '../../model/model-view.js';
import { escapeAttribute, escapeHtml } from '../escape.js';
import { hasFollowUp, measureFollowUp } from '../follow-up.js';
import { formatValue } from '../format.js';
import { followUpHtml } from '../html-facts.js';
import { type HtmlPiece, piecesText } from '../html-pieces.js';
import { sourceFact } from '../measure-facts.js';
import { measureValueText } from '../measure-text.js';
import {
    capitalise,
    computedReason,
    groupTitles,
    NO_THRESHOLDS,
    statusReason,
    thresholdLines
} from '../reader-text/index.js';
import { renderStandingPieces } from '../standing-chart.js';
import { renderTrendChart } from '../trend-chart.js';
import { fromKolada, KOLADA_ATTRIBUTION, koladaUrl, type SiteContext } from './site-context.js';
import { sitePagePieces } from './site-page.js';
import { pill } from './site-status.js';
import { measureTrail } from './site-trail.js';

/** Why the measure has its status that year, in whole sentences from the reader text; an assessment first. */
export function reasonText(ctx: SiteContext, view: MeasureView, result: MeasureResult): string {
    return wordsOf(ctx, view, result).reason;
}

/** The `hel` and `halv` thresholds of that year in plain words: `Hel: minst 90 %; Halv: minst 80 %`. */
export function thresholdWords(ctx: SiteContext, view: MeasureView, result: MeasureResult): string {
    return wordsOf(ctx, view, result).thresholds;
}

/** Both, worded once per result: the measure page's table and the open data say the same words. */
function wordsOf(ctx: SiteContext, view: MeasureView, result: MeasureResult): { reason: string; thresholds: string } {
    let words = ctx.words.get(result);
    if (words === undefined) {
        const context = { view: ctx.input.view, measure: view };
        const lines = thresholdLines(ctx.input.view, view, result);
        words = {
            reason: result.assessment
                ? `Bedömd: ${result.assessment.motivation} Beräknat: ${computedReason(context, result)}`
                : statusReason(context, result),
            thresholds: lines.length > 0 ? lines.map(line => line.text).join('; ') : capitalise(NO_THRESHOLDS)
        };
        ctx.words.set(result, words);
    }
    return words;
}

function yearTable(ctx: SiteContext, view: MeasureView): string {
    const series = ctx.tree.measureSeries(view).filter(entry => entry.result !== undefined);
    const withTarget = series.some(entry => entry.result!.target);
    const rows = [...series]
        .reverse()
        .map(({ year, result }) => {
            const r = result!;
            const target = withTarget
                ? `<td>${r.target ? escapeHtml(formatValue(r.target.value, view.unit)) : '–'}</td>`
                : '';
            return (
                `<tr${year === ctx.tree.year ? ' class="site-current"' : ''}><th scope="row">${year}</th>` +
                `<td class="site-value" data-measure="${escapeAttribute(measureKey(view))}" data-year="${year}">${escapeHtml(measureValueText(r, view.unit))}</td>${target}` +
                `<td>${pill(r.status, r.assessment !== undefined)}</td><td class="site-words">${escapeHtml(reasonText(ctx, view, r))}</td><td class="site-words">${escapeHtml(thresholdWords(ctx, view, r))}</td></tr>`
            );
        })
        .join('');
    return (
        '<section><h2 id="ar-for-ar">År för år</h2>' +
        '<div class="site-scroll" role="region" aria-labelledby="ar-for-ar" tabindex="0"><table class="site-table">' +
        `<thead><tr><th scope="col">År</th><th scope="col">Värde</th>${withTarget ? '<th scope="col">Målvärde</th>' : ''}<th scope="col">Status</th><th scope="col">Varför</th><th scope="col">Gränsvärden</th></tr></thead>` +
        `<tbody>${rows}</tbody></table></div></section>`
    );
}

function chartSection(ctx: SiteContext, view: MeasureView): string {
    const chart = renderTrendChart(view, ctx.tree.measureSeries(view), ctx.tree.year, groupTitles(ctx.tree.input.view));
    return chart ? `<section><h2 id="diagram">Utvecklingen</h2>${chart}</section>` : '';
}

/** How we stand among the others (READERS.md 4), when the data holds more municipalities than ours. */
function standingSection(view: MeasureView, result: MeasureResult | undefined): HtmlPiece[] {
    if (!result?.standing) return [];
    return [
        `<section><h2>Jämfört med andra kommuner ${result.standing.year}</h2>`,
        ...renderStandingPieces(view.title, result.standing, view.unit),
        '</section>'
    ];
}

function followUpSection(ctx: SiteContext, view: MeasureView): string {
    const years = [...ctx.tree.measureSeries(view)]
        .reverse()
        .map(({ year, result }) => {
            if (!result) return '';
            const facts = measureFollowUp(result, view.unit, ctx.base);
            if (!hasFollowUp(facts)) return '';
            const followUp = ctx.treeOf(year).result.followUp;
            const title = followUp ? `: ${followUp.title}` : '';
            return `<section class="site-followup"><h3 id="uppfoljning-${year}">${year}${escapeHtml(title)}</h3>${followUpHtml(facts)}</section>`;
        })
        .join('');
    return years ? `<section><h2 id="uppfoljning">Uppföljning</h2>${years}</section>` : '';
}

function sourceSection(ctx: SiteContext, view: MeasureView): string {
    const source = sourceFact(ctx.tree, view, ctx.base);
    const kolada = fromKolada(view)
        ? `<p>${escapeHtml(KOLADA_ATTRIBUTION)}. <a href="${escapeAttribute(koladaUrl(view.kpi!))}">Nyckeltalet ${escapeHtml(view.kpi!)} i Kolada</a>.</p>`
        : '';
    return `<section><h2 id="kalla">Källa</h2><p>${escapeHtml(source)}</p>${kolada}</section>`;
}

export function measurePage(ctx: SiteContext, view: MeasureView): { file: string; html: string } {
    const page = measurePagePieces(ctx, view);
    return { file: page.file, html: piecesText(page.html) };
}

/** The page in pieces, its comparison's rows shared with the other models' pages (html-pieces.ts). */
export function measurePagePieces(ctx: SiteContext, view: MeasureView): { file: string; html: HtmlPiece[] } {
    const file = ctx.paths.measure(view);
    const goal = ctx.input.view.goals.find(g => g.id === view.goal);
    const goalTitle = goal?.title ?? view.goal;
    const result = ctx.tree.result.measures.find(m => m.goal === view.goal && m.id === view.id);
    const status = result
        ? `<p class="site-status">${ctx.tree.year}: ${pill(result.status, result.assessment !== undefined)} <span class="site-value">${escapeHtml(measureValueText(result, view.unit))}</span></p>`
        : '';
    const main = [
        `<p class="site-kicker">Mått i målet ${escapeHtml(goalTitle)}</p><h1>${escapeHtml(view.title)}</h1>` +
            status +
            yearTable(ctx, view) +
            chartSection(ctx, view),
        ...standingSection(view, result),
        followUpSection(ctx, view) + sourceSection(ctx, view)
    ];
    const parts = { file, title: view.title, trail: measureTrail(ctx, view, goalTitle) };
    return { file, html: sitePagePieces(ctx, parts, main) };
}
