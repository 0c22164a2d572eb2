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
    trendChartSvg,
    trendLayout
} from '../../src/render/trend-chart.js';
import { measure, points } from '../fulfilment/helpers.js';

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
