import { describe, expect, it } from 'vitest';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { DiagnosticCodes } from '../../src/model/diagnostic-codes.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import { buildWorkspace } from './workspace-helper.js';

/**
 * Half-typed models (issue 18, items 4 and 5): a goal without a name holding a measure, a bare `mått` line. The
 * data checks, the analysis and every renderer are total over them: no exception, no `undefined` in the text.
 */
const HEADER = 'styrmodell M "M" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "V"\n\n';
const KNOWN_CODES = new Set<string>(Object.values(DiagnosticCodes));

describe.each([
    ['a goal without a name holding a measure', 'mål "g" { mått A "a" { } }\n'],
    ['a bare mått line', 'mål G "g" {\n    nivå fullmäktige\n    bidrar till V\n    mått\n}\n'],
    ['a mått line with a name only', 'mål G "g" {\n    nivå fullmäktige\n    bidrar till V\n    mått A\n}\n'],
    [
        'a measure without a title',
        'mål G "g" {\n    nivå fullmäktige\n    bidrar till V\n    mått A {\n        utfall {\n            2019 5\n        }\n        hel när värde >= 4\n    }\n}\n'
    ]
])('%s', (_name, body) => {
    it('is checked without a crash, the data checks included', async () => {
        const workspace = await buildWorkspace({ 'm.styr': HEADER + body });
        const diagnostics = workspace.raw('m.styr');
        const crashes = diagnostics.filter(
            d => !KNOWN_CODES.has(String(d.code)) || /error occurred/i.test(String(d.message))
        );
        expect(crashes.map(d => d.message)).toEqual([]);
    });

    it('renders in the preview and every report format without a crash or an undefined', async () => {
        const workspace = await buildWorkspace({ 'm.styr': HEADER + body });
        const analysis = workspace.services.analysis.ModelAnalysis.analyse(
            workspace.services.references.ModelMembership.modelKeys()[0]
        );
        expect(analysis).toBeDefined();
        const input = renderInputOf(analysis!);
        expect(input).toBeDefined();
        const html = renderHtmlBody(input!);
        const markdown = renderMarkdownReport(input!);
        expect(html).not.toMatch(/\bundefined\b/);
        expect(markdown).not.toMatch(/\bundefined\b/);
        expect((await renderDocxReport(input!)).byteLength).toBeGreaterThan(0);
    });
});
