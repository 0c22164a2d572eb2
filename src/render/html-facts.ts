/**
 * The HTML (report and preview) block under each measure and goal: thresholds in the model's words and in
 * plain Swedish, the last five years as a small table with their statuses, the source, and a goal's
 * programmes. Every piece of model text is escaped.
 */
import { statusDisplay } from '../fulfilment/status.js';
import { escapeHtml } from './escape.js';
import { goalProgrammes, measureFacts } from './measure-facts.js';
import type { GoalNode, MeasureNode, ReportTree } from './report-model.js';

function pill(status: Parameters<typeof statusDisplay>[0]): string {
    const display = statusDisplay(status);
    return `<span class="sm-pill ${display.cssClass}">${escapeHtml(display.word)}</span>`;
}

function fact(label: string, html: string): string {
    return `<div class="sm-fact"><dt>${escapeHtml(label)}</dt><dd>${html}</dd></div>`;
}

export function measureFactsHtml(tree: ReportTree, node: MeasureNode, base: string): string {
    const facts = measureFacts(tree, node, base);
    const items: string[] = [];
    const thresholds = facts.thresholds.length > 0
        ? facts.thresholds.map((t) => `<span class="sm-rule"><code>${escapeHtml(t.model)}</code> <span class="sm-plain">${escapeHtml(t.plain)}</span></span>`).join('')
        : '<span class="sm-muted">inga (måttet bedöms inte mot ett gränsvärde)</span>';
    items.push(fact(`Gränsvärden ${tree.year}`, thresholds));
    items.push(fact('Källa', escapeHtml(facts.source)));
    let table = '';
    if (facts.history.length > 0) {
        const head = facts.history.map((h) => `<th scope="col"${h.current ? ' aria-current="true"' : ''}>${h.year}</th>`).join('');
        const values = facts.history.map((h) => `<td${h.current ? ' class="sm-current"' : ''}>${escapeHtml(h.value)}</td>`).join('');
        const statuses = facts.history.map((h) => `<td${h.current ? ' class="sm-current"' : ''}>${pill(h.status)}</td>`).join('');
        table = `<table class="sm-history"><caption>Senaste ${facts.history.length === 1 ? 'året' : `${facts.history.length} åren`}</caption>`
            + `<thead><tr><th scope="row">År</th>${head}</tr></thead>`
            + `<tbody><tr><th scope="row">Värde</th>${values}</tr><tr><th scope="row">Status</th>${statuses}</tr></tbody></table>`;
    }
    return `<div class="sm-facts"><dl>${items.join('')}</dl>${table}</div>`;
}

/** A goal's programmes (`Program: Digitala Kumla 2025`), or nothing. */
export function goalFactsHtml(tree: ReportTree, node: GoalNode): string {
    const programmes = goalProgrammes(tree, node);
    return programmes.length > 0 ? `<div class="sm-facts"><dl>${fact('Program', escapeHtml(programmes.join(', ')))}</dl></div>` : '';
}

export const FACT_STYLES = String.raw`
.sm-measure > .sm-row { align-items: start; }
.sm-facts { margin-top: 0.35rem; font-size: 0.88em; display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; align-items: flex-start; }
.sm-facts dl { margin: 0; display: grid; gap: 0.2rem; flex: 1 1 18rem; min-width: 0; }
.sm-fact { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
.sm-fact dt { font-weight: 600; color: var(--sm-muted); }
.sm-fact dd { margin: 0; min-width: 0; }
.sm-rule { display: block; }
.sm-rule code { font-family: var(--sm-mono); font-size: 0.92em; background: var(--sm-code-bg); padding: 0 0.3rem; border-radius: 4px; }
.sm-plain { color: var(--sm-fg); }
.sm-history { border-collapse: collapse; font-variant-numeric: tabular-nums; flex: none; }
.sm-history caption { text-align: left; font-weight: 600; color: var(--sm-muted); padding-bottom: 0.15rem; }
.sm-history th, .sm-history td { padding: 0.1rem 0.45rem; border: 1px solid var(--sm-border); text-align: right; white-space: nowrap; }
.sm-history th[scope="row"] { text-align: left; font-weight: 600; color: var(--sm-muted); }
.sm-history .sm-current, .sm-history th[aria-current] { background: var(--sm-surface); font-weight: 650; }
.sm-history .sm-pill { font-size: 0.8em; padding: 0 0.4rem 0 0.3rem; }
`;
