/**
 * The Word report of every model in the repository (the reference, the examples, the seeds, the test models):
 * it is written, starts with the summary, gives every goal and measure a heading whose status line says the
 * status the engine computed (marked bedömd when assessed), and never shows a JavaScript word or an absolute path.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { statusWord } from '../../src/fulfilment/index.js';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { readDocx } from '../support/docx-xml.js';

const ROOT = join(import.meta.dirname, '..', '..');

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
        ...children('examples'),
        ...children('seeds')
    ].filter(folder => readdirSync(join(ROOT, folder)).some(name => name.endsWith('.styr')));
}

describe.each(modelFolders())('the Word report of %s', folder => {
    it('has the summary first and every goal and measure with its status', async () => {
        const workspace = await loadWorkspace([join(ROOT, folder)]);
        for (const key of workspace.services.references.ModelMembership.modelKeys()) {
            const analysis = workspace.services.analysis.ModelAnalysis.analyse(key);
            const input = analysis && renderInputOf(analysis);
            if (!input) continue;
            const doc = readDocx(await renderDocxReport(input, { baseDir: ROOT }));
            const headings = doc.paragraphs.filter(p => p.style?.startsWith('Heading'));
            expect(headings[0]?.text).toBe('Sammanfattning');
            const result = input.results.find(r => r.year === input.year)!;
            const texts = doc.paragraphs.map(p => p.text);
            for (const goal of result.goals) {
                const at = texts.findIndex(
                    (t, i) => doc.paragraphs[i]!.style?.startsWith('Heading') && t.endsWith(`: ${goal.title}`)
                );
                expect(at, goal.title).toBeGreaterThan(0);
                const status = texts.slice(at + 1).find(t => t.startsWith('Status: '));
                expect(status, goal.title).toContain(
                    `● ${statusWord(goal.status)}${goal.assessment ? ' (bedömd)' : ''}`
                );
            }
            for (const measure of result.measures) {
                expect(
                    headings.some(h => h.text === `Mått: ${measure.title}`),
                    measure.title
                ).toBe(true);
            }
            const all = texts.join('\n');
            expect(all).not.toMatch(/\b(undefined|null|NaN|Infinity)\b/);
            expect(doc.xml).not.toContain(ROOT);
        }
    });
});
