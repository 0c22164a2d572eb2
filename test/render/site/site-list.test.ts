/**
 * The A–Ö page (site-list.ts) and the accessibility statement (site-accessibility.ts).
 */
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../../src/fulfilment/compute.js';
import type { RenderInput } from '../../../src/render/render-input.js';
import { accessibilityPage } from '../../../src/render/site/site-accessibility.js';
import { siteContext } from '../../../src/render/site/site-context.js';
import { listPage } from '../../../src/render/site/site-list.js';
import { goal, loc, measure, memoryData, model, points } from '../../fulfilment/helpers.js';
import { fixtureInput } from '../fixture.js';
import { mainOf, namedInput } from './site-fixture.js';

/** Titles that test the Swedish order: å ä ö after z, numbers by value, a title starting with a digit. */
function titlesInput(): RenderInput {
    const value = { actual: points({ 2019: 1 }, 9), full: 'värde >= 1' };
    const view = model({
        id: 'Ordning',
        title: 'Ordningens modell',
        goals: [
            goal('Z', { title: 'zebra', location: loc(2) }, [
                measure('Z1', { title: 'Öppet', ...value, location: loc(3) })
            ]),
            goal('A', { title: 'ärenden', level: 'fullmäktige', location: loc(4) }, [
                measure('A1', { title: 'Mål 10', ...value, location: loc(5) }),
                measure('A2', { title: 'Mål 9', ...value, location: loc(6) })
            ]),
            goal('M', { title: 'Mål 9', location: loc(7) }),
            goal('D', { title: '2 hus', location: loc(8) }, [measure('D1', { title: 'åtta', location: loc(9) })])
        ]
    });
    return { view, results: computeYears(view, memoryData([]), [2019]), year: 2019 };
}

describe('the A–Ö page', () => {
    it('lists every goal and measure by letter with its kind and status, and a search field for the script', () => {
        const made = listPage(siteContext(namedInput())!);
        expect(made.file).toBe('a-o.html');
        expect(made.html).toContain('<title>Alla mål och mått A–Ö – Testkommuns styrmodell, Testby</title>');
        const main = mainOf(made.html);
        expect(main).toMatch(
            /^<h1>Alla mål och mått A–Ö<\/h1><div class="site-search" data-search hidden><label for="sok">Sök bland målen och måtten<\/label><input id="sok" type="search" autocomplete="off" aria-describedby="sok-antal"><p id="sok-antal" class="site-muted" role="status" aria-live="polite">10 mål och mått<\/p><\/div><div data-search-list><section class="site-letter"><h2 id="bokstav-1">A<\/h2>/
        );
        expect(main).toContain(
            '<section class="site-letter"><h2 id="bokstav-5">G</h2><ul>' +
                '<li data-title="god ekonomi"><a href="mal-god-ekonomi.html">God ekonomi</a> <span class="site-muted">(fullmäktigemål, delvis 2019)</span></li>' +
                '<li data-title="godkända betyg i alla ämnen"><a href="matt-klarar-skolan-betyg.html">Godkända betyg i alla ämnen</a> <span class="site-muted">(mått i Fler elever klarar skolan, hel 2019)</span></li></ul></section>'
        );
        expect(main).toContain(
            '<li data-title="snabb service"><a href="mal-snabb-service.html">Snabb service</a> <span class="site-muted">(nämndmål, ej uppfyllt 2019)</span></li>'
        );
        expect(main).toMatch(/<h2 id="bokstav-8">T<\/h2>[^]*<\/section><\/div>$/);
    });

    it('sorts in Swedish, numbers by value, the same title by kind, a title without a letter under #', () => {
        const main = mainOf(listPage(siteContext(titlesInput())!).html);
        const order = [
            ...main.matchAll(
                /<li data-title="([^"]*)"><a href="[^"]*">[^<]*<\/a> <span class="site-muted">\(([^)]*)\)/g
            )
        ].map(m => `${m[1]} (${m[2]})`);
        expect(order).toEqual([
            '2 hus (nämndmål, saknas 2019)',
            'mål 9 (mått i ärenden, hel 2019)',
            'mål 9 (nämndmål, saknas 2019)',
            'mål 10 (mått i ärenden, hel 2019)',
            'zebra (nämndmål, uppfyllt 2019)',
            'åtta (mått i 2 hus, ej bedömd 2019)',
            'ärenden (fullmäktigemål, uppfyllt 2019)',
            'öppet (mått i zebra, hel 2019)'
        ]);
        const letters = [...main.matchAll(/<h2 id="(bokstav-\d+)">([^<]*)<\/h2>/g)].map(m => `${m[1]} ${m[2]}`);
        expect(letters).toEqual([
            'bokstav-1 #',
            'bokstav-2 M',
            'bokstav-3 Z',
            'bokstav-4 Å',
            'bokstav-5 Ä',
            'bokstav-6 Ö'
        ]);
        expect(main).toContain('aria-live="polite">8 mål och mått</p>');
    });
});

describe('the accessibility statement', () => {
    it('names who stands behind the site, the law and DIGG', () => {
        const made = accessibilityPage(siteContext(namedInput())!);
        expect(made.file).toBe('tillganglighet.html');
        expect(made.html).toContain('<title>Tillgänglighetsredogörelse – Testkommuns styrmodell, Testby</title>');
        const main = mainOf(made.html);
        expect(main).toMatch(
            /^<h1>Tillgänglighetsredogörelse<\/h1>\n<p>Testby står bakom den här webbplatsen, Testkommuns styrmodell, Testby\. Vi vill att så många som möjligt ska kunna använda den\./
        );
        expect(main).toContain(
            'kontakta Testby och berätta vilken sida det gäller och vad som inte fungerar. Resultaten finns också som <a href="resultat.csv">CSV</a> och <a href="resultat.json">JSON</a>.</p>'
        );
        expect(main).toContain('<h2>Hur tillgänglig är webbplatsen?</h2>');
        expect(main).toContain('nivå AA i WCAG 2.1');
        expect(main).toContain('<a href="https://www.digg.se/">DIGG</a>');
    });

    it('names the model when the data names no municipality', () => {
        const main = mainOf(accessibilityPage(siteContext(fixtureInput())!).html);
        expect(main).toContain('<p>Testkommuns styrmodell står bakom den här webbplatsen, Testkommuns styrmodell.');
        expect(main).toContain('kontakta Testkommuns styrmodell och berätta');
    });
});
