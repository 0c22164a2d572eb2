/**
 * The page of one KF goal or nämnd goal: its status and fulfilment year by year, the goals it serves, its
 * measures and the goals that contribute to it (each a link to its page), and each year's follow-up.
 */
import type { GoalResult } from '../../fulfilment/result.js';
import type { GoalView } from '../../model/model-view.js';
import { escapeHtml } from '../escape.js';
import { goalFollowUp, hasFollowUp } from '../follow-up.js';
import { coverageText } from '../format.js';
import { followUpHtml } from '../html-facts.js';
import { measureValueText } from '../measure-text.js';
import { goalNodes, type SiteContext } from './site-context.js';
import { sitePage } from './site-page.js';
import { fulfilmentHtml, link, pill } from './site-status.js';
import { goalTrail } from './site-trail.js';

function ownerText(ctx: SiteContext, goal: GoalView): string | undefined {
    const node = goalNodes(ctx.tree).get(goal.id);
    const owner = node?.owner;
    if (owner) return owner.committee ? `${owner.title} (${owner.committee.title})` : owner.title;
    return goal.municipalityWide ? 'Kommunövergripande' : undefined;
}

function yearTable(ctx: SiteContext, goal: GoalView): string {
    const rows = [...ctx.years]
        .reverse()
        .map(year => {
            const result = ctx.treeOf(year).result.goals.find(g => g.id === goal.id);
            if (!result) return '';
            const coverage = coverageText(result.coverage.totalMeasuresWithValue, result.coverage.totalMeasures);
            return `<tr${year === ctx.tree.year ? ' class="site-current"' : ''}><th scope="row">${year}</th><td>${pill(result.status, result.assessment !== undefined)}</td><td>${fulfilmentHtml(result, year)}</td><td>${escapeHtml(coverage)}</td></tr>`;
        })
        .join('');
    return (
        '<section><h2 id="ar-for-ar">År för år</h2>' +
        '<div class="site-scroll" role="region" aria-labelledby="ar-for-ar" tabindex="0"><table class="site-table">' +
        '<thead><tr><th scope="col">År</th><th scope="col">Status</th><th scope="col">Uppfyllelse</th><th scope="col">Underlag</th></tr></thead>' +
        `<tbody>${rows}</tbody></table></div></section>`
    );
}

function servesSection(ctx: SiteContext, goal: GoalView): string {
    const goals = new Map(ctx.input.view.goals.map(g => [g.id, g]));
    const parents = goal.contributesTo.map(id => goals.get(id)).filter((g): g is GoalView => g !== undefined);
    if (parents.length === 0) return '';
    return `<section><h2 id="bidrar-till">Bidrar till</h2><ul>${parents.map(p => `<li>${link(ctx.paths.goal(p), p.title)}</li>`).join('')}</ul></section>`;
}

function measuresSection(ctx: SiteContext, goal: GoalView): string {
    if (goal.measures.length === 0) return '';
    const measures = new Map(ctx.tree.result.measures.filter(m => m.goal === goal.id).map(m => [m.id, m]));
    const items = goal.measures
        .map(measure => {
            const r = measures.get(measure.id);
            const figures = r
                ? `<p class="site-figures">${pill(r.status, r.assessment !== undefined)} <span class="site-value">${escapeHtml(measureValueText(r, measure.unit))}</span></p>`
                : '';
            return `<li><h3>${link(ctx.paths.measure(measure), measure.title)}</h3>${figures}</li>`;
        })
        .join('');
    return `<section><h2 id="matt">Mått ${ctx.tree.year}</h2><ul class="site-list">${items}</ul></section>`;
}

function contributorsSection(ctx: SiteContext, result: GoalResult | undefined): string {
    const goals = new Map(ctx.input.view.goals.map(g => [g.id, g]));
    const results = new Map(ctx.tree.result.goals.map(g => [g.id, g]));
    // Stryker disable next-line ArrayDeclaration: an id no goal has is filtered out on the same line
    const children = (result?.contributors ?? []).map(id => goals.get(id)).filter((g): g is GoalView => !!g);
    if (children.length === 0) return '';
    const items = children
        .map(child => {
            const r = results.get(child.id);
            const figures = r
                ? `<p class="site-figures">${pill(r.status, r.assessment !== undefined)} ${fulfilmentHtml(r, ctx.tree.year)}</p>`
                : '';
            return `<li><h3>${link(ctx.paths.goal(child), child.title)}</h3>${figures}</li>`;
        })
        .join('');
    return `<section><h2 id="bidragande">Mål som bidrar ${ctx.tree.year}</h2><ul class="site-list">${items}</ul></section>`;
}

function followUpSection(ctx: SiteContext, goal: GoalView): string {
    const years = [...ctx.years]
        .reverse()
        .map(year => {
            const tree = ctx.treeOf(year);
            const result = tree.result.goals.find(g => g.id === goal.id);
            if (!result) return '';
            const facts = goalFollowUp(result, ctx.base);
            if (!hasFollowUp(facts)) return '';
            const title = tree.result.followUp ? `: ${tree.result.followUp.title}` : '';
            return `<section class="site-followup"><h3 id="uppfoljning-${year}">${year}${escapeHtml(title)}</h3>${followUpHtml(facts)}</section>`;
        })
        .join('');
    return years ? `<section><h2 id="uppfoljning">Uppföljning</h2>${years}</section>` : '';
}

export function goalPage(ctx: SiteContext, goal: GoalView): { file: string; html: string } {
    const file = ctx.paths.goal(goal);
    const result = ctx.tree.result.goals.find(g => g.id === goal.id);
    const kind = goal.level === 'fullmäktige' ? 'Fullmäktigemål' : 'Nämndmål';
    const owner = ownerText(ctx, goal);
    const lead = [kind, owner ? `ansvarig: ${owner}` : undefined].filter(Boolean).join(', ');
    const status = result
        ? `<p class="site-status">${ctx.tree.year}: ${pill(result.status, result.assessment !== undefined)} ${fulfilmentHtml(result, ctx.tree.year)} uppfyllelse</p>`
        : '';
    const main =
        `<p class="site-kicker">${escapeHtml(lead)}</p><h1>${escapeHtml(goal.title)}</h1>` +
        (goal.description ? `<p>${escapeHtml(goal.description)}</p>` : '') +
        status +
        yearTable(ctx, goal) +
        servesSection(ctx, goal) +
        measuresSection(ctx, goal) +
        contributorsSection(ctx, result) +
        followUpSection(ctx, goal);
    return { file, html: sitePage(ctx, { file, title: goal.title, trail: goalTrail(ctx, goal.id, goal.title), main }) };
}
