/**
 * The Markdown report's blocks under each goal and measure: the follow-up (assessment marked *bedömd* with
 * its motivation beside the computed result, forecast, analysis, actions), thresholds in the model's words and
 * in plain Swedish, the target, the last five years with their statuses, and the source.
 */
import type { Status } from '../fulfilment/result.js';
import { escapeMarkdown } from './escape.js';
import { ASSESSED, type FollowUpFacts, followUpContext, measureFollowUp, textLines } from './follow-up.js';
import { measureFacts, NO_THRESHOLDS } from './measure-facts.js';
import { statusCause, thresholdLine } from './reader-text/index.js';
import type { MeasureNode, ReportTree } from './report-model.js';
import { statusMark } from './status-marks.js';

/** `🟡 halv`, or `🟡 halv *(bedömd)*` for an assessed status. */
export function statusCell(status: Status, assessed: boolean): string {
    return assessed ? `${statusMark(status)} *(${ASSESSED})*` : statusMark(status);
}

/** Text from the model in Markdown, each of its lines kept (a hard line break between them). */
function markdownText(text: string, indent = ''): string {
    return textLines(text).map(escapeMarkdown).join(`  \n${indent}`);
}

/** The follow-up as Markdown lines, or none when there is nothing for the year. */
export function followUpBlock(facts: FollowUpFacts, computedCause?: string): string[] {
    const out: string[] = [];
    const lines: string[] = [];
    if (facts.assessment) {
        const a = facts.assessment;
        lines.push(`**${facts.assessmentLabel}:** ${statusCell(a.status, true)}: ${markdownText(a.motivation)}`);
        if (facts.computed) {
            const why = computedCause ? ` ${escapeMarkdown(computedCause)}` : '';
            lines.push(
                `**Beräknat:** ${statusMark(facts.computed.status)}, ${escapeMarkdown(facts.computed.detail)}.${why}`
            );
        }
    }
    if (facts.previous) {
        lines.push(`**Helåret ${facts.previous.year}:** ${statusMark(facts.previous.status)}`);
    }
    if (facts.forecast) {
        lines.push(`**Prognos:** ${statusMark(facts.forecast.status)}: ${markdownText(facts.forecast.motivation)}`);
    }
    if (lines.length > 0) {
        out.push(lines.join('  \n'), '');
    }
    for (const [label, texts] of [
        ['Analys', facts.analysis],
        ['Åtgärder', facts.actions]
    ] as const) {
        if (texts.length > 0) {
            out.push(`**${label}:**`, '', ...texts.map(t => `- ${markdownText(t, '  ')}`), '');
        }
    }
    return out;
}

export function measureDetails(tree: ReportTree, node: MeasureNode, base: string): string[] {
    const facts = measureFacts(tree, node, base);
    const out = [
        `**${escapeMarkdown(node.view.title)}** (${statusCell(node.result.status, node.result.assessment !== undefined)})`,
        ''
    ];
    const cause = statusCause({ view: tree.view, measure: node.view }, node.result);
    out.push(...followUpBlock(measureFollowUp(node.result, node.view.unit, base, followUpContext(tree, node)), cause));
    // Lines with hard breaks, not a list: a list here would merge with the Analys list above it.
    const lines: string[] = [];
    const thresholds = facts.thresholds.map(t => escapeMarkdown(thresholdLine(t).text));
    lines.push(`**Gränsvärden ${tree.year}:** ${thresholds.length > 0 ? thresholds.join('; ') : NO_THRESHOLDS}`);
    if (facts.target !== undefined) {
        lines.push(`**Målvärde ${tree.year}:** ${escapeMarkdown(facts.target)}`);
    }
    lines.push(`**Källa:** ${escapeMarkdown(facts.source)}`);
    out.push(lines.join('  \n'), '');
    if (facts.history.length > 0) {
        const rows = [
            `| År | ${facts.history.map(h => (h.current ? `**${h.year}**` : String(h.year))).join(' | ')} |`,
            `| --- | ${facts.history.map(() => '---').join(' | ')} |`,
            `| Värde | ${facts.history.map(h => escapeMarkdown(h.value)).join(' | ')} |`
        ];
        if (facts.history.some(h => h.target !== undefined)) {
            rows.push(`| Målvärde | ${facts.history.map(h => escapeMarkdown(h.target ?? '–')).join(' | ')} |`);
        }
        rows.push(`| Status | ${facts.history.map(h => statusCell(h.status, h.assessed)).join(' | ')} |`);
        out.push(...rows, '');
    }
    return out;
}
