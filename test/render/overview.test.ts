import { beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/render/format.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderOverview } from '../../src/render/overview.js';
import { buildReportTree } from '../../src/render/report-model.js';
import { renderTrendChart, thresholdSeries, trendChartLabel, valueAxis } from '../../src/render/trend-chart.js';
import { points } from '../fulfilment/helpers.js';
import { fixtureInput, fixtureModel } from './fixture.js';

const input = fixtureInput();
let body: string;
beforeAll(() => {
    body = renderHtmlBody(input, { host: 'preview' });
});

function overview(html: string): string {
    const start = html.indexOf('<section class="sm-overview"');
    return html.slice(start, html.indexOf('</section>', start));
}

describe('overview band', () => {
    it('has one row per inriktning with the engine roll-up, its word, percent and a link to its part of the tree', () => {
        const band = overview(body);
        const areas = input.results.find(r => r.year === 2019)!.areas!;
        expect(areas.map(a => a.id)).toEqual(['Trygghet', 'Ekonomi']);
        const rows = [
            ...band.matchAll(
                /<li class="sm-ov-row"><a class="sm-ov-link" href="#([^"]+)" data-target="([^"]+)"><span class="sm-ov-name">([^<]+)<\/span><span class="sm-ov-figures"><span class="sm-ov-percent">([^<]+)<\/span><span class="sm-pill status-(\w+)">([^<]+)</g
            )
        ];
        expect(rows.map(r => [r[2], r[3], r[4], r[6]])).toEqual(
            areas.map(a => [
                `a:${a.id}`,
                a.id === 'Trygghet' ? 'Trygghet och lärande' : 'Ekonomi och medarbetare',
                formatPercent(a.fulfilment),
                a.status === 'ej_uppfyllt' ? 'ej uppfyllt' : a.status
            ])
        );
        for (const [, anchor] of rows) {
            expect(body).toContain(`id="${anchor}"`);
        }
    });

    it('counts goals and measures per status in words beside the stacked bars', () => {
        expect(overview(body)).toContain(
            '<span class="sm-ov-count-text">5 mått: 1 hel, 1 halv, 1 ingen, 1 saknas, 1 ej bedömd</span>'
        );
        expect(overview(body)).toMatch(
            /<span class="sm-stack" aria-hidden="true"><span class="sm-stack-part status-green" style="flex-grow:1"><\/span>/
        );
    });

    it('has a grid of KF goals against the years up to the one shown, colour with a letter and the word for screen readers', () => {
        const band = overview(body);
        expect(band).toContain('<caption>Fullmäktiges mål år för år</caption>');
        expect(band).toContain('<th scope="col">2018</th><th scope="col" class="sm-grid-now">2019</th>');
        expect(band).toMatch(
            /<th scope="row" class="sm-grid-goal"><a href="#sm-node-g:TryggUppväxt" data-target="g:TryggUppväxt">Trygg uppväxt<\/a><\/th><td class="sm-grid-cell status-\w+" title="2018: [^"]+"><span class="sm-grid-mark" aria-hidden="true">[UDE–]<\/span><span class="sm-sr">/
        );
        const earlier = overview(renderHtmlBody(input, { year: 2018 }));
        expect(earlier).not.toContain('>2019</th>');
    });

    it('marks each grid cell with its status word’s letter, and the legend spells the letters out', () => {
        const band = overview(body);
        const letterOf: Record<string, string> = { uppfyllt: 'U', delvis: 'D', 'ej uppfyllt': 'E', saknas: '–' };
        const cells = [
            ...band.matchAll(
                /<span class="sm-grid-mark" aria-hidden="true">([^<]*)<\/span><span class="sm-sr">([a-zö ]+?)(?: [\d,]+\u00a0%)?<\/span>/g
            )
        ];
        expect(cells.length).toBeGreaterThan(1);
        for (const [, letter, word] of cells) expect(letter, word).toBe(letterOf[word!]);
        expect(new Set(cells.map(c => c[2])).size, 'the fixture shows more than one status').toBeGreaterThan(1);
        const legend = [
            ...body.matchAll(
                /<span class="sm-grid-key"><span class="sm-grid-mark [^"]+" aria-hidden="true">([^<]*)<\/span>([^<]+)<\/span>/g
            )
        ].map(m => [m[1], m[2]]);
        expect(legend).toEqual([
            ['U', 'uppfyllt'],
            ['D', 'delvis'],
            ['E', 'ej uppfyllt'],
            ['–', 'saknas']
        ]);
    });

    it('lets the grid scroll sideways in its own labelled region in the tab order, not the page (WCAG 1.4.10)', () => {
        expect(overview(body)).toContain(
            '<div class="sm-scroll sm-grid-wrap" role="region" aria-label="Tabell: fullmäktiges mål år för år" tabindex="0"><table class="sm-grid">'
        );
    });

    it('gives only nodes that appear once an id (no duplicate ids)', () => {
        const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map(m => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
    });
});

describe('trend chart', () => {
    const tree = buildReportTree(input)!;
    const resultat = input.view.goals.find(g => g.id === 'GodEkonomi')!.measures[0]!;
    const years = tree.measureSeries(resultat);

    it('is drawn in the preview only for an expanded measure, and in the report for every measure', () => {
        expect(body).not.toContain('class="sm-chart"');
        expect(body).toMatch(/aria-expanded="false" tabindex="-1" data-key="m:GodEkonomi.Resultat"/);
        const open = renderHtmlBody(input, { host: 'preview', expanded: ['m:GodEkonomi.Resultat'] });
        expect(open).toMatch(/aria-expanded="true" tabindex="-1" data-key="m:GodEkonomi.Resultat"/);
        expect(open.match(/class="sm-chart"/g)).toHaveLength(1);
        expect(renderHtmlBody(input).match(/<figure class="sm-chart"/g)!.length).toBeGreaterThan(3);
    });

    it('draws value thresholds flat and lines against riket through each year, with labels', () => {
        expect(thresholdSeries(resultat, years)).toEqual([
            {
                which: 'full',
                label: 'hel ≥ 2\u00a0%',
                plain: 'minst 2\u00a0%',
                points: [
                    { year: 2018, value: 2 },
                    { year: 2019, value: 2 }
                ]
            },
            {
                which: 'half',
                label: 'halv ≥ 1\u00a0%',
                plain: 'minst 1\u00a0%',
                points: [
                    { year: 2018, value: 1 },
                    { year: 2019, value: 1 }
                ]
            }
        ]);
        const svar = input.view.goals.find(g => g.id === 'SnabbService')!.measures[0]!;
        expect(thresholdSeries(svar, tree.measureSeries(svar))).toEqual([
            {
                which: 'full',
                label: 'hel ≥ riket',
                plain: 'minst i nivå med riket',
                points: [
                    { year: 2018, value: 68 },
                    { year: 2019, value: 70 }
                ]
            },
            {
                which: 'half',
                label: 'halv ≥ riket \u22125',
                plain: 'högst 5\u00a0procentenheter under riket',
                points: [
                    { year: 2018, value: 63 },
                    { year: 2019, value: 65 }
                ]
            }
        ]);
    });

    it('has years and numbers on the axes and the numbers as a table', () => {
        const chart = renderTrendChart(resultat, years, 2019);
        expect(chart).toContain('>2018</text>');
        expect(chart).toContain('>2019</text>');
        expect(chart).toMatch(/>1,5<\/text>|>1<\/text>/);
        expect(chart).toContain(
            '<tr><th scope="row">2018</th><td>2,1\u00a0%</td><td>hel</td></tr><tr><th scope="row">2019</th><td>1,4\u00a0%</td><td>halv</td></tr>'
        );
        expect(trendChartLabel(resultat, years)).toBe(
            'Diagram, Resultat i förhållande till skatteintäkter år för år. 2018: 2,1\u00a0% hel; 2019: 1,4\u00a0% halv. Gränsvärden: hel ≥ 2\u00a0%, halv ≥ 1\u00a0%.'
        );
    });

    it('draws the målvärde as its own dotted line, the target that applies each year, also in the table', () => {
        const planned = { ...resultat, target: points({ 2018: 1.8 }, 90) };
        const chart = renderTrendChart(planned, years, 2019);
        expect(chart).toMatch(
            /<g class="sm-chart-threshold sm-chart-target"><line fill="none" [^>]*stroke-dasharray="0.1 5"[^>]* y1="([\d.]+)" x2="[\d.]+%" y2="\1"\/><\/g>/
        );
        expect(chart).toContain('<th scope="col">Målvärde</th>');
        expect(chart).toContain(
            '<tr><th scope="row">2019</th><td>1,4\u00a0%</td><td>halv</td><td>1,8\u00a0%</td></tr>'
        );
        expect(trendChartLabel(planned, years)).toContain('2019: 1,4\u00a0% halv, målvärde 1,8\u00a0%');
    });

    it('writes the rank under each year when the measure uses one', () => {
        const behoriga = input.view.goals.find(g => g.id === 'KlararSkolan')!.measures[0]!;
        const chart = renderTrendChart(behoriga, tree.measureSeries(behoriga), 2019);
        expect(chart).toContain('class="sm-chart-rank"');
        expect(chart).toContain('>#13</text>');
        expect(chart).toContain('>#11</text>');
        expect(chart).toContain('<td>11 av 31</td>');
    });

    it('puts every value and threshold on round axis ticks', () => {
        expect(valueAxis([1.4, 2.1, 1, 2])).toEqual({ min: 1, max: 2.5, ticks: [1, 1.5, 2, 2.5] });
        expect(valueAxis([5, 5]).ticks.length).toBeGreaterThan(1);
    });
});

describe('overview band without inriktningar, and with KF goals outside them', () => {
    const base = fixtureModel();

    it('is an Översikt of one row for all KF goals when the model has no inriktningar', () => {
        const flat = fixtureInput({ areas: [], goals: base.goals.map(g => ({ ...g, area: undefined })) });
        const band = renderOverview(buildReportTree(flat)!);
        expect(band).toMatch(
            /^<section class="sm-overview" aria-labelledby="sm-overview-title"><h2 class="sm-ov-title" id="sm-overview-title">Översikt 2019<\/h2><ul class="sm-ov-list"><li class="sm-ov-row"><a class="sm-ov-link" href="#sm-node-a:" data-target="a:"><span class="sm-ov-name">Fullmäktiges mål<\/span>/
        );
        expect(band).toContain(
            '<span class="sm-stack" aria-hidden="true"><span class="sm-stack-part status-green" style="flex-grow:1"></span><span class="sm-stack-part status-yellow" style="flex-grow:1"></span><span class="sm-stack-part status-red" style="flex-grow:2"></span></span><span class="sm-ov-count-text">4 mål: 1 uppfyllt, 1 delvis, 2 ej uppfyllt</span>'
        );
        expect(band).toContain(
            '<td class="sm-grid-cell status-yellow" title="2019: delvis 50\u00a0%"><span class="sm-grid-mark" aria-hidden="true">D</span><span class="sm-sr">delvis 50\u00a0%</span></td>'
        );
        expect(band).toMatch(
            /<p class="sm-grid-legend" aria-hidden="true"><span class="sm-grid-key"><span class="sm-grid-mark status-green" aria-hidden="true">U<\/span>uppfyllt<\/span><span class="sm-grid-key"><span class="sm-grid-mark status-yellow" aria-hidden="true">D<\/span>delvis<\/span><span class="sm-grid-key"><span class="sm-grid-mark status-red" aria-hidden="true">E<\/span>ej uppfyllt<\/span><span class="sm-grid-key"><span class="sm-grid-mark status-grey" aria-hidden="true">–<\/span>saknas<\/span><\/p><\/section>$/
        );
    });

    it('names KF goals outside the inriktningar Övriga, and an inriktning without goals gets an empty bar and no counts', () => {
        const loose = fixtureInput({
            goals: base.goals.map(g => (g.id === 'GodEkonomi' ? { ...g, area: undefined } : g))
        });
        const band = renderOverview(buildReportTree(loose)!);
        expect([...band.matchAll(/<span class="sm-ov-name">([^<]*)<\/span>/g)].map(m => m[1])).toEqual([
            'Trygghet och lärande',
            'Ekonomi och medarbetare',
            'Övriga fullmäktigemål'
        ]);
        expect(band).toContain(
            '<span class="sm-ov-count"><span class="sm-stack sm-stack-empty" aria-hidden="true"></span><span class="sm-ov-count-text">0 mål</span></span>'
        );
        expect(band).toContain('<span class="sm-ov-count-text">1 mått: 1 halv</span>');
        // With an owner, only the inriktningar still shown in the tree.
        const bun = renderOverview(buildReportTree(loose, { owner: 'BUN' })!);
        expect([...bun.matchAll(/<span class="sm-ov-name">([^<]*)<\/span>/g)].map(m => m[1])).toEqual([
            'Trygghet och lärande'
        ]);
    });

    it('draws nothing without area results, and no grid without KF goals', () => {
        const tree = buildReportTree(fixtureInput())!;
        expect(renderOverview({ ...tree, result: { ...tree.result, areas: [] } })).toBe('');
        expect(renderOverview({ ...tree, areas: [] })).toBe(
            '<section class="sm-overview" aria-labelledby="sm-overview-title"><h2 class="sm-ov-title" id="sm-overview-title">Inriktningar 2019</h2></section>'
        );
    });
});
