import { describe, expect, it } from 'vitest';
import type { Base, ThresholdLine } from '../../src/model/model-view.js';
import { goalMinSpan, measureMinSpan } from '../../src/render/spark-scale.js';
import {
    renderSparkline,
    type SparkPoint,
    sparkCoordinates,
    sparklinePath,
    sparklineText
} from '../../src/render/sparkline.js';

const geometry = { width: 88, height: 26, pad: 4 };

describe('sparklinePath', () => {
    it.each<[string, SparkPoint[], string]>([
        // x: 4 + (year - 2017) / 2 * 80; y: 4 + (max - value) / (max - min) * 18
        [
            'three years',
            [
                { year: 2017, value: 10 },
                { year: 2018, value: 20 },
                { year: 2019, value: 15 }
            ],
            'M4 22 L44 4 L84 13'
        ],
        [
            'a gap breaks the line',
            [
                { year: 2017, value: 10 },
                { year: 2018, value: null },
                { year: 2019, value: 20 }
            ],
            'M4 22 M84 4'
        ],
        [
            'a missing year keeps its distance',
            [
                { year: 2015, value: 1 },
                { year: 2019, value: 3 },
                { year: 2016, value: 2 }
            ],
            'M4 22 L84 4 L24 13'
        ],
        [
            'a flat series is drawn in the middle',
            [
                { year: 2018, value: 5 },
                { year: 2019, value: 5 }
            ],
            'M4 13 L84 13'
        ],
        ['one year is centred', [{ year: 2019, value: 5 }], 'M44 13'],
        ['no values, no path', [{ year: 2018, value: null }], '']
    ])('%s', (_name, points, expected) => {
        expect(sparklinePath(points, geometry)).toBe(expected);
    });
});

describe('renderSparkline', () => {
    const series: SparkPoint[] = [
        { year: 2017, value: 85, status: 'halv' },
        { year: 2018, value: 87.5, status: 'hel' },
        { year: 2019, value: null, status: 'saknas' }
    ];

    it('has a text alternative with every year, decimal comma and status word', () => {
        expect(sparklineText(series, '%')).toBe(
            '2017: 85\u00a0% (halv), 2018: 87,5\u00a0% (hel), 2019: saknas (saknas)'
        );
        const svg = renderSparkline(series, 2018, '%');
        expect(svg).toContain('role="img"');
        expect(svg).toContain(
            '<title>Utveckling 2017: 85\u00a0% (halv), 2018: 87,5\u00a0% (hel), 2019: saknas (saknas)</title>'
        );
        expect(svg).toContain('<path class="sm-spark-line" fill="none" d="M4 22 L44 4"/>');
    });

    it('marks the year shown with a dot in its status colour', () => {
        expect(renderSparkline(series, 2018, '%')).toContain(
            '<circle class="sm-spark-dot status-green" cx="44" cy="4" r="3"/>'
        );
        expect(renderSparkline(series, 2017, '%')).toContain(
            '<circle class="sm-spark-dot status-yellow" cx="4" cy="22" r="3"/>'
        );
        // No value in the year shown: no dot, the title says saknas.
        expect(renderSparkline(series, 2019, '%')).not.toContain('<circle');
    });

    it('draws nothing with fewer than two values', () => {
        expect(renderSparkline([{ year: 2019, value: 3 }], 2019)).toBe('');
    });
});

describe('the sparkline scale does not exaggerate (READERS.md 5)', () => {
    const dip: SparkPoint[] = [
        { year: 2017, value: 80 },
        { year: 2018, value: 79.7 },
        { year: 2019, value: 80 }
    ];
    const heightOf = (points: SparkPoint[], minSpan: number) => {
        const ys = sparkCoordinates(points, geometry, minSpan)
            .map(c => c.y)
            .filter((y): y is number => y !== null);
        return Math.max(...ys) - Math.min(...ys);
    };

    it('draws a 0,3-point dip small when the bounds lie 5 points apart', () => {
        // Drawable height 18; the dip is 0,3 of a 5-point range: 1,08 (between rounded coordinates: 1).
        expect(heightOf(dip, 5)).toBeCloseTo(1, 5);
        // Without a least span the dip fills the height: what the scale prevents.
        expect(heightOf(dip, 0)).toBe(18);
    });

    it('keeps the range of a change larger than the least span', () => {
        const rise: SparkPoint[] = [
            { year: 2018, value: 60 },
            { year: 2019, value: 90 }
        ];
        expect(heightOf(rise, 5)).toBe(18);
    });

    const line = (level: 'full' | 'half', base: Base, value: number): ThresholdLine => ({
        level,
        condition: { parts: [{ base, operator: '>=', value, location: at }], location: at },
        location: at
    });
    const at = { file: 'm.styr', line: 1, column: 1, endLine: 1, endColumn: 2 };

    it.each<[string, ThresholdLine[], Array<number | null>, number]>([
        [
            'hel and halv on the value',
            [line('full', { kind: 'value' }, 90), line('half', { kind: 'value' }, 85)],
            [80],
            5
        ],
        [
            'hel and halv against riket',
            [line('full', { kind: 'diffNational' }, 0), line('half', { kind: 'diffNational' }, -3)],
            [80],
            3
        ],
        [
            'different bases do not pair: 5 % of the value',
            [line('full', { kind: 'value' }, 90), line('half', { kind: 'diffNational' }, -3)],
            [80, null, 60],
            4
        ],
        [
            'rank bounds are not on the value axis',
            [line('full', { kind: 'rank' }, 10), line('half', { kind: 'rank' }, 50)],
            [20],
            1
        ],
        ['no thresholds, no value above 0', [], [0, null], 1]
    ])('%s', (_name, thresholds, values, expected) => {
        expect(measureMinSpan({ thresholds }, values)).toBeCloseTo(expected, 10);
    });

    it('spans a goal sparkline over at least the distance between the model bounds', () => {
        expect(goalMinSpan({ achieved: 0.75, partly: 0.5 })).toBe(25);
    });

    it('applies the least span in the drawn SVG', () => {
        const svg = renderSparkline(dip, 2019, '%', 5);
        expect(svg).toContain('d="M4 12.5 L44 13.5 L84 12.5"');
    });
});

describe('renderSparkline, whole', () => {
    const goal: SparkPoint[] = [
        { year: 2018, value: 40, text: '40\u00a0%' },
        { year: 2019, value: 60, text: '60\u00a0%' }
    ];

    it('is one SVG of its geometry, its text the way each value reads, a grey dot for a year without status', () => {
        expect(renderSparkline(goal, 2019, '%')).toBe(
            '<svg class="sm-spark" width="88" height="26" viewBox="0 0 88 26" role="img"><title>Utveckling 2018: 40\u00a0%, 2019: 60\u00a0%</title>' +
                '<path class="sm-spark-line" fill="none" d="M4 22 L84 4"/><circle class="sm-spark-dot status-grey" cx="84" cy="4" r="3"/></svg>'
        );
    });

    it('draws no dot for a year it does not have, and takes another geometry', () => {
        const other = { width: 40, height: 10, pad: 2 };
        expect(renderSparkline(goal, 2020, '%', 0, other)).toBe(
            '<svg class="sm-spark" width="40" height="10" viewBox="0 0 40 10" role="img"><title>Utveckling 2018: 40\u00a0%, 2019: 60\u00a0%</title>' +
                '<path class="sm-spark-line" fill="none" d="M2 8 L38 2"/></svg>'
        );
    });

    it('widens a narrow range around its middle by the least span', () => {
        // 40..60 widened to a span of 40: 30..70; y = 4 + (70 − v) / 40 · 18.
        expect(renderSparkline(goal, 2018, '%', 40)).toContain('d="M4 17.5 L84 8.5"');
        expect(renderSparkline(goal, 2018, '%', 40)).toContain('cx="4" cy="17.5"');
    });
});
