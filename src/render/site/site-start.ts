/**
 * The start page of one year (READERS.md 2 and 8): how each inriktning and KF goal is doing that year, the
 * vision, and the KF goals over the last five years; a list of links to the other years (the script turns it
 * into a year picker).
 */
import type { AreaResult, GoalResult } from '../../fulfilment/result.js';
import { statusDisplay } from '../../fulfilment/status.js';
import { escapeHtml } from '../escape.js';
import { formatPercent } from '../format.js';
import type { GoalNode, ReportTree } from '../report-model.js';
import type { SiteContext } from './site-context.js';
import { sitePage } from './site-page.js';
import { yearPage } from './site-paths.js';
import { firstSentence, fulfilmentHtml, link, pill } from './site-status.js';

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

function goalItem(ctx: SiteContext, tree: ReportTree, node: GoalNode): string {
    const { result } = node;
    const motivation = result.assessment
        ? `<p class="site-motivation">${escapeHtml(firstSentence(result.assessment.motivation))}</p>`
        : '';
    return (
        `<li class="site-goal"><h3>${link(ctx.paths.goal(node.view), node.view.title)}</h3>` +
        `<p class="site-figures">${pill(result.status, result.assessment !== undefined)} ${fulfilmentHtml(result, tree.year)}</p>` +
        motivation +
        '</li>'
    );
}

function areaSection(
    ctx: SiteContext,
    tree: ReportTree,
    area: ReportTree['areas'][number],
    roll: AreaResult | undefined
): string {
    const figures = roll
        ? `<p class="site-figures">${pill(roll.status)} <span class="site-percent">${escapeHtml(formatPercent(roll.fulfilment))}</span></p>`
        : '';
    const goals =
        area.goals.length > 0
            ? `<ul class="site-goals">${area.goals.map(g => goalItem(ctx, tree, g)).join('')}</ul>`
            : '<p class="site-muted">Inga fullmäktigemål har denna inriktning.</p>';
    const description = area.view?.description ? `<p>${escapeHtml(area.view.description)}</p>` : '';
    return `<section class="site-area" aria-labelledby="${areaId(area.key)}"><h2 id="${areaId(area.key)}">${escapeHtml(area.title)}</h2>${description}${figures}${goals}</section>`;
}

function areaId(key: string): string {
    return `omrade-${[...key].map(c => c.codePointAt(0)!.toString(36)).join('')}`;
}

function visionSection(tree: ReportTree): string {
    if (!tree.vision) return '';
    const { view, result } = tree.vision;
    const description = view.description ? `<p>${escapeHtml(view.description)}</p>` : '';
    return `<section class="site-vision" aria-labelledby="vision"><h2 id="vision">Vision: ${escapeHtml(view.title)}</h2>${description}<p class="site-figures">${pill(result.status)} ${fulfilmentHtml({ id: view.id, fulfilment: result.fulfilment }, tree.year)}</p></section>`;
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
        `<section aria-labelledby="over-tid"><h2 id="over-tid">Fullmäktiges mål de senaste ${years.length} åren</h2>` +
        `<div class="site-scroll" role="region" aria-labelledby="over-tid" tabindex="0"><table class="site-table"><thead>${head}</thead><tbody>${rows}</tbody></table></div></section>`
    );
}

/** The start page of `year`. */
export function startPage(ctx: SiteContext, year: number): { file: string; html: string } {
    const tree = ctx.treeOf(year);
    const file = yearPage(tree.year, ctx.tree.year);
    const rolls = new Map((tree.result.areas ?? []).map(a => [a.id === null ? 'a:' : `a:${a.id}`, a]));
    const areas = tree.areas.map(area => areaSection(ctx, tree, area, rolls.get(area.key))).join('');
    const unattached =
        tree.unattached.length > 0
            ? `<section aria-labelledby="utan-kf"><h2 id="utan-kf">Nämndmål utan fullmäktigemål</h2><ul class="site-goals">${tree.unattached.map(g => goalItem(ctx, tree, g)).join('')}</ul></section>`
            : '';
    const main =
        `<h1>${escapeHtml(ctx.input.view.title)}: uppföljning ${tree.year}</h1>` +
        yearLinks(ctx, tree) +
        visionSection(tree) +
        areas +
        unattached +
        goalGrid(ctx, tree);
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
