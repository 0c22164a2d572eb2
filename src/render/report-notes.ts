/**
 * What the report knows it does not know, for every report format: data files that could not be read with
 * the measures that lack a value because of them (LANGUAGE.md section 5), and the model's warnings (CLI.md
 * `report`). Shown before the goal tree, so that nobody reads a green goal without seeing what it rests on.
 */
import { dataProblemText } from '../data/problem-text.js';
import { measureKey } from '../model/measure-key.js';
import { plainText } from '../text/plain-text.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { locationText, relativePath } from './format.js';
import type { RenderInput } from './render-input.js';

/** One section of notes: a heading, a sentence, and one item per file or warning, in the checks' Markdown. */
export interface ReportNote {
    heading: string;
    intro: string;
    items: string[];
}

/** The notes of a report, in order; none when every file was read and the model has no warnings. */
function reportNotes(input: RenderInput, base: string): ReportNote[] {
    const notes: ReportNote[] = [];
    const gaps = input.dataGaps ?? [];
    if (gaps.length > 0) {
        notes.push({
            heading: 'Data som inte kunde läsas',
            intro: 'Resten av modellen är beräknad; måtten nedan visas som saknas.',
            items: gaps.map(gap => {
                const measures =
                    gap.measures.length > 0
                        ? `Saknar värde för ${input.year} därför: ${gap.measures.map(m => `${m.title} (${measureKey(m)})`).join('; ')}.`
                        : `Inget mått saknar värde för ${input.year} därför.`;
                return `${dataProblemText(gap.problem, relativePath(gap.file, base))} ${measures}`;
            })
        });
    }
    const warnings = input.warnings ?? [];
    if (warnings.length > 0) {
        // The checks ran for the report's year; a year picked in the preview does not re-run them.
        notes.push({
            heading: 'Varningar',
            intro: `Modellen har ${warnings.length} ${warnings.length === 1 ? 'varning' : 'varningar'} för ${input.year}:`,
            items: warnings.map(w => `${locationText(w, base)}: ${w.message} (${w.code})`)
        });
    }
    return notes;
}

export function reportNotesMarkdown(input: RenderInput, base: string): string[] {
    return reportNotes(input, base).flatMap(note => [
        `## ${note.heading}`,
        '',
        note.intro,
        '',
        ...note.items.map(item => `- ${escapeMarkdown(item)}`),
        ''
    ]);
}

/** The notes as plain text, for the HTML and Word reports: quotes instead of the messages' backticks. */
export function plainReportNotes(input: RenderInput, base: string): ReportNote[] {
    return reportNotes(input, base).map(note => ({ ...note, items: note.items.map(plainText) }));
}

export function reportNotesHtml(input: RenderInput, base: string): string {
    return plainReportNotes(input, base)
        .map(
            note =>
                `<section class="sm-notes" role="note" aria-label="${escapeHtml(note.heading)}"><h2>${escapeHtml(note.heading)}</h2><p>${escapeHtml(note.intro)}</p><ul>${note.items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}</ul></section>`
        )
        .join('');
}
