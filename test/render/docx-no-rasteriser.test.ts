/**
 * The Word report on a machine without @resvg/resvg-js (chart-image.ts's loader answers undefined): no images,
 * and one italic sentence before the legend saying the charts' numbers are in the tables.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { NO_RASTERISER } from '../../src/render/docx/chart-image.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { readDocx } from '../support/docx-xml.js';
import { fixtureInput } from './fixture.js';

vi.mock('../../src/render/docx/chart-image.js', async original => ({
    ...(await original<typeof import('../../src/render/docx/chart-image.js')>()),
    loadRasteriser: () => Promise.resolve(undefined)
}));

describe('the Word report without a rasteriser', () => {
    it('has no images and says so in italics before the legend', async () => {
        const bytes = await renderDocxReport(fixtureInput());
        const files = unzipSync(bytes);
        expect(Object.keys(files).filter(f => f.startsWith('word/media/'))).toEqual([]);
        const texts = readDocx(bytes)
            .paragraphs.filter(p => !p.inTable)
            .map(p => p.text);
        const legend = texts.indexOf('Teckenförklaring');
        expect(texts[legend - 1]).toBe(NO_RASTERISER);
        expect(texts.filter(t => t === NO_RASTERISER)).toHaveLength(1);
        const xml = strFromU8(files['word/document.xml']!);
        expect(xml).toContain(
            `<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">${NO_RASTERISER}</w:t></w:r></w:p>`
        );
    });
});
