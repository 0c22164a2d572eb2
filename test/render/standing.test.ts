import { describe, expect, it } from 'vitest';
import type { Standing } from '../../src/fulfilment/result.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { standingRows, standingSentences, standingText } from '../../src/render/reader-text/standing.js';
import { renderStanding } from '../../src/render/standing-chart.js';
import { fixtureInput } from './fixture.js';
import { standing } from './standing-fixture.js';

describe('how we stand, in words (READERS.md 4)', () => {
    it.each<[string, Partial<Standing>, string | undefined]>([
        ['higher is better', { direction: 'higher', rank: 3 }, 'Plats 3 av 5, där plats 1 är bäst (högst värde).'],
        ['lower is better', { direction: 'lower', rank: 3 }, 'Plats 3 av 5, där plats 1 är bäst (lägst värde).'],
        ['no direction, no rank', {}, undefined]
    ])('%s', (_name, init, rank) => {
        expect(standingText(standing(init), '%').rank).toBe(rank);
    });

    it('names the municipalities and gives every number with the same decimals', () => {
        const text = standingText(
            standing({
                national: 74,
                group: {
                    id: 'Grannar',
                    title: 'Grannkommuner',
                    members: [
                        { code: '1881', value: 75, name: 'Kumla' },
                        { code: '1880', value: 70 },
                        { code: '1885', value: null }
                    ]
                },
                genders: { women: 78, men: 72.25 }
            }),
            '%'
        );
        expect(standingSentences(text)).toEqual([
            'Kumla kommun (1881) har 75,00\u00a0% 2019.',
            'Kvinnor 78,00\u00a0%, män 72,25\u00a0% (totalt 75,00\u00a0%).',
            'Lägst 60,00\u00a0% (Nora kommun (1884)), median 75,00\u00a0%, högst 90,50\u00a0% (Askersunds kommun (1882)), bland 5 kommuner med värde.',
            'Riket: 74,00\u00a0%.',
            'Grannkommuner: Kumla kommun (1881) 75,00\u00a0%, Örebro kommun (1880) 70,00\u00a0% och Lindesbergs kommun (1885) saknar värde.'
        ]);
    });
});

describe('every municipality in a table (Visa som tabell)', () => {
    it('lists them best first with shared places for ties, in the measure direction', () => {
        const tied = standing({ direction: 'higher', rank: 2, values: [60, 70, 75, 90.5, 90.5] });
        expect(standingRows(tied, '%').map(r => [r.place, r.code, r.value, r.own])).toEqual([
            [1, '1882', '90,5\u00a0%', false],
            [1, '1883', '90,5\u00a0%', false],
            [3, '1881', '75,0\u00a0%', true],
            [4, '1880', '70,0\u00a0%', false],
            [5, '1884', '60,0\u00a0%', false]
        ]);
        const lower = standingRows(standing({ direction: 'lower', rank: 3 }));
        expect(lower.map(r => r.place)).toEqual([1, 2, 3, 4, 5]);
        expect(lower[0]!.code).toBe('1884');
        expect(standingRows(standing()).every(r => r.place === undefined)).toBe(true);
    });
});

describe('how we stand, laid out', () => {
    const chart = renderStanding('Behöriga', standing({ direction: 'higher', rank: 3, national: 74 }), '%');

    it('draws one bar per municipality, the own one marked and named, Riket as an unfilled line', () => {
        const bars = [...chart.matchAll(/<path class="sm-standing-bar[^"]*" d="([^"]*)"/g)].map(m => m[1]!);
        expect(bars.join('').match(/M/g)).toHaveLength(5);
        expect(chart).toMatch(/<path class="sm-standing-bar sm-standing-own" d="M2.1 /);
        expect(chart).toMatch(
            /<span class="sm-standing-pointer sm-left-50 sm-slide-50">Kumla kommun \(1881\)<\/span><span class="sm-standing-arrow sm-left-50">▼<\/span>/
        );
        // Placed by classes: the site's CSP (style-src 'self') refuses style attributes.
        expect(chart).not.toContain('style=');
        expect(chart).toMatch(/<line class="sm-standing-national" fill="none" stroke-dasharray="6 4"/);
        expect(chart).toContain('Plats 1 (bäst)');
    });

    it('has the words and the table, Visa som tabell right before it', () => {
        expect(chart).toContain('<p class="sm-standing-text">Plats 3 av 5, där plats 1 är bäst (högst värde).</p>');
        expect(chart).toMatch(
            /<summary>Visa som tabell<\/summary><\/details><div class="sm-sr"><table class="sm-chart-table sm-standing-table">/
        );
        expect(chart).toContain(
            '<tr class="sm-standing-own-row"><td>3</td><th scope="row">Kumla kommun (1881) (vår kommun)</th><td>75,0\u00a0%</td></tr>'
        );
    });

    it('shows in an opened measure of the preview, and for every measure in the report', () => {
        const input = fixtureInput();
        const key = 'm:KlararSkolan.Behöriga';
        const closed = renderHtmlBody(input, { host: 'preview' });
        expect(closed).not.toContain('sm-standing');
        const open = renderHtmlBody(input, { host: 'preview', expanded: [key] });
        // Named by what it shows (no aria-label that would hide the chart's words and table): the rank in words.
        expect(open).toMatch(
            /data-key="s:KlararSkolan.Behöriga"(?![^>]*aria-label)[^>]*>[\s\S]*?Plats 11 av 31, där plats 1 är bäst/
        );
        expect(renderHtmlBody(input)).toContain('data-key="s:KlararSkolan.Behöriga"');
    });
});

describe('one comparison shared by every model that shows it (the site of 290 models)', () => {
    // Two municipalities' standings of the same KPI and year share the data's arrays (fulfilment/standing.ts);
    // the rows and bars made for the first must not carry its own row or its group into the second.
    const codes = ['1884', '1880', '1881', '1883', '1882'];
    const values = [60, 70, 75, 80, 90.5];
    const first = standing({ direction: 'higher', rank: 3, national: 74, codes, values });
    const second = standing({
        direction: 'higher',
        rank: 2,
        national: 74,
        codes,
        values,
        own: { code: '1883', value: 80, name: 'Hallsberg' },
        group: { id: 'Grannar', members: [{ code: '1884', value: 60, name: 'Nora' }] }
    });
    const fresh = (s: Standing): Standing => ({ ...s, codes: [...s.codes], values: [...s.values] });

    it('draws the second as if it were drawn alone', () => {
        renderStanding('Behöriga', first, '%');
        const shared = renderStanding('Behöriga', second, '%');
        expect(shared).toBe(renderStanding('Behöriga', fresh(second), '%'));
        expect(shared).toContain('<th scope="row">Hallsbergs kommun (1883) (vår kommun)</th>');
        expect(shared).toContain(
            '<tr class="sm-standing-member-row"><td>5</td><th scope="row">Nora kommun (1884) (Grannar)'
        );
        expect(shared).not.toContain('Kumla kommun (1881) (vår kommun)');
        // The first's own bar is among the others' bars again; the second's is not.
        expect(shared).toMatch(/<path class="sm-standing-bar" d="[^"]*M2\.1 /);
        expect(shared).not.toMatch(/<path class="sm-standing-bar" d="[^"]*M1\.1 /);
    });

    it('gives the same rows as a standing of its own arrays, in another unit too', () => {
        standingRows(first, '%');
        expect(standingRows(second, '%')).toEqual(standingRows(fresh(second), '%'));
        expect(standingRows(second, 'kr').map(r => r.value)).toEqual(
            standingRows(fresh(second), 'kr').map(r => r.value)
        );
        expect(standingRows(second, 'kr')[0]!.value).toBe('90,5\u00a0kr');
    });
});
