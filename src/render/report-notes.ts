/**
 * What the report knows it does not know, in Markdown and HTML: data files that could not be read with the
 * measures that lack a value because of them (LANGUAGE.md section 5), and the model's warnings (CLI.md `report`).
 * Shown before the goal tree, so that nobody reads a green goal without seeing what it rests on.
 */
import { measureKey } from '../model/measure-key.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { locationText, relativePath } from './format.js';
import type { RenderInput } from './render-input.js';

const GAPS_HEADING = 'Data som inte kunde läsas';
const WARNINGS_HEADING = 'Varningar';

function measuresText(measures: ReadonlyArray<{ goal: string; id: string; title: string }>): string[] {
    return measures.map((m) => `${m.title} (${measureKey(m)})`);
}

function gapLines(input: RenderInput, base: string): Array<{ file: string; message: string; measures: string }> {
    return (input.dataGaps ?? []).map((gap) => ({
        file: relativePath(gap.file, base),
        message: gap.message,
        measures: gap.measures.length > 0
            ? `Saknar värde för ${input.year} därför: ${measuresText(gap.measures).join('; ')}.`
            : `Inget mått saknar värde för ${input.year} därför.`
    }));
}

function warningLines(input: RenderInput, base: string): string[] {
    return (input.warnings ?? []).map((w) => `${locationText(w, base)}: ${w.message} (${w.code})`);
}

/** The checks ran for the report's year; a year picked in the preview does not re-run them. */
function warningsIntro(count: number, year: number): string {
    return `Modellen har ${count} ${count === 1 ? 'varning' : 'varningar'} för ${year}`;
}

export function reportNotesMarkdown(input: RenderInput, base: string): string[] {
    const out: string[] = [];
    const gaps = gapLines(input, base);
    if (gaps.length > 0) {
        out.push(`## ${GAPS_HEADING}`, '', 'Resten av modellen är beräknad; måtten nedan visas som saknas.', '');
        out.push(...gaps.map((g) => `- \`${g.file.replace(/`/g, "'")}\`: ${escapeMarkdown(g.message)} ${escapeMarkdown(g.measures)}`), '');
    }
    const warnings = warningLines(input, base);
    if (warnings.length > 0) {
        out.push(`## ${WARNINGS_HEADING}`, '', `${warningsIntro(warnings.length, input.year)}:`, '');
        out.push(...warnings.map((w) => `- ${escapeMarkdown(w)}`), '');
    }
    return out;
}

export function reportNotesHtml(input: RenderInput, base: string): string {
    const parts: string[] = [];
    const gaps = gapLines(input, base);
    if (gaps.length > 0) {
        const items = gaps.map((g) => `<li><code>${escapeHtml(g.file)}</code>: ${escapeHtml(g.message)} ${escapeHtml(g.measures)}</li>`).join('');
        parts.push(`<section class="sm-notes" role="note" aria-label="${GAPS_HEADING}"><h2>${GAPS_HEADING}</h2><p>Resten av modellen är beräknad; måtten nedan visas som saknas.</p><ul>${items}</ul></section>`);
    }
    const warnings = warningLines(input, base);
    if (warnings.length > 0) {
        const items = warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('');
        parts.push(`<section class="sm-notes" role="note" aria-label="${WARNINGS_HEADING}"><h2>${WARNINGS_HEADING}</h2><p>${escapeHtml(warningsIntro(warnings.length, input.year))}:</p><ul>${items}</ul></section>`);
    }
    return parts.join('');
}
