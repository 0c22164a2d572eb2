/**
 * The start page of one year (READERS.md 2 and 8): how each inriktning and KF goal is doing that year, the
 * vision, and the KF goals over the last five years; a list of links to the other years (the script turns it
 * into a year picker).
 */
import type { GoalResult } from '../../fulfilment/result.js';
import { statusDisplay } from '../../fulfilment/status.js';
import { escapeHtml } from '../escape.js';
import {
    type FirstPageArea,
    type FirstPageGoal,
    firstPage,
    LEGEND_NOTE,
    legendRows,
    qualityNotes,
    TREND_NOTE,
    type TrendMark
} from '../reader-text/index.js';
import type { AreaNode, GoalNode, ReportTree } from '../report-model.js';
import type { SiteContext } from './site-context.js';
import { sitePage } from './site-page.js';
import { yearPage } from './site-paths.js';
import { fulfilmentHtml, link, pill } from './site-status.js';

/** How many years the table of the KF goals shows, ending at the year of the page. */
const GRID_YEARS = 5;

function yearLinks(ctx: SiteContext, tree: ReportTree): string {
    if (ctx.years.length < 2) return '';
    const modelYear = ctx.tree.year;
    const items = [...ctx.years]
        .reverse()
        .map(year =>
            year === tree.year
                ? `<li><span aria-current="page">${year}</span></li>`
                : `<li><a href="${yearPage(year, modelYear)}" data-year="${year}">${year}</a></li>`
        )
        .join('');
    return `<nav class="site-years" aria-label="Välj år"><p class="site-years-label">Visa år:</p><ul>${items}</ul></nav>`;
}

function trendHtml(trend: TrendMark | undefined): string {
    if (!trend) return '';
    return `<span class="site-trend site-trend-${trend.direction}"><span aria-hidden="true">${trend.symbol}</span> ${escapeHtml(trend.text.slice(trend.symbol.length + 1))}</span>`;
}

function goalItem(ctx: SiteContext, tree: ReportTree, node: GoalNode, entry: FirstPageGoal | undefined): string {
    const { result } = node;
    const trend = trendHtml(entry?.trend);
    const extra = [entry?.motivation, entry?.weight, entry?.weights]
        .filter((text): text is string => text !== undefined)
        .map(text => `<p class="site-motivation">${escapeHtml(text)}</p>`)
        .join('');
    return (
        `<li class="site-goal"><h3>${link(ctx.paths.goal(node.view), node.view.title)}</h3>` +
        `<p class="site-figures">${pill(result.status, result.assessment !== undefined)} ${fulfilmentHtml(result, tree.year)} ${trend}</p>` +
        extra +
        '</li>'
    );
}

function areaSection(ctx: SiteContext, tree: ReportTree, area: AreaNode, entry: FirstPageArea | undefined): string {
    const figures =
        // Stryker disable next-line OptionalChaining: firstPage(tree) has an entry for every inriktning of the same tree
        entry?.status !== undefined
            ? `<p class="site-figures">${pill(entry.status)} <span class="site-percent">${escapeHtml(entry.fulfilment ?? '–')}</span> ${trendHtml(entry.trend)}</p>`
            : '';
    const goals =
        area.goals.length > 0
            ? `<ul class="site-goals">${area.goals
                  .map(g =>
                      goalItem(
                          ctx,
                          tree,
                          g,
                          // Stryker disable next-line OptionalChaining: as above, the entry is always there
                          entry?.goals.find(e => e.key === g.key)
                      )
                  )
                  .join('')}</ul>`
            : '<p class="site-muted">Inga fullmäktigemål har denna inriktning.</p>';
    const description = area.view?.description ? `<p>${escapeHtml(area.view.description)}</p>` : '';
    const id = areaId(area.key);
    // Stryker disable next-line OptionalChaining: as above, the entry is always there
    return `<section class="site-area"><h2 id="${id}">${escapeHtml(entry?.title ?? area.title)}</h2>${description}${figures}${goals}</section>`;
}

function areaId(key: string): string {
    return `omrade-${[...key].map(c => c.codePointAt(0)!.toString(36)).join('')}`;
}

/** What the statuses mean (the reader text's legend), with the trend marks' note. */
function legendSection(tree: ReportTree): string {
    const rows = legendRows(tree.result.bounds)
        .map(
            row =>
                `<div class="site-legend-row"><dt>${[...row.measure, row.goal].map(status => pill(status)).join(' ')}</dt><dd>${escapeHtml(row.meaning)}</dd></div>`
        )
        .join('');
    return `<section class="site-legend"><h2>Teckenförklaring</h2><dl>${rows}</dl><p class="site-muted">${escapeHtml(LEGEND_NOTE)} ${escapeHtml(TREND_NOTE)}</p></section>`;
}

/** *Bilaga: Kvalitetskontroll* (READERS.md 3): last, in plain Swedish. */
function qualitySection(tree: ReportTree): string {
    const notes = qualityNotes(tree.input);
    if (notes.count === 0) return '';
    const sections = notes.sections
        .map(
            section =>
                `<h3>${escapeHtml(section.heading)}</h3><ul>${section.items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
        )
        .join('');
    return `<section class="site-quality"><h2 id="bilaga">${escapeHtml(notes.heading)}</h2><p>${escapeHtml(notes.intro)}</p>${sections}</section>`;
}

function visionSection(tree: ReportTree): string {
    if (!tree.vision) return '';
    const { view, result } = tree.vision;
    const description = view.description ? `<p>${escapeHtml(view.description)}</p>` : '';
    return `<section class="site-vision"><h2 id="vision">Vision: ${escapeHtml(view.title)}</h2>${description}<p class="site-figures">${pill(result.status)} ${fulfilmentHtml({ id: view.id, fulfilment: result.fulfilment }, tree.year)}</p></section>`;
}

/** The KF goals against the last five years up to the page's year: status word and fulfilment in each cell. */
function goalGrid(ctx: SiteContext, tree: ReportTree): string {
    const kfGoals = tree.areas.flatMap(area => area.goals);
    const years = ctx.years.filter(y => y <= tree.year).slice(-GRID_YEARS);
    if (kfGoals.length === 0 || years.length < 2) return '';
    const byYear = years.map(year => ({
        year,
        goals: new Map<string, GoalResult>(ctx.treeOf(year).result.goals.map(g => [g.id, g]))
    }));
    const head = `<tr><th scope="col">Fullmäktiges mål</th>${years.map(y => `<th scope="col">${y}</th>`).join('')}</tr>`;
    const rows = kfGoals
        .map(goal => {
            const cells = byYear
                .map(entry => {
                    const result = entry.goals.get(goal.view.id);
                    if (!result) return `<td>${escapeHtml(statusDisplay('saknas').word)}</td>`;
                    return `<td>${pill(result.status, result.assessment !== undefined)} ${fulfilmentHtml(result, entry.year)}</td>`;
                })
                .join('');
            return `<tr><th scope="row">${link(ctx.paths.goal(goal.view), goal.view.title)}</th>${cells}</tr>`;
        })
        .join('');
    return (
        `<section><h2 id="over-tid">Fullmäktiges mål de senaste ${years.length} åren</h2>` +
        `<div class="site-scroll" role="region" aria-labelledby="over-tid" tabindex="0"><table class="site-table"><thead>${head}</thead><tbody>${rows}</tbody></table></div></section>`
    );
}

/** The start page of `year`. */
export function startPage(ctx: SiteContext, year: number): { file: string; html: string } {
    const tree = ctx.treeOf(year);
    const file = yearPage(tree.year, ctx.tree.year);
    const first = firstPage(tree);
    const areas = tree.areas
        .map(area =>
            areaSection(
                ctx,
                tree,
                area,
                first.areas.find(a => a.key === area.key)
            )
        )
        .join('');
    const unattached =
        tree.unattached.length > 0
            ? `<section><h2 id="utan-kf">Nämndmål utan fullmäktigemål</h2><ul class="site-goals">${tree.unattached.map(g => goalItem(ctx, tree, g, undefined)).join('')}</ul></section>`
            : '';
    const quality = first.quality ? `<p class="site-muted"><a href="#bilaga">${escapeHtml(first.quality)}</a></p>` : '';
    const main =
        `<h1>${escapeHtml(ctx.input.view.title)}: uppföljning ${tree.year}</h1>` +
        `<p class="site-opening">${escapeHtml(first.opening)}</p>` +
        quality +
        yearLinks(ctx, tree) +
        visionSection(tree) +
        areas +
        unattached +
        goalGrid(ctx, tree) +
        legendSection(tree) +
        qualitySection(tree);
    return {
        file,
        html: sitePage(ctx, {
            file,
            title: `Uppföljning ${tree.year}`,
            main,
            current: file
        })
    };
}
