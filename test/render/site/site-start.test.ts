/**
 * The start page of each year (site-start.ts): the opening, the year links, the vision, each inriktning with its
 * KF goals, the nämnd goals outside them, the KF goals over the last five years, the legend and the quality
 * appendix.
 */
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../../src/fulfilment/compute.js';
import type { RenderInput } from '../../../src/render/render-input.js';
import { siteContext } from '../../../src/render/site/site-context.js';
import { startPage } from '../../../src/render/site/site-start.js';
import { goal, loc, measure, memoryData, model, points } from '../../fulfilment/helpers.js';
import { mainOf, namedInput, page, richInput, siteOf } from './site-fixture.js';

/** One inriktning with one KF goal whose one measure has a value in each of `years`, rising by one a year. */
function yearsInput(years: readonly number[]): RenderInput {
    const values = Object.fromEntries(years.map((year, i) => [year, 10 + i]));
    const view = model({
        id: 'Serie',
        title: 'Seriens styrmodell',
        areas: [{ id: 'Omr', title: 'Området', location: loc(3) }],
        goals: [
            goal('Kf', { title: 'Målet', level: 'fullmäktige', area: 'Omr', location: loc(5) }, [
                measure('M', { title: 'Måttet', actual: points(values, 8), full: 'värde >= 14', location: loc(7) })
            ])
        ]
    });
    return { view, results: computeYears(view, memoryData([]), [...years]), year: years.at(-1)! };
}

describe('the start page of the model year', () => {
    const makeSite = () => siteOf(namedInput());
    const makeMain = () => mainOf(page(makeSite(), 'index.html'));

    it('opens with the title, the year and the reader text opening', () => {
        const main = makeMain();
        expect(main).toMatch(
            /^<h1>Testkommuns styrmodell: uppföljning 2019<\/h1><p class="site-opening">0 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis och 1 inte \(2018: 1 av 2\)\.<\/p><nav class="site-years"/
        );
    });

    it('links every other year, newest first, and marks its own', () => {
        const site = makeSite();
        const main = makeMain();
        expect(main).toContain(
            '<nav class="site-years" aria-label="Välj år"><p class="site-years-label">Visa år:</p><ul>' +
                '<li><span aria-current="page">2019</span></li>' +
                '<li><a href="ar-2018.html" data-year="2018">2018</a></li></ul></nav>'
        );
        expect(mainOf(page(site, 'ar-2018.html'))).toContain(
            '<ul><li><a href="index.html" data-year="2019">2019</a></li><li><span aria-current="page">2018</span></li></ul>'
        );
    });

    it('shows the vision with its status and fulfilment', () => {
        const main = makeMain();
        expect(main).toContain(
            '<section class="site-vision"><h2 id="vision">Vision: Vision 2030</h2><p>Ett gott liv i hela kommunen.</p>' +
                '<p class="site-figures"><span class="sm-pill status-red">ej uppfyllt</span> <span class="site-percent" data-goal="Vision" data-year="2019">43\u00a0%</span></p></section>'
        );
    });

    it('shows each inriktning with its figures, trend and KF goals', () => {
        const main = makeMain();
        expect(main).toContain(
            '<section class="site-area"><h2 id="omrade-2p1m1x2z333233312x">Inriktning: Ekonomi och medarbetare</h2>' +
                '<p class="site-figures"><span class="sm-pill status-yellow">delvis</span> <span class="site-percent">50\u00a0%</span> ' +
                '<span class="site-trend site-trend-worse"><span aria-hidden="true">↓</span> sämre än 2018</span></p>' +
                '<ul class="site-goals"><li class="site-goal"><h3><a href="mal-god-ekonomi.html">God ekonomi</a></h3>' +
                '<p class="site-figures"><span class="sm-pill status-yellow">delvis</span> <span class="site-percent" data-goal="GodEkonomi" data-year="2019">50\u00a0%</span> ' +
                '<span class="site-trend site-trend-worse"><span aria-hidden="true">↓</span> sämre än 2018</span></p></li></ul></section>'
        );
    });

    it('gives each inriktning a heading id made of its key, one base-36 code point after another', () => {
        const main = makeMain();
        // `Trygghet`: T = 84 = 2c in base 36, r = 114 = 36, …; the prefix keeps the id from starting with a digit.
        expect(main).toContain('<h2 id="omrade-2p1m2c363d2v2v2w2t38">Inriktning: Trygghet och lärande</h2>');
    });

    it('compares the KF goals year by year, oldest first', () => {
        const main = makeMain();
        expect(main).toContain(
            '<section><h2 id="over-tid">Fullmäktiges mål de senaste 2 åren</h2>' +
                '<div class="site-scroll" role="region" aria-labelledby="over-tid" tabindex="0"><table class="site-table">' +
                '<thead><tr><th scope="col">Fullmäktiges mål</th><th scope="col">2018</th><th scope="col">2019</th></tr></thead><tbody>' +
                '<tr><th scope="row"><a href="mal-trygg-uppvaxt.html">Trygg uppväxt</a></th>' +
                '<td><span class="sm-pill status-red">ej uppfyllt</span> <span class="site-percent" data-goal="TryggUppväxt" data-year="2018">37\u00a0%</span></td>' +
                '<td><span class="sm-pill status-red">ej uppfyllt</span> <span class="site-percent" data-goal="TryggUppväxt" data-year="2019">37\u00a0%</span></td></tr>'
        );
    });

    it('explains the statuses in the legend, with the trend marks', () => {
        const main = makeMain();
        expect(main).toContain(
            '<section class="site-legend"><h2>Teckenförklaring</h2><dl><div class="site-legend-row"><dt><span class="sm-pill status-green">hel</span> <span class="sm-pill status-green">uppfyllt</span></dt><dd>Måttet når gränsvärdet för hel (1 poäng). Målet når minst 75\u00a0%.</dd></div>'
        );
        expect(main).toMatch(
            /<\/dl><p class="site-muted">Ett måls uppfyllelse är det viktade medelvärdet[^<]* ↑ bättre, ↓ sämre och → oförändrat jämför uppfyllelsen med året innan\.<\/p><\/section>$/
        );
    });

    it('has no quality appendix, no link to it and no nämnd goals outside the KF goals when there are none', () => {
        const main = makeMain();
        expect(main).not.toContain('bilaga');
        expect(main).not.toContain('utan-kf');
    });

    it('is titled by its year and marks the start page current in the navigation', () => {
        const ctx = siteContext(namedInput())!;
        const older = startPage(ctx, 2018);
        expect(older.file).toBe('ar-2018.html');
        expect(older.html).toContain('<title>Uppföljning 2018 – ');
        expect(startPage(ctx, 2019).file).toBe('index.html');
    });
});

describe('the start page of a richer model', () => {
    const makeMain = () => mainOf(page(siteOf(richInput()), 'index.html'));

    it('points to the quality appendix and ends with it', () => {
        const main = makeMain();
        expect(main).toContain(
            '</p><p class="site-muted"><a href="#bilaga">1 anmärkning om underlaget, se bilagan.</a></p><nav class="site-years"'
        );
        expect(main).toMatch(
            /<section class="site-quality"><h2 id="bilaga">Bilaga: Kvalitetskontroll<\/h2><p>Kontrollen av modellen och underlaget för 2019\.[^<]*<\/p><h3>Anmärkningar om modellen<\/h3><ul><li>Måttet ”Behöriga till gymnasiet” har en udda enhet\.<\/li><\/ul><\/section>$/
        );
    });

    it('describes an inriktning and says when it has no KF goal', () => {
        const main = makeMain();
        expect(main).toContain(
            'Inriktning: Trygghet och lärande</h2><p>Barn och unga ska växa upp tryggt.</p><p class="site-figures">'
        );
        expect(main).toContain(
            '<section class="site-area"><h2 id="omrade-2p1m233930383936">Inriktning: Kultur och fritid</h2><p class="site-muted">Inga fullmäktigemål har denna inriktning.</p></section>'
        );
    });

    it("adds an assessed goal's motivation and different weights below the goal", () => {
        const main = makeMain();
        expect(main).toContain(
            '<span class="sm-pill status-green">uppfyllt<span class="sm-assessed"> · bedömd</span></span> <span class="site-percent" data-goal="GodEkonomi" data-year="2019">100\u00a0%</span>'
        );
        expect(main).toContain('</p><p class="site-motivation">Överskottet räcker.</p></li>');
        expect(main).toContain(
            '<p class="site-motivation">Väger olika: ”Fler elever klarar skolan” vikt 2 och ”Snabb service” vikt 1.</p></li>'
        );
    });

    it('lists the nämnd goals outside the KF goals, without a trend', () => {
        const main = makeMain();
        expect(main).toContain(
            '<section><h2 id="utan-kf">Nämndmål utan fullmäktigemål</h2><ul class="site-goals"><li class="site-goal"><h3><a href="mal-ensam.html">Öppna bibliotek</a></h3>' +
                '<p class="site-figures"><span class="sm-pill status-green">uppfyllt</span> <span class="site-percent" data-goal="Ensam" data-year="2019">87\u00a0%</span> </p></li></ul></section>'
        );
    });

    it('marks an assessed goal in the table over the years', () => {
        const main = makeMain();
        expect(main).toMatch(
            /<th scope="row"><a href="mal-god-ekonomi.html">God ekonomi<\/a><\/th><td><span class="sm-pill status-green">uppfyllt<\/span>[^]*?<td><span class="sm-pill status-green">uppfyllt<span class="sm-assessed"> · bedömd<\/span><\/span>/
        );
    });
});

describe('the years of the start page', () => {
    it('show at most the last five years in the table, up to the page’s year', () => {
        const ctx = siteContext(yearsInput([2013, 2014, 2015, 2016, 2017, 2018, 2019]))!;
        const latest = startPage(ctx, 2019).html;
        expect(latest).toContain(
            '<h2 id="over-tid">Fullmäktiges mål de senaste 5 åren</h2>' +
                '<div class="site-scroll" role="region" aria-labelledby="over-tid" tabindex="0"><table class="site-table"><thead><tr><th scope="col">Fullmäktiges mål</th>' +
                '<th scope="col">2015</th><th scope="col">2016</th><th scope="col">2017</th><th scope="col">2018</th><th scope="col">2019</th></tr></thead>'
        );
        const earlier = startPage(ctx, 2015).html;
        expect(earlier).toContain(
            '<h2 id="over-tid">Fullmäktiges mål de senaste 3 åren</h2>' +
                '<div class="site-scroll" role="region" aria-labelledby="over-tid" tabindex="0"><table class="site-table"><thead><tr><th scope="col">Fullmäktiges mål</th>' +
                '<th scope="col">2013</th><th scope="col">2014</th><th scope="col">2015</th></tr></thead>'
        );
        expect(earlier).toContain('<a href="ar-2013.html" data-year="2013">2013</a>');
        // The first year has nothing to compare with.
        expect(startPage(ctx, 2013).html).not.toContain('over-tid');
    });

    it('give no year links and no table over the years to a model of one year', () => {
        const ctx = siteContext(yearsInput([2019]))!;
        const html = startPage(ctx, 2019).html;
        expect(html).not.toContain('site-years');
        expect(html).not.toContain('over-tid');
        expect(html).toContain('<h1>Seriens styrmodell: uppföljning 2019</h1>');
    });
});
