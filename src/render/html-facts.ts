/**
 * The HTML (report and preview) block under each measure and goal: thresholds in plain Swedish (the model's
 * words only in the preview, labelled *Modellens text*), the last five years as a small table with their statuses, the source, and a goal's
 * programmes. Every piece of model text is escaped.
 */
import type { Status } from '../fulfilment/result.js';
import { escapeHtml } from './escape.js';
import {
    ASSESSED,
    type FollowUpFacts,
    followUpContext,
    goalFollowUp,
    hasFollowUp,
    measureFollowUp
} from './follow-up.js';
import { goalProgrammes, measureFacts, NO_THRESHOLDS } from './measure-facts.js';
import { statusCause, thresholdLine } from './reader-text/index.js';
import type { GoalNode, MeasureNode, ReportTree } from './report-model.js';
import { statusPill } from './status-marks.js';

/** Inside a status pill: ` · bedömd` for an assessed status, nothing otherwise. */
export function assessedMark(assessed: boolean): string {
    return assessed ? `<span class="sm-assessed"> · ${ASSESSED}</span>` : '';
}

function pill(status: Status, assessed = false): string {
    return statusPill(status, assessedMark(assessed));
}

/** Text from the model: escaped, its line breaks kept by `white-space: pre-line`. */
function modelText(text: string): string {
    return `<span class="sm-text">${escapeHtml(text)}</span>`;
}

/** The follow-up of the year: the assessment with its motivation beside the computed result, forecast, analysis, actions. */
/**
 * The follow-up of the year. `showWhere`: the follow-up's file and line as a tooltip, for the planner in the
 * preview only (a committee format shows no paths, READERS.md 1).
 */
export function followUpHtml(facts: FollowUpFacts, computedCause?: string, showWhere = false): string {
    if (!hasFollowUp(facts)) {
        return '';
    }
    const items: string[] = [];
    if (facts.assessment) {
        const a = facts.assessment;
        const computed = facts.computed
            ? `<span class="sm-computed">Beräknat: ${pill(facts.computed.status)} ${escapeHtml(facts.computed.detail)}.${computedCause ? ` ${escapeHtml(computedCause)}` : ''}</span>`
            : '';
        items.push(
            fact(
                facts.assessmentLabel,
                `${pill(a.status, true)} ${modelText(a.motivation)}${computed}`,
                showWhere ? a.where : undefined
            )
        );
    }
    if (facts.previous) {
        items.push(fact(`Helåret ${facts.previous.year}`, pill(facts.previous.status)));
    }
    if (facts.forecast) {
        items.push(
            fact(
                'Prognos',
                `${pill(facts.forecast.status)} ${modelText(facts.forecast.motivation)}`,
                showWhere ? facts.forecast.where : undefined
            )
        );
    }
    for (const [label, texts] of [
        ['Analys', facts.analysis],
        ['Åtgärder', facts.actions]
    ] as const) {
        if (texts.length > 0) {
            items.push(
                fact(
                    label,
                    texts.length === 1
                        ? modelText(texts[0]!)
                        : `<ul>${texts.map(t => `<li>${modelText(t)}</li>`).join('')}</ul>`
                )
            );
        }
    }
    return `<dl class="sm-followup">${items.join('')}</dl>`;
}

function fact(label: string, html: string, where?: string): string {
    const title = where ? ` title="${escapeHtml(`Uppföljningen, ${where}`)}"` : '';
    return `<div class="sm-fact"><dt${title}>${escapeHtml(label)}</dt><dd>${html}</dd></div>`;
}

/** The facts under a measure; with `full` false only its follow-up (the rest waits until the measure is opened). */
export function measureFactsHtml(
    tree: ReportTree,
    node: MeasureNode,
    base: string,
    full = true,
    host: 'report' | 'preview' = 'report'
): string {
    const cause = statusCause({ view: tree.view, measure: node.view }, node.result);
    const followUp = followUpHtml(
        measureFollowUp(node.result, node.view.unit, base, followUpContext(tree, node)),
        cause,
        host === 'preview'
    );
    if (!full) {
        return followUp;
    }
    const facts = measureFacts(tree, node, base);
    const items: string[] = [];
    const thresholds =
        facts.thresholds.length > 0
            ? facts.thresholds
                  .map(t => `<span class="sm-rule sm-plain">${escapeHtml(thresholdLine(t).text)}</span>`)
                  .join('')
            : `<span class="sm-muted">${NO_THRESHOLDS}</span>`;
    items.push(fact(`Gränsvärden ${tree.year}`, thresholds));
    if (facts.target !== undefined) {
        items.push(fact(`Målvärde ${tree.year}`, escapeHtml(facts.target)));
    }
    items.push(fact('Källa', escapeHtml(facts.source)));
    // The model's own words only in the preview, for the planner, under their own label (READERS.md 1).
    if (host === 'preview' && facts.thresholds.length > 0) {
        items.push(
            fact(
                'Modellens text',
                facts.thresholds.map(t => `<code class="sm-rule">${escapeHtml(t.model)}</code>`).join('')
            )
        );
    }
    let table = '';
    if (facts.history.length > 0) {
        // One row a year, so the table stays narrow enough for the preview beside an editor.
        const withTarget = facts.history.some(h => h.target !== undefined);
        const rows = facts.history
            .map(h => {
                const cells = [
                    `<td>${escapeHtml(h.value)}</td>`,
                    ...(withTarget ? [`<td>${escapeHtml(h.target ?? '–')}</td>`] : []),
                    `<td>${pill(h.status, h.assessed)}</td>`
                ];
                return `<tr${h.current ? ' class="sm-current" aria-current="true"' : ''}><th scope="row">${h.year}</th>${cells.join('')}</tr>`;
            })
            .join('');
        const head = `<tr><th scope="col">År</th><th scope="col">Värde</th>${withTarget ? '<th scope="col">Målvärde</th>' : ''}<th scope="col">Status</th></tr>`;
        // Narrow enough for 320 px (its cells wrap below 35rem): no scroll region, which would add a tab stop
        // inside the tree.
        table = `<table class="sm-history"><caption>Senaste ${facts.history.length === 1 ? 'året' : `${facts.history.length} åren`}</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
    }
    return `${followUp}<div class="sm-facts"><dl>${items.join('')}</dl>${table}</div>`;
}

/** A goal's programmes (`Program: Digitala Kumla 2025`), or nothing. */
export function goalFactsHtml(
    tree: ReportTree,
    node: GoalNode,
    base: string,
    host: 'report' | 'preview' = 'report'
): string {
    const programmes = goalProgrammes(tree, node);
    const facts =
        programmes.length > 0
            ? `<div class="sm-facts"><dl>${fact('Program', escapeHtml(programmes.join(', ')))}</dl></div>`
            : '';
    return (
        followUpHtml(goalFollowUp(node.result, base, followUpContext(tree, node)), undefined, host === 'preview') +
        facts
    );
}

export const FACT_STYLES = String.raw`
.sm-measure > .sm-row, .sm-row:has(> .sm-main > .sm-followup) { align-items: start; }
.sm-facts { margin-top: 0.35rem; font-size: 0.88em; display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; align-items: flex-start; }
.sm-facts dl { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.2rem; flex: 1 1 18rem; min-width: 0; }
.sm-fact { display: flex; flex-wrap: wrap; gap: 0 0.5rem; min-width: 0; }
.sm-fact dt { font-weight: 600; color: var(--sm-muted); }
/* A long file name or model line breaks anywhere rather than widening a 320 px page. */
.sm-fact dd { margin: 0; min-width: 0; max-width: 100%; overflow-wrap: anywhere; }
.sm-history { max-width: 100%; }
.sm-rule { display: block; }
.sm-rule code { font-family: var(--sm-mono); font-size: 0.92em; background: var(--sm-code-bg); padding: 0 0.3rem; border-radius: 4px; }
.sm-plain { color: var(--sm-fg); }
.sm-history { border-collapse: collapse; font-variant-numeric: tabular-nums; flex: none; }
.sm-history caption { text-align: left; font-weight: 600; color: var(--sm-muted); padding-bottom: 0.15rem; }
.sm-history th, .sm-history td { padding: 0.1rem 0.45rem; border: 1px solid var(--sm-border); text-align: right; white-space: nowrap; }
.sm-history thead th { color: var(--sm-muted); font-weight: 600; }
.sm-history th[scope="row"] { text-align: left; font-weight: 600; }
.sm-history td:last-child, .sm-history th:last-child { text-align: left; }
.sm-history .sm-current { background: var(--sm-surface); font-weight: 650; }
.sm-history .sm-pill { font-size: 0.8em; padding: 0 0.4rem 0 0.3rem; }
.sm-assessed { font-weight: 500; font-style: italic; }
.sm-followup {
    margin: 0.4rem 0 0.1rem; padding: 0.4rem 0.65rem; display: grid; gap: 0.3rem; font-size: 0.92em;
    border-left: 3px solid var(--sm-focus); background: var(--sm-surface); border-radius: 0 6px 6px 0;
}
.sm-followup ul { margin: 0; padding-left: 1.1rem; }
.sm-text { white-space: pre-line; overflow-wrap: anywhere; }
.sm-computed { display: block; color: var(--sm-muted); margin-top: 0.1rem; }
.sm-computed .sm-pill { font-size: 0.8em; }
`;
