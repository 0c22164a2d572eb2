/**
 * Names are unique per goal only, so two goals may each have a measure `Nöjdhet`. Every surface must keep
 * them apart: the engine's roll-up, the report tree (Markdown, HTML) and the series behind the sparklines.
 */
import { describe, expect, it } from 'vitest';
import { computeFulfilment, computeYears } from '../../src/fulfilment/compute.js';
import { toReportJson } from '../../src/fulfilment/report-json.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import { buildReportTree } from '../../src/render/report-model.js';
import { goal, measure, memoryData, model, points } from '../fulfilment/helpers.js';

const view = model({
    goals: [
        goal('Alfa', { title: 'Målet Alfa' }, [
            measure('Nöjdhet', {
                title: 'Nöjdhet i Alfa',
                unit: '%',
                direction: 'higher',
                actual: points({ 2018: 50, 2019: 91.25 }),
                full: 'värde >= 90',
                half: 'värde >= 80'
            })
        ]),
        goal('Beta', { title: 'Målet Beta' }, [
            measure('Nöjdhet', {
                title: 'Nöjdhet i Beta',
                unit: '%',
                direction: 'higher',
                actual: points({ 2018: 60, 2019: 12.5 }),
                full: 'värde >= 90',
                half: 'värde >= 80'
            })
        ])
    ]
});
const data = memoryData([]);

describe('the same measure name under two goals', () => {
    const result = computeFulfilment(view, data, 2019);

    it('rolls each goal up from its own measure', () => {
        expect(result.measures.map(m => [m.goal, m.id, m.status])).toEqual([
            ['Alfa', 'Nöjdhet', 'hel'],
            ['Beta', 'Nöjdhet', 'ingen']
        ]);
        const alfa = result.goals.find(g => g.id === 'Alfa')!;
        const beta = result.goals.find(g => g.id === 'Beta')!;
        expect([alfa.status, alfa.fulfilment]).toEqual(['uppfyllt', 1]);
        expect([beta.status, beta.fulfilment]).toEqual(['ej_uppfyllt', 0]);
    });

    it('reports each measure with its goal in JSON', () => {
        const json = toReportJson(result);
        expect(json.measures.map(m => [m.goal, m.id, m.value, m.status])).toEqual([
            ['Alfa', 'Nöjdhet', 91.25, 'hel'],
            ['Beta', 'Nöjdhet', 12.5, 'ingen']
        ]);
    });

    const input = { view, results: computeYears(view, data, [2018, 2019]), year: 2019 };

    it('draws each goal with its own measure in the report tree', () => {
        const tree = buildReportTree(input)!;
        const nodes = tree.unattached.flatMap(g => g.measures.map(m => [g.view.id, m.result.goal, m.result.value]));
        expect(nodes).toEqual([
            ['Alfa', 'Alfa', 91.25],
            ['Beta', 'Beta', 12.5]
        ]);
        const keys = tree.unattached.flatMap(g => g.measures.map(m => m.key));
        expect(new Set(keys).size).toBe(2);
    });

    it("shows each value in its own goal's Markdown table", () => {
        const markdown = renderMarkdownReport(input);
        const alfa = markdown.slice(markdown.indexOf('Målet Alfa'), markdown.indexOf('Målet Beta'));
        const beta = markdown.slice(markdown.indexOf('Målet Beta'));
        expect(alfa).toContain('Nöjdhet i Alfa');
        expect(alfa).toContain('91,25\u00a0%');
        expect(alfa).not.toContain('12,5\u00a0%');
        expect(beta).toContain('12,5\u00a0%');
    });

    it("draws each measure's own series in the HTML sparkline", () => {
        const html = renderHtmlBody(input);
        const alfa = html.slice(html.indexOf('Nöjdhet i Alfa'), html.indexOf('Nöjdhet i Beta'));
        expect(alfa).toContain('<title>Utveckling 2018: 50\u00a0% (ingen), 2019: 91,25\u00a0% (hel)</title>');
        expect(alfa).not.toContain('2018: 60');
    });
});
