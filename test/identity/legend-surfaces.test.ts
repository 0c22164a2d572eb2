/**
 * The legend is one reader text (ARCHITECTURE.md): the Markdown, the HTML report and the Word report say the
 * same bounds, as the planner wrote them. The regression: Word said "minst 75 %" where Markdown said
 * "minst 75,5 %" because each renderer built its own legend.
 */
import { describe, expect, it } from 'vitest';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { fixtureInput } from '../render/fixture.js';
import { readDocx } from '../support/docx-xml.js';

const NBSP = '\u00a0';

/** The fixture with bounds a planner might write: uppfyllt from 75,5 %, delvis from 50,25 %. */
function withBounds(achieved: number, partly: number): RenderInput {
    const input = fixtureInput();
    return { ...input, results: input.results.map(r => ({ ...r, bounds: { achieved, partly } })) };
}

function plain(text: string): string {
    return text
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/[ \t\r\n]+/g, ' ');
}

describe('the legend on every surface', async () => {
    const input = withBounds(0.755, 0.5025);
    const markdown = renderMarkdownReport(input);
    const html = plain(renderHtmlBody(input));
    const word = readDocx(await renderDocxReport(input))
        .paragraphs.map(p => p.text)
        .join('\n');

    it.each([
        ['Markdown', markdown],
        ['HTML', html],
        ['Word', word]
    ])('%s says the bounds as written (75,5 % and 50,25 %)', (_surface, text) => {
        expect(text).toContain(`minst 75,5${NBSP}%`);
        expect(text).toContain(`minst 50,25${NBSP}%`);
        expect(text).toContain(`under 50,25${NBSP}%`);
        expect(text).not.toMatch(new RegExp(`minst 75${NBSP}%`));
    });
});
