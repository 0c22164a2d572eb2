import { describe, expect, it } from 'vitest';
import { renderSparkline, type SparkPoint, sparklinePath, sparklineText } from '../../src/render/sparkline.js';

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
        expect(svg).toContain('<path class="sm-spark-line" d="M4 22 L44 4"/>');
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
