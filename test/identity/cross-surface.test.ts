/**
 * Every surface shows the same status and the same rounded number for every measure and goal (ARCHITECTURE.md:
 * one identity, one formatter). For the reference, every example, every seed and the test models, the report JSON
 * is the truth; the Markdown report, the HTML report, the preview's data and its tree, hover and inlay hints must
 * each say the same status word and the same number, as the one formatter writes it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GrammarUtils, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { type ModelResult, type Status, statusDisplay, toReportJson } from '../../src/fulfilment/index.js';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { type Document, isGoal } from '../../src/language/generated/ast.js';
import { preview } from '../../src/lsp/preview-handler.js';
import { measureKey } from '../../src/model/measure-key.js';
import { renderHtmlReport } from '../../src/render/document.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { escapeMarkdown } from '../../src/render/escape.js';
import { formatPercent, formatValue } from '../../src/render/format.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import { unpackRenderInput } from '../../src/render/render-input.js';
import { type DocxParagraph, readDocx } from '../support/docx-xml.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every model folder of the repository: the reference, the examples, the seeds and the test models. */
function modelFolders(): string[] {
    const children = (folder: string) =>
        existsSync(join(ROOT, folder))
            ? readdirSync(join(ROOT, folder))
                  .map(name => join(folder, name))
                  .filter(path => statSync(join(ROOT, path)).isDirectory())
            : [];
    return [
        'test/resources/kumla-reference',
        'test/resources/lsp-model',
        'test/resources/same-measure-name',
        ...children('examples'),
        ...children('seeds')
    ].filter(folder => readdirSync(join(ROOT, folder)).some(name => name.endsWith('.styr')));
}

interface Shown {
    status: string;
    /** The number as the formatter writes it; null when there is none (saknas). */
    number: string | null;
}

function unescapeHtml(text: string): string {
    return text
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

function word(status: Status): string {
    return statusDisplay(status).word;
}

/**
 * What the rows of the tree items with this data-key show (a goal under two KF goals is drawn twice): the status
 * word on the row's own pill and its number (a goal's percentage, a measure's value). A tree item is named by
 * its row, so this is also what a screen reader announces.
 */
function rowsShown(html: string, key: string): Array<{ status: string; number: string }> {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const starts = [...html.matchAll(new RegExp(`data-key="${escaped}"[^>]*>`, 'g'))].map(m => m.index! + m[0].length);
    return starts.map(start => {
        // The row ends where the item's group of children starts, or where the item ends.
        const ends = ['</div><ul role="group">', '</div></li>']
            .map(end => html.indexOf(end, start))
            .filter(index => index >= 0);
        const row = html.slice(start, Math.min(...ends) + '</div>'.length);
        const status =
            /<span class="sm-pill [^"]*">([^<]*)(?:<span class="sm-assessed">[^<]*<\/span>)?<\/span><\/div>$/.exec(row);
        const number = /<span class="sm-(?:percent|figure sm-value[^"]*)"[^>]*>([^<]*)<\/span>/.exec(row);
        return { status: unescapeHtml(status?.[1] ?? 'no status'), number: unescapeHtml(number?.[1] ?? 'no number') };
    });
}

/** The lines of the Markdown goal sections (level 3 and deeper; inriktningar are level 2) headed by `title`, up to the next heading. */
function markdownSections(markdown: string, title: string): string[][] {
    const lines = markdown.split('\n');
    const heading = new RegExp(`^#{3,6} ${escapeMarkdown(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const sections: string[][] = [];
    lines.forEach((line, index) => {
        if (heading.test(line)) {
            const end = lines.findIndex((l, i) => i > index && /^#{1,6} /.test(l));
            sections.push(lines.slice(index + 1, end < 0 ? undefined : end));
        }
    });
    return sections;
}

describe.each(modelFolders())('every surface agrees on %s', folder => {
    it('status and number of every measure and goal', async () => {
        const workspace = await loadWorkspace([join(ROOT, folder)]);
        const services = workspace.services;
        const keys = services.references.ModelMembership.modelKeys();
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) {
            const analysis = services.analysis.ModelAnalysis.analyse(key);
            if (!analysis?.result) continue;
            const result: ModelResult = analysis.result;
            const documents = services.references.ModelMembership.documentsOf(key) as LangiumDocument<Document>[];

            // The truth: the report JSON, formatted by the one formatter.
            const json = toReportJson(result);
            const units = new Map(analysis.view.goals.flatMap(g => g.measures).map(m => [measureKey(m), m.unit]));
            const expectedMeasures = new Map<string, Shown>(
                json.measures.map(m => [
                    measureKey(m),
                    {
                        status: word(m.status),
                        number: m.value === null ? null : formatValue(m.value, units.get(measureKey(m)))
                    }
                ])
            );
            const expectedGoals = new Map<string, Shown>(
                json.goals.map(g => [
                    g.id,
                    { status: word(g.status), number: g.fulfilment === null ? null : formatPercent(g.fulfilment) }
                ])
            );
            expect(expectedMeasures.size).toBe(result.measures.length);

            const input = renderInputOf(analysis)!;
            const markdown = renderMarkdownReport(input);
            const htmlReport = renderHtmlReport(input, { script: '' });
            const wordReport = readDocx(await renderDocxReport(input)).paragraphs.filter(p => !p.inTable);
            const previewResult = preview(services, documents[0]!);
            expect(previewResult.kind).toBe('ok');
            const previewInput = previewResult.kind === 'ok' ? unpackRenderInput(previewResult.input) : undefined;
            const previewShown = previewInput!.results.find(r => r.year === previewInput!.year)!;
            expect(previewInput!.year).toBe(result.year);
            const previewHtml = renderHtmlBody(previewInput!, { host: 'preview' });

            for (const document of documents) {
                const uri = document.uri.toString();
                const hints =
                    (await services.lsp.InlayHintProvider!.getInlayHints(document, {
                        textDocument: { uri },
                        range: {
                            start: { line: 0, character: 0 },
                            end: { line: document.textDocument.lineCount, character: 0 }
                        }
                    })) ?? [];
                const hintAt = (line: number, character: number) =>
                    hints
                        .filter(h => h.position.line === line && h.position.character === character)
                        .map(h => String(h.label));
                const hover = async (line: number, character: number) => {
                    const answer = await services.lsp.HoverProvider!.getHoverContent(document, {
                        textDocument: { uri },
                        position: { line, character }
                    });
                    return answer && typeof answer.contents === 'object' && 'value' in answer.contents
                        ? answer.contents.value
                        : '';
                };

                for (const goal of document.parseResult.value.elements.filter(isGoal)) {
                    const goalShown = expectedGoals.get(goal.name)!;
                    const where = `${folder} mål ${goal.name}`;
                    expect(goalShown, where).toBeDefined();
                    const goalNumber = goalShown.number ?? '–';
                    const goalTitle = GrammarUtils.findNodeForProperty(goal.$cstNode, 'title')!;
                    const goalName = GrammarUtils.findNodeForProperty(goal.$cstNode, 'name')!;

                    // Markdown: the goal line under each of its headings (it has at least one).
                    const goalSections = markdownSections(markdown, goal.title);
                    expect(goalSections.length, `${where}: Markdown heading`).toBeGreaterThan(0);
                    for (const section of goalSections) {
                        const line = section.find(l => l.includes(`**${goalShown.status}**`));
                        expect(line, `${where}: Markdown`).toBeDefined();
                        if (goalShown.number !== null)
                            expect(line, `${where}: Markdown`).toContain(`${goalShown.number} uppfyllelse`);
                    }
                    // HTML report and preview tree: the tree item's row, which is also its accessible name.
                    for (const html of [htmlReport, previewHtml]) {
                        const goalRows = rowsShown(html, `g:${goal.name}`);
                        expect(goalRows.length, `${where}: shown in the HTML`).toBeGreaterThan(0);
                        for (const row of goalRows) {
                            expect(row.status, `${where}: HTML`).toBe(goalShown.status);
                            expect(row.number, `${where}: HTML`).toBe(goalShown.number ?? '–');
                        }
                    }
                    // Word: the status line under each of the goal's headings.
                    const goalLines = wordStatusLines(wordReport, goal.title, undefined);
                    expect(goalLines.length, `${where}: Word heading`).toBeGreaterThan(0);
                    for (const line of goalLines) {
                        expect(line, `${where}: Word`).toMatch(new RegExp(`^Status: ● ${goalShown.status}\\b`));
                        if (goalShown.number !== null)
                            expect(line, `${where}: Word`).toContain(` · ${goalShown.number} uppfyllelse`);
                    }
                    // The preview's data.
                    const previewGoal = previewShown.goals.find(g => g.id === goal.name)!;
                    expect(word(previewGoal.status), `${where}: preview`).toBe(goalShown.status);
                    expect(
                        previewGoal.fulfilment === null ? null : formatPercent(previewGoal.fulfilment),
                        `${where}: preview`
                    ).toBe(goalShown.number);
                    // Hover and inlay hint.
                    const goalHover = await hover(goalName.range.start.line, goalName.range.start.character);
                    expect(goalHover, `${where}: hover`).toContain(`${goalShown.status} ${goalNumber}`);
                    // An assessed goal (LANGUAGE.md section 8) says so, with its computed result beside it.
                    const goalAssessed = previewGoal.assessment
                        ? ` bedömd (beräknat ${word(previewGoal.computedStatus)} ${formatPercent(previewGoal.computedFulfilment)})`
                        : '';
                    expect(hintAt(goalTitle.range.end.line, goalTitle.range.end.character), `${where}: inlay`).toEqual([
                        ` ${statusBadgeWord(goalShown.status)} ${goalNumber}${goalAssessed} (${result.year})`
                    ]);

                    for (const measure of goal.measures) {
                        const id = measureKey(goal.name, measure.name);
                        const shown = expectedMeasures.get(id)!;
                        const at = `${folder} mått ${id}`;
                        expect(shown, at).toBeDefined();
                        const title = GrammarUtils.findNodeForProperty(measure.$cstNode, 'title')!;
                        const name = GrammarUtils.findNodeForProperty(measure.$cstNode, 'name')!;

                        // Markdown: the measure's row in its goal's table (each heading the goal stands under).
                        const rows = markdownSections(markdown, goal.title).flatMap(section =>
                            section.filter(l => l.startsWith(`| ${escapeMarkdown(measure.title)} |`)).slice(0, 1)
                        );
                        expect(rows.length, `${at}: Markdown row`).toBeGreaterThan(0);
                        for (const row of rows) {
                            const cells = row.split(' | ');
                            expect(cells[1], `${at}: Markdown`).toMatch(
                                new RegExp(` ${shown.status}( \\*\\(bedömd\\)\\*)?$`)
                            );
                            expect(cells[2], `${at}: Markdown`).toBe(escapeMarkdown(shown.number ?? 'saknas'));
                        }
                        // Word: the status line under the measure's heading in each of its goal's sections.
                        const measureLines = wordStatusLines(wordReport, goal.title, measure.title);
                        expect(measureLines.length, `${at}: Word heading`).toBeGreaterThan(0);
                        for (const line of measureLines) {
                            expect(line, `${at}: Word`).toMatch(new RegExp(`^Status: ● ${shown.status}\\b`));
                            if (shown.number !== null) expect(line, `${at}: Word`).toContain(` · ${shown.number}`);
                        }
                        // HTML report and preview tree.
                        for (const html of [htmlReport, previewHtml]) {
                            for (const row of rowsShown(html, `m:${id}`)) {
                                expect(row.status, `${at}: HTML`).toBe(shown.status);
                                expect(row.number, `${at}: HTML`).toBe(shown.number ?? 'saknas');
                            }
                        }
                        expect(rowsShown(previewHtml, `m:${id}`).length, `${at}: shown in the preview`).toBeGreaterThan(
                            0
                        );
                        // The preview's data.
                        const previewMeasure = previewShown.measures.find(m => measureKey(m) === id)!;
                        expect(word(previewMeasure.status), `${at}: preview`).toBe(shown.status);
                        expect(
                            previewMeasure.value === null
                                ? null
                                : formatValue(previewMeasure.value, previewMeasure.unit),
                            `${at}: preview`
                        ).toBe(shown.number);
                        // Hover and inlay hint.
                        const measureHover = await hover(name.range.start.line, name.range.start.character);
                        expect(measureHover.split('\n')[0], `${at}: hover`).toMatch(
                            new RegExp(` ${shown.status}( \\*bedömd\\* \\(beräknat: [^)]*\\))?$`)
                        );
                        expect(measureHover, `${at}: hover`).toContain(
                            shown.number === null
                                ? `Värde ${result.year}: saknas`
                                : `Värde ${result.year}: **${shown.number}**`
                        );
                        expect(hintAt(title.range.end.line, title.range.end.character), `${at}: inlay`).toEqual([
                            ` ${statusBadgeWord(shown.status)}${previewMeasure.assessment ? ` bedömd (beräknat ${word(previewMeasure.computedStatus)})` : ''}${shown.number === null ? '' : ` · ${shown.number}`} (${result.year})`
                        ]);
                    }
                }
            }
        }
    }, 60_000);
});

/**
 * The Word report's status lines ("Status: ● delvis · 62 % uppfyllelse") right under a goal's heading, or under a
 * measure's heading in that goal's sections: headings read "Nämndmål: titel", "Mått: titel".
 */
function wordStatusLines(paragraphs: DocxParagraph[], goalTitle: string, measureTitle: string | undefined): string[] {
    const lines: string[] = [];
    let inGoal = false;
    paragraphs.forEach((paragraph, index) => {
        if (!/^Heading\d$/.test(paragraph.style ?? '')) return;
        const isMeasure = paragraph.text.startsWith('Mått: ');
        const title = paragraph.text.replace(/^[^:]*: /, '');
        if (!isMeasure) inGoal = title === goalTitle;
        const wanted = inGoal && (measureTitle === undefined ? !isMeasure : isMeasure && title === measureTitle);
        const next = paragraphs[index + 1]?.text;
        if (wanted && next?.startsWith('Status: ')) lines.push(next);
    });
    return lines;
}

/** The inlay hint's badge: the colour marker and the word (result-markdown's statusBadge). */
function statusBadgeWord(statusWord: string): string {
    const markers: Record<string, string> = { green: '🟢', yellow: '🟡', red: '🔴', grey: '⚪' };
    const status = (
        ['hel', 'halv', 'ingen', 'saknas', 'ej_bedomd', 'uppfyllt', 'delvis', 'ej_uppfyllt'] as Status[]
    ).find(s => word(s) === statusWord)!;
    return `${markers[statusDisplay(status).colour]} ${statusWord}`;
}
