/**
 * The Markdown report's block under each measure: thresholds in the model's words and in plain Swedish,
 * the last five years with their statuses, and the source (see measure-facts.ts).
 */
import { escapeMarkdown } from './escape.js';
import { measureFacts } from './measure-facts.js';
import type { MeasureNode, ReportTree } from './report-model.js';
import { statusMark } from './status-marks.js';

export function measureDetails(tree: ReportTree, node: MeasureNode, base: string): string[] {
    const facts = measureFacts(tree, node, base);
    const out = [`**${escapeMarkdown(node.view.title)}** (${statusMark(node.result.status)})`, ''];
    const items: string[] = [];
    if (facts.thresholds.length > 0) {
        const lines = facts.thresholds.map((t) => `\`${t.model.replace(/`/g, "'")}\`: ${escapeMarkdown(t.plain)}`);
        items.push(`- Gränsvärden ${tree.year}: ${lines.join('; ')}`);
    } else {
        items.push(`- Gränsvärden ${tree.year}: inga (måttet bedöms inte mot ett gränsvärde)`);
    }
    items.push(`- Källa: ${escapeMarkdown(facts.source)}`);
    out.push(...items, '');
    if (facts.history.length > 0) {
        out.push(
            `| År | ${facts.history.map((h) => (h.current ? `**${h.year}**` : String(h.year))).join(' | ')} |`,
            `| --- | ${facts.history.map(() => '---').join(' | ')} |`,
            `| Värde | ${facts.history.map((h) => escapeMarkdown(h.value)).join(' | ')} |`,
            `| Status | ${facts.history.map((h) => statusMark(h.status)).join(' | ')} |`,
            ''
        );
    }
    return out;
}
