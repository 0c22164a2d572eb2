import { beforeAll, describe, expect, it } from 'vitest';
import type { Standing } from '../../src/fulfilment/result.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { standingRows, standingSentences, standingText } from '../../src/render/reader-text/standing.js';
import { renderStanding, standingLabel } from '../../src/render/standing-chart.js';
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
    let chart: string;
    beforeAll(() => {
        chart = renderStanding('Behöriga', standing({ direction: 'higher', rank: 3, national: 74 }), '%');
    });

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

describe('how we stand, drawn to scale', () => {
    // No direction (lowest first), a negative value hanging below the base, Riket above every bar, a group with
    // the own municipality, another member and a code without a value.
    const drawn = standing({
        codes: ['1884', '1880', '1881', '1883', '1882'],
        values: [-10, 0, 30, 20, 40],
        own: { code: '1881', value: 30, name: 'Kumla' },
        national: 50,
        group: {
            id: 'Grannar',
            title: 'Grannkommuner',
            members: [
                { code: '1880', value: 0 },
                { code: '1881', value: 30 },
                { code: '9999', value: null }
            ]
        }
    });
    const chart = () => renderStanding('Behöriga <a>', drawn, 'kr');

    it('scales the bars from the lowest value (or 0) to the highest (or Riket), each bar in its place', () => {
        // y = (50 − value) / 60 · 100: the base (0) at 83.33, −10 at 100, Riket (50) at 0.
        expect(chart()).toContain(
            '<svg class="sm-standing-svg" viewBox="0 0 5 112" preserveAspectRatio="none" width="100%" height="132" aria-hidden="true" focusable="false">' +
                '<rect class="sm-standing-band" x="2.5" y="0" width="2" height="100"/>' +
                '<path class="sm-standing-bar" d="M0.1 83.33V100H0.9V83.33ZM2.1 83.33V50H2.9V83.33ZM4.1 83.33V16.67H4.9V83.33Z"/>' +
                '<path class="sm-standing-bar sm-standing-member" d="M1.1 83.33V83.33H1.9V83.33Z"/>' +
                '<path class="sm-standing-mark" d="M1 103h1v8h-1ZM3 103h1v8h-1Z"/>' +
                '<path class="sm-standing-bar sm-standing-own" d="M3.1 83.33V33.33H3.9V83.33Z"/>' +
                '<path class="sm-standing-mark sm-standing-own" d="M2.5 102h2v10h-2Z"/>' +
                '<line class="sm-standing-national" fill="none" stroke-dasharray="6 4" vector-effect="non-scaling-stroke" x1="0" x2="5" y1="0" y2="0"/>' +
                '</svg><div class="sm-standing-ends"><span>Lägst</span><span>Högst</span></div></div>'
        );
        expect(chart()).toContain(
            '<span class="sm-standing-pointer sm-left-70 sm-slide-70">Kumla kommun (1881)</span><span class="sm-standing-arrow sm-left-70">▼</span>'
        );
    });

    it('keys the own bar, the group and Riket, and escapes the caption', () => {
        expect(chart()).toContain(
            '<ul class="sm-chart-key">' +
                '<li><span class="sm-standing-swatch sm-standing-own"></span><span>Kumla kommun (1881) (30\u00a0kr)</span></li>' +
                '<li><span class="sm-standing-swatch sm-standing-member"></span><span>Grannkommuner, markerade under staplarna</span></li>' +
                '<li><svg class="sm-chart-sample" width="26" height="10" aria-hidden="true" focusable="false"><line class="sm-standing-national" fill="none" stroke-dasharray="6 4" x1="1" x2="25" y1="5" y2="5"/></svg><span>Riket: 50\u00a0kr (streckad linje)</span></li>' +
                '</ul>'
        );
        expect(chart()).toMatch(
            /^<figure class="sm-standing"><figcaption class="sm-chart-caption">Behöriga &lt;a&gt;: alla kommuner 2019<\/figcaption><div class="sm-standing-chart" aria-hidden="true">/
        );
        expect(chart()).toContain('<caption>Behöriga &lt;a&gt;: alla kommuner 2019</caption>');
        expect(chart()).toContain('<thead><tr><th scope="col">Kommun</th><th scope="col">Värde</th></tr></thead>');
        expect(chart()).toMatch(/<\/tbody><\/table><\/div><\/figure>$/);
    });

    it('marks the rows of the own municipality and the group members in the table, the others plain', () => {
        expect(chart()).toContain(
            '<tbody><tr><th scope="row">Nora kommun (1884)</th><td>\u221210\u00a0kr</td></tr>' +
                '<tr class="sm-standing-member-row"><th scope="row">Örebro kommun (1880) (Grannkommuner)</th><td>0\u00a0kr</td></tr>' +
                '<tr><th scope="row">Karlskoga kommun (1883)</th><td>20\u00a0kr</td></tr>' +
                '<tr class="sm-standing-own-row"><th scope="row">Kumla kommun (1881) (vår kommun)</th><td>30\u00a0kr</td></tr>' +
                '<tr><th scope="row">Askersunds kommun (1882)</th><td>40\u00a0kr</td></tr></tbody>'
        );
    });

    it('without Riket or a group: no line, no marks, and a group named by its id', () => {
        const alone = renderStanding('Behöriga', standing({ direction: 'lower', rank: 3 }), '%');
        expect(alone).not.toContain('sm-standing-national');
        expect(alone).not.toContain('sm-standing-member');
        expect(alone).not.toContain('<path class="sm-standing-mark" ');
        expect(alone).toContain('<div class="sm-standing-ends"><span>Plats 1 (bäst)</span><span>Plats 5</span></div>');
        expect(alone).toContain('<th scope="col">Plats</th><th scope="col">Kommun</th><th scope="col">Värde</th>');
        // All positive: the base is 0 at the bottom (100), the highest (90,5) at the top: 75 at 15,5 / 90,5 · 100.
        expect(alone).toContain('<path class="sm-standing-bar sm-standing-own" d="M2.1 100V17.13H2.9V100Z"/>');
        const byId = renderStanding(
            'Behöriga',
            standing({ group: { id: 'Grannar', members: [{ code: '1880', value: 70 }] } }),
            '%'
        );
        expect(byId).toContain('<span>Grannar, markerade under staplarna</span>');
        expect(byId).toContain('<th scope="row">Örebro kommun (1880) (Grannar)</th>');
    });

    it('labels the chart with its caption and its words', () => {
        expect(standingLabel('Behöriga', standing({ direction: 'higher', rank: 3 }), '%')).toBe(
            'Jämförelse, Behöriga: alla kommuner 2019. Kumla kommun (1881) har 75,0\u00a0% 2019. Plats 3 av 5, där plats 1 är bäst (högst värde). Lägst 60,0\u00a0% (Nora kommun (1884)), median 75,0\u00a0%, högst 90,5\u00a0% (Askersunds kommun (1882)), bland 5 kommuner med värde.'
        );
    });

    it('draws every value 0 on a scale of one', () => {
        const flat = renderStanding('Noll', standing({ values: [0, 0, 0, 0, 0], own: { code: '1881', value: 0 } }));
        expect(flat).toContain('<path class="sm-standing-bar sm-standing-own" d="M1.1 0V0H1.9V0Z"/>');
    });
});
