import { describe, expect, it } from 'vitest';
import type { MeasureResult, MeasureStatus } from '../../src/fulfilment/result.js';
import {
    CHART_FONT_PX,
    LABEL_GAP_PX,
    spreadLabels,
    YEAR_LABEL_PX,
    yearLabelStep
} from '../../src/render/chart-layout.js';
import { OVERVIEW_STYLES } from '../../src/render/overview-styles.js';
import {
    NARROW_PLOT_PX,
    renderTrendChart,
    type TrendYear,
    thresholdSeries,
    trendChartLabel,
    trendChartSvg,
    trendLayout,
    valueAxis
} from '../../src/render/trend-chart.js';
import { line, measure, points } from '../fulfilment/helpers.js';

/** Years with values and statuses, as the report tree gives them (only what the chart reads). */
function yearsOf(values: Record<number, number | null>, status: MeasureStatus = 'hel'): TrendYear[] {
    return Object.entries(values).map(([year, value]) => ({
        year: Number(year),
        result: { value, status, bases: [] } as unknown as MeasureResult
    }));
}

/** Every drawn element of a kind (`line`, `path`, `text`, ...) with its attributes. */
function elements(svg: string, tag: string): string[] {
    return [...svg.matchAll(new RegExp(`<${tag}\\s[^>]*>`, 'g'))].map(m => m[0]);
}

const crowded = measure('M', {
    unit: '%',
    full: 'värde >= 80',
    half: 'värde >= 79.8',
    target: points({ 2015: 80 })
});
const crowdedYears = yearsOf({ 2015: 80, 2016: 79.9, 2017: 80.1, 2018: 80, 2019: 79.8 });

describe('trend chart: lines are lines (READERS.md 5)', () => {
    it('draws every threshold and the value as unfilled strokes, on screen and in the Word image', () => {
        for (const chart of [
            renderTrendChart(crowded, crowdedYears, 2019),
            trendChartSvg(crowded, crowdedYears, 2019)
        ]) {
            const strokes = [...elements(chart, 'line'), ...elements(chart, 'path'), ...elements(chart, 'polyline')];
            const thresholds = strokes.filter(s => s.includes('stroke-dasharray'));
            expect(thresholds.length).toBeGreaterThanOrEqual(3);
            for (const stroke of strokes.filter(s => !s.includes('sm-chart-grid'))) {
                expect(stroke).toContain('fill="none"');
            }
        }
    });

    it('tells hel, halv and the målvärde apart by their pattern, not by colour alone, and says so in words', () => {
        const chart = renderTrendChart(crowded, crowdedYears, 2019);
        const dash = (css: string) =>
            chart.match(new RegExp(`<g class="sm-chart-threshold ${css}"><line [^>]*stroke-dasharray="([^"]+)"`))?.[1];
        const patterns = [dash('status-green'), dash('status-yellow'), dash('sm-chart-target')];
        expect(patterns.every(p => p !== undefined)).toBe(true);
        expect(new Set(patterns).size).toBe(3);
        expect(chart).toContain('hel: minst 80\u00a0% (lång streckad linje)');
        expect(chart).toContain('halv: minst 79,8\u00a0% (kort streckad linje)');
        expect(chart).toContain('mål: målvärdet (prickad linje)');
    });
});

describe('trend chart: labels never collide (READERS.md 5)', () => {
    it.each<[string, number[], number, number]>([
        ['three on one height', [50, 50, 50], 10, 160],
        ['close together', [40, 45, 47, 52], 10, 160],
        ['at the bottom', [160, 158, 159], 10, 160],
        ['at the top', [10, 10, 11, 12], 10, 160],
        ['more than the height holds', [80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80], 10, 160],
        ['already apart', [20, 100, 150], 10, 160]
    ])('%s', (_name, wanted, top, bottom) => {
        const placed = spreadLabels(wanted, LABEL_GAP_PX, top, bottom);
        const sorted = [...placed].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) {
            expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP_PX - 1e-9);
        }
        expect(sorted[0]).toBeGreaterThanOrEqual(top);
        if ((wanted.length - 1) * LABEL_GAP_PX <= bottom - top) {
            expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(bottom);
        }
    });

    it('keeps labels apart and beside the plot in a crowded chart', () => {
        const layout = trendLayout(crowded, crowdedYears, 2019)!;
        expect(layout.lines.map(l => l.short)).toEqual(['hel', 'halv', 'mål']);
        const ys = [...layout.labelY].sort((a, b) => a - b);
        expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(LABEL_GAP_PX);
        expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(LABEL_GAP_PX);
        const chart = renderTrendChart(crowded, crowdedYears, 2019);
        // The labels are in their own SVG beside the plot, so they never cover a dot or a line of the data.
        const plot = chart.slice(chart.indexOf('<div class="sm-chart-plot">'), chart.indexOf('sm-chart-labels'));
        expect(plot).not.toContain('sm-chart-label"');
        expect(chart.slice(chart.indexOf('sm-chart-labels'))).toContain('class="sm-chart-label"');
    });

    it('numbers two lines of one level, and the key says which is which', () => {
        const two = measure('M', { full: 'värde >= 80 och värde <= 95', half: 'värde >= 70' });
        const layout = trendLayout(two, yearsOf({ 2018: 75, 2019: 81 }), 2019)!;
        expect(layout.lines.map(l => l.short)).toEqual(['hel 1', 'hel 2', 'halv']);
        const chart = renderTrendChart(two, yearsOf({ 2018: 75, 2019: 81 }), 2019);
        expect(chart).toContain('hel 2: högst 95 (lång streckad linje)');
    });

    it('labels only as many years as the narrowest plot holds, always the year shown, the rest when wide', () => {
        const many: Record<number, number> = {};
        for (let year = 2010; year <= 2024; year++) {
            many[year] = 50 + (year % 3);
        }
        const chart = renderTrendChart(measure('M'), yearsOf(many), 2024);
        const labels = [...chart.matchAll(/<text class="sm-chart-tick( sm-chart-current)?"[^>]*>(\d{4})<\/text>/g)];
        expect(labels.length * YEAR_LABEL_PX).toBeLessThanOrEqual(NARROW_PLOT_PX);
        expect(labels.some(l => l[2] === '2024' && l[1])).toBe(true);
        // Five years fit a wide plot: the years left out at narrow widths are there, marked minor.
        const five = renderTrendChart(measure('M'), yearsOf({ 2015: 1, 2016: 2, 2017: 3, 2018: 4, 2019: 5 }), 2019);
        expect(five.match(/sm-chart-minor/g)?.length).toBe(5 - Math.ceil(5 / yearLabelStep(5, NARROW_PLOT_PX)));
    });
});

describe('trend chart: text at least 12 px at every width (READERS.md 5)', () => {
    it('does not scale its SVGs, so text is drawn at its own size', () => {
        const chart = renderTrendChart(crowded, crowdedYears, 2019);
        expect(chart).not.toContain('viewBox');
        for (const text of elements(chart, 'text')) {
            expect(Number(text.match(/font-size="([\d.]+)"/)![1])).toBeGreaterThanOrEqual(12);
        }
        expect(CHART_FONT_PX).toBeGreaterThanOrEqual(12);
    });

    it('sets no chart text below 12 px in the stylesheet', () => {
        const sizes = [...OVERVIEW_STYLES.matchAll(/\.sm-chart[\w-]*[^{]*\{[^}]*font-size:\s*([\d.]+)px/g)].map(m =>
            Number(m[1])
        );
        expect(sizes.length).toBeGreaterThan(0);
        for (const size of sizes) {
            expect(size).toBeGreaterThanOrEqual(12);
        }
    });
});

describe('trend chart: a table behind every chart', () => {
    it('has its numbers in a table, with Visa som tabell right before it', () => {
        const chart = renderTrendChart(crowded, crowdedYears, 2019);
        expect(chart).toMatch(
            /<details class="sm-show-table"><summary>Visa som tabell<\/summary><\/details><div class="sm-sr"><table class="sm-chart-table">/
        );
        expect(chart).toContain('<tr><th scope="row">2016</th><td>79,9\u00a0%</td><td>hel</td><td>80\u00a0%</td></tr>');
    });
});

describe('trend chart as an image for Word', () => {
    it('is one SVG of a fixed size with its text inside and every colour as an attribute', () => {
        const svg = trendChartSvg(crowded, crowdedYears, 2019, 560);
        expect(svg).toMatch(
            /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="560" height="\d+" viewBox="0 0 560 \d+"/
        );
        expect(svg).toContain('>2019</text>');
        expect(svg).toContain('>hel</text>');
        expect(svg).not.toContain('var(');
        for (const circle of elements(svg, 'circle')) {
            expect(circle).toMatch(/fill="#[0-9a-f]{6}"/);
        }
    });

    it('is empty when no year has a value', () => {
        expect(trendChartSvg(crowded, yearsOf({ 2019: null }), 2019)).toBe('');
    });
});

describe('trend chart: the value axis', () => {
    it.each<[number[], number, number, number[]]>([
        // A span of 100 in about four steps: 25 rounds up to 50 (1, 2 or 5 times a power of ten).
        [[0, 100], 0, 100, [0, 50, 100]],
        [[70, 85, 80, 90], 70, 90, [70, 75, 80, 85, 90]],
        [[12, 1234], 0, 1500, [0, 500, 1000, 1500]],
        [[-20, 15], -20, 20, [-20, -10, 0, 10, 20]],
        // A quarter of the span of 2,25 → 5, of exactly 2 → 2, of 6 → 10, of 1 → 1.
        [[0, 9], 0, 10, [0, 5, 10]],
        [[0, 8], 0, 8, [0, 2, 4, 6, 8]],
        [[0, 24], 0, 30, [0, 10, 20, 30]],
        [[1, 5], 1, 5, [1, 2, 3, 4, 5]],
        // One value: a tenth of it on either side; 0 gets ±1.
        [[5, 5], 4.5, 5.5, [4.5, 5, 5.5]],
        [[0, 0], -1, 1, [-1, -0.5, 0, 0.5, 1]]
    ])('%j runs from %s to %s with ticks %j', (values, min, max, ticks) => {
        const axis = valueAxis(values);
        expect(axis.min).toBeCloseTo(min, 9);
        expect(axis.max).toBeCloseTo(max, 9);
        expect(axis.ticks).toHaveLength(ticks.length);
        axis.ticks.forEach((tick, i) => expect(tick).toBeCloseTo(ticks[i]!, 9));
    });

    it('pads a single negative value by a tenth of its size', () => {
        const axis = valueAxis([-3, -3]);
        expect(axis.min).toBeCloseTo(-3.4, 9);
        expect(axis.max).toBeCloseTo(-2.6, 9);
        expect(axis.ticks.map(t => Math.round(t * 10) / 10)).toEqual([-3.4, -3.2, -3, -2.8, -2.6]);
    });
});

/** One year's result with the bases the chart reads. */
function resultOf(value: number | null, status: MeasureStatus, bases: unknown[] = []): MeasureResult {
    return { value, status, bases } as unknown as MeasureResult;
}

describe('trend chart: thresholds that follow a reference', () => {
    const view = measure('M', {
        unit: '%',
        direction: 'higher',
        thresholds: [
            line('full', 'skillnad mot riket >= 0', undefined, 13),
            line('full', 'skillnad mot riket >= 2 och förändring > 0', 2019, 14),
            line(
                'half',
                'skillnad mot medel >= -5 och skillnad mot Lan > 1 och skillnad mot målvärde >= -3 och kvartil <= 2',
                undefined,
                15
            )
        ]
    });
    const years: TrendYear[] = [
        { year: 2017, result: undefined },
        {
            year: 2018,
            result: resultOf(70, 'ingen', [
                { base: { kind: 'diffNational' }, national: { value: 72 } },
                { base: { kind: 'diffMean' }, mean: { value: 71 } },
                { base: { kind: 'diffGroup', group: 'Lan' }, mean: { value: 69 } },
                { base: { kind: 'diffTarget' }, target: { value: 80 } }
            ])
        },
        {
            year: 2019,
            result: resultOf(85, 'hel', [
                { base: { kind: 'diffNational' }, national: { value: 75 } },
                { base: { kind: 'change' }, previous: { value: 70 } },
                { base: { kind: 'diffMean' } }
            ])
        }
    ];
    const at = (...values: Array<number | null>) => values.map((value, i) => ({ year: 2017 + i, value }));

    it('draws each part at its reference plus the bound, in the years its line applies and the reference is known', () => {
        expect(thresholdSeries(view, years, id => `gruppen ${id}`)).toEqual([
            { which: 'full', label: 'hel ≥ riket', plain: 'minst i nivå med riket', points: at(null, 72, null) },
            {
                which: 'full',
                label: 'hel ≥ riket +2 från 2019',
                plain: 'minst 2\u00a0procentenheter över riket från 2019',
                points: at(null, null, 77)
            },
            {
                which: 'full',
                label: 'hel > förra året från 2019',
                plain: 'högre jämfört med föregående år från 2019',
                points: at(null, null, 70)
            },
            {
                which: 'half',
                label: 'halv ≥ medel \u22125',
                plain: 'högst 5\u00a0procentenheter under medel för landets kommuner',
                points: at(null, 66, null)
            },
            {
                which: 'half',
                label: 'halv > medel i gruppen Lan +1',
                plain: 'mer än 1\u00a0procentenhet över medel för gruppen Lan',
                points: at(null, 70, null)
            },
            {
                which: 'half',
                label: 'halv ≥ målvärdet \u22123',
                plain: 'högst 3\u00a0procentenheter under målvärdet',
                points: at(null, 77, null)
            }
        ]);
    });

    it('names the group by its id without titles, and leaves out a part whose reference is never known', () => {
        const series = thresholdSeries(view, years.slice(0, 1));
        expect(series).toEqual([]);
        expect(thresholdSeries(view, years).map(s => s.label)).toContain('halv > medel i Lan +1');
    });

    it('numbers the lines of each level in the layout and puts the målvärde last', () => {
        const withTarget = { ...view, target: points({ 2018: 80 }, 80) };
        expect(trendLayout(withTarget, years, 2019)!.lines.map(l => l.short)).toEqual([
            'hel 1',
            'hel 2',
            'hel 3',
            'halv 1',
            'halv 2',
            'halv 3',
            'mål'
        ]);
    });

    it('says every year, its målvärde and every threshold in the accessible name', () => {
        const withTarget = { ...view, title: 'Svar', target: points({ 2018: 80 }, 80) };
        expect(trendChartLabel(withTarget, years, id => `gruppen ${id}`)).toBe(
            'Diagram, Svar år för år. 2017: saknas saknas; 2018: 70\u00a0% ingen, målvärde 80\u00a0%; 2019: 85\u00a0% hel, målvärde 80\u00a0%. ' +
                'Gränsvärden: hel ≥ riket, hel ≥ riket +2 från 2019, hel > förra året från 2019, halv ≥ medel \u22125, halv > medel i gruppen Lan +1, halv ≥ målvärdet \u22123.'
        );
        expect(
            trendChartLabel(measure('N', { title: 'Utan' }), [{ year: 2019, result: resultOf(3, 'ej_bedomd') }])
        ).toBe('Diagram, Utan år för år. 2019: 3 ej bedömd.');
    });
});

describe('trend chart: one small chart, every number of it', () => {
    // 2018: 70 (ingen, rank 25 of 290), 2019: 85 (hel, rank 3 of 12 in a group); hel at 80, målvärde 90 in 2019 only.
    const view = measure('M', {
        title: 'Svar <i>',
        unit: '%',
        direction: 'higher',
        target: points({ 2019: 90 }, 80),
        full: 'värde >= 80',
        half: 'rang <= 20'
    });
    const years: TrendYear[] = [
        { year: 2018, result: resultOf(70, 'ingen', [{ base: { kind: 'rank' }, value: 25, rank: 25, ranked: 290 }]) },
        {
            year: 2019,
            result: resultOf(85, 'hel', [{ base: { kind: 'rank', group: 'Lan' }, value: 3, rank: 3, ranked: 12 }])
        }
    ];
    const groupTitle = (id: string) => `gruppen ${id}`;
    // The axis runs 70..90 in steps of 5 over 150 px from y = 10: y(v) = 10 + (90 − v) / 20 · 150.
    const ticks = [
        [70, 160],
        [75, 122.5],
        [80, 85],
        [85, 47.5],
        [90, 10]
    ] as const;
    const tickTexts = ticks
        .map(
            ([v, y]) =>
                `<text class="sm-chart-tick" font-size="12.5" fill="#59636e" x="18" y="${y}" dy="0.35em" text-anchor="end">${v}</text>`
        )
        .join('');
    const grid = ticks
        .map(
            ([, y]) =>
                `<line class="sm-chart-grid" stroke="#d1d9e0" stroke-width="1" x1="0" x2="100%" y1="${y}" y2="${y}"/>`
        )
        .join('');
    // Years at 6 % and 94 % (an inset of 6 % on either side), under the plot at 160 + 8 + 12; ranks 18 px lower.
    const yearsAndRanks =
        '<text class="sm-chart-tick" font-size="12.5" fill="#59636e" x="6%" y="180" text-anchor="middle">2018</text>' +
        '<text class="sm-chart-rank" font-size="12.5" font-weight="600" fill="#1f2328" x="6%" y="198" text-anchor="middle">#25</text>' +
        '<text class="sm-chart-tick sm-chart-current" font-size="12.5" font-weight="700" fill="#1f2328" x="94%" y="180" text-anchor="middle">2019</text>' +
        '<text class="sm-chart-rank" font-size="12.5" font-weight="600" fill="#1f2328" x="94%" y="198" text-anchor="middle">#3</text>';
    const fullLine = 'fill="none" stroke="#1a7f37" stroke-width="2" stroke-dasharray="9 4"';
    const targetLine = 'fill="none" stroke="#0969da" stroke-width="3" stroke-dasharray="0.1 5" stroke-linecap="round"';
    const lines =
        `<g class="sm-chart-threshold status-green"><line ${fullLine} x1="6%" y1="85" x2="94%" y2="85"/></g>` +
        // The målvärde of one year alone: a short stroke 3 % either side of it.
        `<g class="sm-chart-threshold sm-chart-target"><line ${targetLine} x1="91%" y1="10" x2="97%" y2="10"/></g>` +
        '<g class="sm-chart-line"><line fill="none" stroke="#1f2328" stroke-width="2" stroke-linecap="round" x1="6%" y1="160" x2="94%" y2="47.5"/></g>' +
        '<circle class="sm-chart-dot status-red" fill="#cf222e" stroke="#ffffff" stroke-width="1.5" cx="6%" cy="160" r="4"/>' +
        '<circle class="sm-chart-dot status-green" fill="#1a7f37" stroke="#ffffff" stroke-width="1.5" cx="94%" cy="47.5" r="5.5"/>';
    const labels =
        `<line class="sm-chart-threshold status-green" ${fullLine} x1="2" x2="16" y1="85" y2="85"/>` +
        '<text class="sm-chart-label" font-size="12.5" fill="#1f2328" x="20" y="85" dy="0.35em">hel</text>' +
        `<line class="sm-chart-threshold sm-chart-target" ${targetLine} x1="2" x2="16" y1="10" y2="10"/>` +
        '<text class="sm-chart-label" font-size="12.5" fill="#1f2328" x="20" y="10" dy="0.35em">mål</text>';

    it('lays out the page chart: ticks 24 px wide (2 characters), labels 47 px (3), 206 px high with a row of ranks', () => {
        const svg = (css: string, width: string, body: string) =>
            `<svg class="${css}" width="${width}" height="206" aria-hidden="true" focusable="false">${body}</svg>`;
        expect(renderTrendChart(view, years, 2019, groupTitle)).toBe(
            '<figure class="sm-chart"><figcaption class="sm-chart-caption">Svar &lt;i&gt; år för år</figcaption>' +
                '<div class="sm-chart-body" aria-hidden="true">' +
                svg('sm-chart-svg sm-chart-axis', '24', tickTexts) +
                `<div class="sm-chart-plot">${svg('sm-chart-svg', '100%', grid + yearsAndRanks + lines)}</div>` +
                svg('sm-chart-svg sm-chart-labels', '47', labels) +
                '</div><ul class="sm-chart-key">' +
                `<li><svg class="sm-chart-sample" width="26" height="10" aria-hidden="true" focusable="false"><line class="sm-chart-threshold status-green" ${fullLine} x1="1" x2="25" y1="5" y2="5"/></svg><span>hel: minst 80\u00a0% (lång streckad linje)</span></li>` +
                `<li><svg class="sm-chart-sample" width="26" height="10" aria-hidden="true" focusable="false"><line class="sm-chart-threshold sm-chart-target" ${targetLine} x1="1" x2="25" y1="5" y2="5"/></svg><span>mål: målvärdet (prickad linje)</span></li>` +
                '<li><span>Talet under året är rangen (1 är bäst).</span></li></ul>' +
                '<details class="sm-show-table"><summary>Visa som tabell</summary></details><div class="sm-sr"><table class="sm-chart-table"><caption>Svar &lt;i&gt; år för år</caption>' +
                '<thead><tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Status</th><th scope="col">Målvärde</th><th scope="col">Rang</th></tr></thead>' +
                '<tbody><tr><th scope="row">2018</th><td>70\u00a0%</td><td>ingen</td><td>–</td><td>25 av 290</td></tr>' +
                '<tr><th scope="row">2019</th><td>85\u00a0%</td><td>hel</td><td>90\u00a0%</td><td>3 av 12 i gruppen Lan</td></tr></tbody></table></div></figure>'
        );
    });

    it('draws the same layout as one image for Word: the plot gets what the ticks and labels leave of the width', () => {
        const nested = (x: number, w: number, body: string) =>
            `<svg x="${x}" y="0" width="${w}" height="206" overflow="visible">${body}</svg>`;
        expect(trendChartSvg(view, years, 2019, 400, groupTitle)).toBe(
            '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="206" viewBox="0 0 400 206" font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif">' +
                '<rect width="100%" height="100%" fill="#ffffff"/>' +
                nested(0, 24, tickTexts) +
                nested(24, 329, grid + yearsAndRanks + lines) +
                nested(353, 47, labels) +
                '</svg>'
        );
    });

    it('says the ranks and the målvärde in the accessible name', () => {
        expect(trendChartLabel(view, years, groupTitle)).toBe(
            'Diagram, Svar <i> år för år. 2018: 70\u00a0% ingen, rang 25 av 290; 2019: 85\u00a0% hel, målvärde 90\u00a0%, rang 3 av 12 i gruppen Lan. Gränsvärden: hel ≥ 80\u00a0%.'
        );
    });

    it('without thresholds, a målvärde or a rank: no labels, no key, no extra columns, and a lone year in the middle', () => {
        const plain = measure('P', { title: 'Enkel' });
        const chart = renderTrendChart(plain, [{ year: 2019, result: resultOf(4, 'ej_bedomd') }], 2019);
        expect(chart).not.toContain('sm-chart-labels');
        expect(chart).not.toContain('sm-chart-key');
        expect(chart).toContain(
            '<thead><tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Status</th></tr></thead>'
        );
        expect(chart).toContain('<tbody><tr><th scope="row">2019</th><td>4</td><td>ej bedömd</td></tr></tbody>');
        // One year: at 50 %, a short stroke from 47 % to 53 %; the axis 3,6..4,4 over 150 px, 4 in the middle at 85.
        expect(chart).toContain('x1="47%" y1="85" x2="53%" y2="85"/>');
        expect(chart).toContain('cx="50%" cy="85" r="5.5"/>');
        // No rank row: 160 + 8 + 20 = 188 px high.
        expect(chart).toContain(
            '<svg class="sm-chart-svg" width="100%" height="188" aria-hidden="true" focusable="false">'
        );
        const svg = trendChartSvg(plain, [{ year: 2019, result: resultOf(4, 'ej_bedomd') }], 2019, 300);
        expect(svg.match(/<svg x=/g)).toHaveLength(2);
    });

    it('breaks the line where a year has no value, and shows a missing year in the table', () => {
        const gap: TrendYear[] = [
            { year: 2016, result: resultOf(60, 'ingen') },
            { year: 2017, result: resultOf(null, 'saknas') },
            { year: 2018, result: resultOf(70, 'ingen') },
            { year: 2019, result: resultOf(80, 'hel') }
        ];
        const chart = renderTrendChart(measure('G', { title: 'Glapp' }), gap, 2019);
        const valueLine = chart.match(/<g class="sm-chart-line">(.*?)<\/g>/)![1]!;
        // 2016 alone (a short stroke around 6 %), then 2018 to 2019: the years at 6, 35,3, 64,7 and 94 %.
        expect(valueLine.match(/<line /g)).toHaveLength(2);
        expect(valueLine).toContain('x1="3%"');
        expect(valueLine).toContain('x2="9%"');
        expect(valueLine).toContain('x1="64.7%"');
        expect(valueLine).toContain('x2="94%"');
        expect(chart.match(/<circle /g)).toHaveLength(3);
        expect(chart).toContain('<tr><th scope="row">2017</th><td>saknas</td><td>saknas</td></tr>');
        expect(renderTrendChart(measure('G'), [{ year: 2019, result: resultOf(null, 'saknas') }], 2019)).toBe('');
    });
});
