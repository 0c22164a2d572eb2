/**
 * The overview band at the top of the preview and the report: one row per inriktning with its roll-up
 * (computed by the engine, fulfilment/area-roll-up.ts), its status word, percent and stacked bars of how many
 * goals and measures are in each status, each row a link to its part of the tree; then a grid of the KF
 * goals against the last five years, a colour and a letter in each cell, so the whole plan's trend is one picture.
 */
import type { AreaResult, GoalResult, Status } from '../fulfilment/result.js';
import { GOAL_STATUSES, MEASURE_STATUSES, statusDisplay } from '../fulfilment/status.js';
import { escapeHtml } from './escape.js';
import { formatPercent, formatRank } from './format.js';
import type { ReportTree } from './report-model.js';
import { scrollRegion } from './scroll-region.js';
import { statusPill } from './status-marks.js';

/** How many years the grid shows, ending at the year shown. */
const GRID_YEARS = 5;

/** The letter in a grid cell; the legend under the grid spells them out. */
const GRID_LETTER: Readonly<Record<Status, string>> = {
    uppfyllt: 'U',
    delvis: 'D',
    ej_uppfyllt: 'E',
    saknas: '–',
    hel: 'H',
    halv: 'D',
    ingen: 'I',
    ej_bedomd: '–'
};

/** The `id` of a tree node, for links from the overview (`sm-node-a:Lärande`). */
export function nodeAnchor(key: string): string {
    return `sm-node-${key}`;
}

function areaTitle(tree: ReportTree, area: AreaResult): string {
    if (area.id === null) {
        return tree.view.areas.length > 0 ? 'Övriga fullmäktigemål' : 'Fullmäktiges mål';
    }
    return tree.view.areas.find(a => a.id === area.id)?.title ?? area.id;
}

function countsText(
    counts: Partial<Record<Status, number>>,
    statuses: readonly Status[],
    noun: [string, string]
): string {
    const total = statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
    const parts = statuses
        .filter(s => (counts[s] ?? 0) > 0)
        .map(s => `${formatRank(counts[s]!)} ${statusDisplay(s).word}`);
    return `${formatRank(total)} ${total === 1 ? noun[0] : noun[1]}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

/** A bar split by status, widths by count; the counts are in the text beside it, the bar is a picture of them. */
function stackedBar(counts: Partial<Record<Status, number>>, statuses: readonly Status[]): string {
    const total = statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
    if (total === 0) {
        return '<span class="sm-stack sm-stack-empty" aria-hidden="true"></span>';
    }
    const segments = statuses
        .filter(s => (counts[s] ?? 0) > 0)
        .map(s => `<span class="sm-stack-part ${statusDisplay(s).cssClass}" style="flex-grow:${counts[s]}"></span>`)
        .join('');
    return `<span class="sm-stack" aria-hidden="true">${segments}</span>`;
}

function areaRow(tree: ReportTree, area: AreaResult, key: string): string {
    const title = areaTitle(tree, area);
    const percent = formatPercent(area.fulfilment);
    const goals = countsText(area.counts.goals, GOAL_STATUSES, ['mål', 'mål']);
    const measures = countsText(area.counts.measures, MEASURE_STATUSES, ['mått', 'mått']);
    return (
        `<li class="sm-ov-row"><a class="sm-ov-link" href="#${escapeHtml(nodeAnchor(key))}" data-target="${escapeHtml(key)}">` +
        `<span class="sm-ov-name">${escapeHtml(title)}</span>` +
        `<span class="sm-ov-figures"><span class="sm-ov-percent">${percent}</span>${statusPill(area.status)}</span>` +
        `<span class="sm-ov-counts"><span class="sm-ov-count">${stackedBar(area.counts.goals, GOAL_STATUSES)}<span class="sm-ov-count-text">${escapeHtml(goals)}</span></span>` +
        `<span class="sm-ov-count">${stackedBar(area.counts.measures, MEASURE_STATUSES)}<span class="sm-ov-count-text">${escapeHtml(measures)}</span></span></span>` +
        '</a></li>'
    );
}

/** The KF goals against the last years up to the one shown: one coloured cell with a letter per goal and year. */
function goalGrid(tree: ReportTree, kfGoals: Array<{ id: string; title: string; key: string }>): string {
    const results = tree.input.results.filter(r => r.year <= tree.year).slice(-GRID_YEARS);
    if (kfGoals.length === 0 || results.length === 0) {
        return '';
    }
    const byYear = results.map(r => ({
        year: r.year,
        goals: new Map<string, GoalResult>(r.goals.map(g => [g.id, g]))
    }));
    const head = `<tr><th scope="col" class="sm-grid-goal">Fullmäktiges mål</th>${byYear.map(y => `<th scope="col"${y.year === tree.year ? ' class="sm-grid-now"' : ''}>${y.year}</th>`).join('')}</tr>`;
    const rows = kfGoals
        .map(goal => {
            const cells = byYear
                .map(entry => {
                    const result = entry.goals.get(goal.id);
                    const status = result?.status ?? 'saknas';
                    const display = statusDisplay(status);
                    const percent = result?.fulfilment == null ? '' : ` ${formatPercent(result.fulfilment)}`;
                    const text = `${display.word}${percent}`;
                    return `<td class="sm-grid-cell ${display.cssClass}" title="${escapeHtml(`${entry.year}: ${text}`)}"><span class="sm-grid-mark" aria-hidden="true">${GRID_LETTER[status]}</span><span class="sm-sr">${escapeHtml(text)}</span></td>`;
                })
                .join('');
            return `<tr><th scope="row" class="sm-grid-goal"><a href="#${escapeHtml(nodeAnchor(goal.key))}" data-target="${escapeHtml(goal.key)}">${escapeHtml(goal.title)}</a></th>${cells}</tr>`;
        })
        .join('');
    const legend = (['uppfyllt', 'delvis', 'ej_uppfyllt', 'saknas'] as const)
        .map(
            s =>
                `<span class="sm-grid-key"><span class="sm-grid-mark ${statusDisplay(s).cssClass}" aria-hidden="true">${GRID_LETTER[s]}</span>${escapeHtml(statusDisplay(s).word)}</span>`
        )
        .join('');
    return (
        scrollRegion(
            'Tabell: fullmäktiges mål år för år',
            `<table class="sm-grid"><caption>Fullmäktiges mål år för år</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`,
            'sm-grid-wrap'
        ) + `<p class="sm-grid-legend" aria-hidden="true">${legend}</p>`
    );
}

/** The band, or '' when the result has no area roll-up (a result from before the engine made one). */
export function renderOverview(tree: ReportTree): string {
    const areas: AreaResult[] = tree.result.areas ?? [];
    if (areas.length === 0) {
        return '';
    }
    const shownKeys = new Set(tree.areas.map(a => a.key));
    const rows = areas
        .filter(area => shownKeys.has(area.id === null ? 'a:' : `a:${area.id}`))
        .map(area => areaRow(tree, area, area.id === null ? 'a:' : `a:${area.id}`))
        .join('');
    const kfGoals = tree.areas.flatMap(area =>
        area.goals.map(g => ({ id: g.view.id, title: g.view.title, key: g.key }))
    );
    const heading = tree.view.areas.length > 0 ? `Inriktningar ${tree.year}` : `Översikt ${tree.year}`;
    return (
        `<section class="sm-overview" aria-labelledby="sm-overview-title"><h2 class="sm-ov-title" id="sm-overview-title">${heading}</h2>` +
        (rows ? `<ul class="sm-ov-list">${rows}</ul>` : '') +
        goalGrid(tree, kfGoals) +
        '</section>'
    );
}
