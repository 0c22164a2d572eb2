/**
 * READERS.md 1 on every model of the repository: the committee formats (Markdown, the HTML report, Word) never
 * show the model's syntax, its identifiers, a check's code or a path other than a data file's name relative to
 * the model's folder. Each model is rendered with its warnings, as `styrmodell report` does, so the quality
 * appendix is searched too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import type { ModelView } from '../../src/model/model-view.js';
import { renderHtmlReport } from '../../src/render/document.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import type { ReportWarning } from '../../src/render/render-input.js';
import { readDocx } from '../support/docx-xml.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every model of the repository: examples, seeds, the test models and the checks' examples. */
function models(): string[] {
    const under = (folder: string) =>
        existsSync(join(ROOT, folder)) ? readdirSync(join(ROOT, folder)).map(name => join(folder, name)) : [];
    const isModel = (path: string) =>
        path.endsWith('.styr') ||
        (statSync(join(ROOT, path)).isDirectory() && readdirSync(join(ROOT, path)).some(n => n.endsWith('.styr')));
    return [
        ...under('examples'),
        ...under('seeds'),
        ...under('test/resources').filter(p => !p.endsWith('checks') && !p.endsWith('sarif')),
        ...under('test/resources/checks')
    ].filter(isModel);
}

/** The check codes of docs/checks.md. */
const CODES = [...readFileSync(join(ROOT, 'docs', 'checks.md'), 'utf8').matchAll(/^## ([a-z]+(?:-[a-z]+)+)$/gm)].map(
    m => m[1]!
);

const SYNTAX: Array<[string, RegExp]> = [
    ['an operator', /<=|>=/],
    ['a threshold line', /\b(hel|halv) när\b/],
    ['a condition', /\bnär (värde|rang|kvartil|skillnad|förändring)\b/],
    ['a base', /\brang i \p{Lu}/u],
    ['a block', /\b(riket|medel|utfall|målvärde) \{/]
];

const PATHS = /(^|[\s(”"'])(\/[A-Za-z]|[A-Za-z]:\\|\.\.\/)/m;

/** Words the model itself uses in its texts: an id that is also such a word (`Ekonomi`) is no leak. */
function modelWords(view: ModelView): Set<string> {
    const texts = [
        view.title,
        view.vision?.title,
        view.vision?.description,
        ...view.areas.flatMap(a => [a.title, a.description]),
        ...view.committees.map(c => c.title),
        ...view.administrations.map(a => a.title),
        ...view.groups.map(g => g.title),
        ...view.programmes.map(p => p.title),
        ...view.goals.flatMap(g => [g.title, g.description, ...g.measures.map(m => m.title)]),
        ...view.followUps.flatMap(f => [f.title, ...JSON.stringify(f).split(/"/)])
    ];
    return new Set(texts.flatMap(t => (t ?? '').split(/[^\p{L}\p{N}_-]+/u)));
}

/** Words the reports themselves use at a sentence's start (`Halv: minst 80 %`): an id spelt the same is no leak. */
const READER_WORDS = new Set([
    'Hel',
    'Halv',
    'Ingen',
    'Saknas',
    'Mått',
    'Mål',
    'Status',
    'Källa',
    'Vision',
    'Kommunövergripande'
]);

/** Identifiers that would be a leak: ids a reader never sees in the model's own texts. */
function identifiers(view: ModelView): string[] {
    const words = modelWords(view);
    const ids = [
        view.id,
        ...view.areas.map(a => a.id),
        ...view.committees.map(c => c.id),
        ...view.administrations.map(a => a.id),
        ...view.groups.map(g => g.id),
        ...view.programmes.map(p => p.id),
        ...view.goals.flatMap(g => [
            g.id,
            ...g.measures.flatMap(m => [
                m.id,
                `${g.id}.${m.id}`,
                ...(m.kpi && !/^[NU]\d{5}$/.test(m.kpi) ? [m.kpi] : [])
            ])
        ])
    ];
    return [...new Set(ids)].filter(id => id.length > 2 && !words.has(id) && !READER_WORDS.has(id));
}

/** What a reader of the HTML report reads: its text, and the names and titles screen readers and tooltips give. */
function htmlReadable(html: string): string {
    const body = html
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<style[\s\S]*?<\/style>/g, ' ')
        .replace(/<head[\s\S]*?<\/head>/g, ' ');
    const attributes = [...body.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map(m => m[1]!);
    const text = body.replace(/<[^>]+>/g, '\n');
    return [text, ...attributes]
        .join('\n')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
}

function leaks(text: string, ids: readonly string[]): string[] {
    const found: string[] = [];
    for (const [what, pattern] of SYNTAX) {
        const match = pattern.exec(text);
        if (match) found.push(`${what}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
    }
    for (const code of CODES) {
        if (new RegExp(`(?<![\\p{L}-])${code}(?![\\p{L}-])`, 'u').test(text)) found.push(`check code ${code}`);
    }
    for (const id of ids) {
        const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const match = new RegExp(`(?<![\\p{L}\\p{N}_.-])${escaped}(?![\\p{L}\\p{N}_-])`, 'u').exec(text);
        if (match) found.push(`identifier ${id}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
    }
    const path = PATHS.exec(text);
    if (path) found.push(`path: …${text.slice(Math.max(0, path.index - 30), path.index + 50)}…`);
    return found;
}

describe.each(models())('plain Swedish in every committee format of %s', model => {
    it('has no model syntax, identifiers, check codes or paths in Markdown, HTML and Word', async () => {
        const workspace = await loadWorkspace([join(ROOT, model)]);
        const services = workspace.services;
        let rendered = 0;
        const here = join(ROOT, model);
        for (const key of services.references.ModelMembership.modelKeys()) {
            const documents = services.references.ModelMembership.documentsOf(key) as LangiumDocument[];
            // A file's folder may hold other models (test/resources/checks): each is tested under its own name.
            if (!documents.some(d => d.uri.fsPath === here || d.uri.fsPath.startsWith(`${here}/`))) continue;
            const analysis = services.analysis.ModelAnalysis.analyse(key);
            const input = analysis?.result ? renderInputOf(analysis) : undefined;
            if (!input) continue;
            const warnings: ReportWarning[] = documents.flatMap(document =>
                (document.diagnostics ?? [])
                    .filter(d => d.severity === 2)
                    .map(d => ({
                        file: document.uri.fsPath,
                        line: d.range.start.line + 1,
                        code: String(d.code ?? ''),
                        message: typeof d.message === 'string' ? d.message : d.message.value
                    }))
            );
            if (warnings.length > 0) input.warnings = warnings;
            const ids = identifiers(input.view);
            const word = readDocx(await renderDocxReport(input))
                .paragraphs.map(p => p.text)
                .join('\n');
            for (const [format, text] of [
                ['md', renderMarkdownReport(input).replace(/\\(.)/g, '$1')],
                ['html', htmlReadable(renderHtmlReport(input, { script: '' }))],
                ['docx', word]
            ] as const) {
                expect(leaks(text, ids), `${model} ${format}`).toEqual([]);
            }
            rendered++;
        }
        // A model whose errors keep it from a report has nothing to show; the others must have rendered.
        if (!model.startsWith('test/resources/checks')) expect(rendered).toBeGreaterThan(0);
    }, 60_000);
});
