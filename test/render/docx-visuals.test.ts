import { describe, expect, it } from 'vitest';
import { loadRasteriser, NO_RASTERISER } from '../../src/render/docx/chart-image.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { buildReportTree } from '../../src/render/report-model.js';
import { trendChartLabel } from '../../src/render/trend-chart.js';
import { readDocx } from '../support/docx-xml.js';
import { fixtureInput } from './fixture.js';

describe('the Word report shows each measure chart and how we stand', async () => {
    const input = fixtureInput();
    const doc = readDocx(await renderDocxReport(input));
    const rasterise = await loadRasteriser();

    it('carries every measure trend chart as a PNG with its numbers as alternative text, or says why not', () => {
        const tree = buildReportTree(input)!;
        const charted = input.view.goals
            .flatMap(g => g.measures)
            .filter(m => tree.measureSeries(m).some(y => y.result?.value != null));
        expect(charted.length).toBeGreaterThan(2);
        const images = doc.files.filter(f => /^word\/media\/.*\.png$/.test(f));
        if (rasterise) {
            expect(images).toHaveLength(charted.length);
            for (const measure of charted) {
                const alt = trendChartLabel(measure, tree.measureSeries(measure))
                    .replace(/&/g, '&amp;')
                    .replace(/"/g, '&quot;');
                expect(doc.xml).toContain(`descr="${alt}"`);
            }
            expect(doc.paragraphs.some(p => p.text === NO_RASTERISER)).toBe(false);
        } else {
            expect(images).toHaveLength(0);
            expect(doc.paragraphs.some(p => p.text === NO_RASTERISER)).toBe(true);
        }
    });

    it('draws a PNG that is a picture of the chart', () => {
        if (!rasterise) {
            expect(NO_RASTERISER).toContain('@resvg/resvg-js');
            return;
        }
        const png = rasterise(
            '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><line x1="0" y1="5" x2="20" y2="5" stroke="#000" fill="none"/></svg>',
            2
        );
        expect([...png.slice(1, 4)].map(c => String.fromCharCode(c)).join('')).toBe('PNG');
        // Width and height in the IHDR chunk: the SVG's size times the scale.
        const view = new DataView(png.buffer, png.byteOffset);
        expect([view.getUint32(16), view.getUint32(20)]).toEqual([40, 20]);
    });

    it('writes the standing as sentences and a short table: own, group, Riket, median, highest, lowest', () => {
        const heading = doc.paragraphs.findIndex(p => p.text === 'Jämförelse med andra kommuner 2019:');
        expect(heading).toBeGreaterThan(0);
        expect(doc.paragraphs[heading + 2]!.text).toBe('Plats 11 av 31, där plats 1 är bäst (högst värde).');
        const table = doc.tables.find(t => t[0]!.join('|') === 'Kommun|Värde|Plats')!;
        expect(table.map(row => row[0])).toEqual([
            'Kommun',
            'Kumla kommun (1881) (vår kommun)',
            'Median',
            expect.stringMatching(/^Högst: /),
            expect.stringMatching(/^Lägst: /)
        ]);
        expect(table[1]!.slice(1)).toEqual(['90,5\u00a0%', '11 av 31']);
    });
});
