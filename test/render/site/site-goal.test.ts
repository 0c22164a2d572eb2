/**
 * The page of a goal (site-goal.ts): kind and owner, status, the years, the goals it serves, its measures, the
 * goals contributing to it, and each year's follow-up.
 */
import { describe, expect, it } from 'vitest';
import { siteContext } from '../../../src/render/site/site-context.js';
import { goalPage } from '../../../src/render/site/site-goal.js';
import { goal } from '../../fulfilment/helpers.js';
import { mainOf, namedInput, page, richInput, siteOf } from './site-fixture.js';

const NBSP = '\u00a0';

describe('the page of a goal', () => {
    const makeSite = () => siteOf(namedInput());
    const makeRich = () => siteOf(richInput());

    it('names its kind and who answers for it', () => {
        const site = makeSite();
        const rich = makeRich();
        expect(mainOf(page(site, 'mal-trygg-uppvaxt.html'))).toContain(
            '</nav><p class="site-kicker">Fullmäktigemål</p><h1>Trygg uppväxt</h1><p class="site-status">'
        );
        expect(mainOf(page(site, 'mal-god-ekonomi.html'))).toContain(
            '<p class="site-kicker">Fullmäktigemål, ansvarig: Kommunövergripande</p>'
        );
        expect(mainOf(page(site, 'mal-klarar-skolan.html'))).toContain(
            '<p class="site-kicker">Nämndmål, ansvarig: Barn- och utbildningsnämnden</p>'
        );
        expect(mainOf(page(site, 'mal-snabb-service.html'))).toContain(
            '<p class="site-kicker">Nämndmål, ansvarig: Kommunledningsförvaltningen (Kommunstyrelsen)</p>'
        );
        expect(mainOf(page(rich, 'mal-ensam.html'))).toContain(
            '<p class="site-kicker">Nämndmål, ansvarig: Kommunstyrelsen</p>'
        );
    });

    it('shows its description and its status of the model year', () => {
        const rich = makeRich();
        expect(mainOf(page(rich, 'mal-god-ekonomi.html'))).toContain(
            '<h1>God ekonomi</h1><p>Ekonomin ska bära välfärden.</p><p class="site-status">2019: <span class="sm-pill status-green">uppfyllt<span class="sm-assessed"> · bedömd</span></span> ' +
                `<span class="site-percent" data-goal="GodEkonomi" data-year="2019">100${NBSP}%</span> uppfyllelse</p>`
        );
    });

    it('has a table of its years, newest first, the model year marked', () => {
        const site = makeSite();
        expect(mainOf(page(site, 'mal-klarar-skolan.html'))).toContain(
            '<section><h2 id="ar-for-ar">År för år</h2><div class="site-scroll" role="region" aria-labelledby="ar-for-ar" tabindex="0"><table class="site-table">' +
                '<thead><tr><th scope="col">År</th><th scope="col">Status</th><th scope="col">Uppfyllelse</th><th scope="col">Underlag</th></tr></thead><tbody>' +
                '<tr class="site-current"><th scope="row">2019</th><td><span class="sm-pill status-green">uppfyllt</span></td>' +
                `<td><span class="site-percent" data-goal="KlararSkolan" data-year="2019">75${NBSP}%</span></td><td>2 av 3 mått har värde</td></tr>` +
                '<tr><th scope="row">2018</th><td><span class="sm-pill status-red">ej uppfyllt</span></td>' +
                `<td><span class="site-percent" data-goal="KlararSkolan" data-year="2018">25${NBSP}%</span></td><td>2 av 3 mått har värde</td></tr></tbody></table></div></section>`
        );
    });

    it('marks an assessed year in the table', () => {
        const rich = makeRich();
        expect(mainOf(page(rich, 'mal-god-ekonomi.html'))).toContain(
            '<tr class="site-current"><th scope="row">2019</th><td><span class="sm-pill status-green">uppfyllt<span class="sm-assessed"> · bedömd</span></span></td>'
        );
    });

    it('links the goals it serves, and has no such section at the top', () => {
        const site = makeSite();
        expect(mainOf(page(site, 'mal-klarar-skolan.html'))).toContain(
            '<section><h2 id="bidrar-till">Bidrar till</h2><ul><li><a href="mal-trygg-uppvaxt.html">Trygg uppväxt</a></li></ul></section>'
        );
        expect(page(site, 'mal-trygg-uppvaxt.html')).not.toContain('bidrar-till');
    });

    it('lists its measures with status and value, an assessed one marked', () => {
        const site = makeSite();
        const rich = makeRich();
        expect(mainOf(page(rich, 'mal-klarar-skolan.html'))).toContain(
            '<section><h2 id="matt">Mått 2019</h2><ul class="site-list">' +
                '<li><h3><a href="matt-klarar-skolan-behoriga.html">Behöriga till gymnasiet</a></h3><p class="site-figures"><span class="sm-pill status-green">hel<span class="sm-assessed"> · bedömd</span></span> <span class="site-value">90,5' +
                NBSP +
                '%</span></p></li>' +
                '<li><h3><a href="matt-klarar-skolan-betyg.html">Godkända betyg i alla ämnen</a></h3><p class="site-figures"><span class="sm-pill status-green">hel</span> <span class="site-value">87,5' +
                NBSP +
                '%</span></p></li>' +
                '<li><h3><a href="matt-klarar-skolan-saknad.html">Elevenkät: trygghet</a></h3><p class="site-figures"><span class="sm-pill status-grey">saknas</span> <span class="site-value">saknas</span></p></li></ul></section>'
        );
        expect(page(site, 'mal-trygg-uppvaxt.html')).not.toContain('id="matt"');
    });

    it('lists the goals that contribute to it with their figures', () => {
        const site = makeSite();
        expect(mainOf(page(site, 'mal-trygg-uppvaxt.html'))).toContain(
            '<section><h2 id="bidragande">Mål som bidrar 2019</h2><ul class="site-list">' +
                `<li><h3><a href="mal-klarar-skolan.html">Fler elever klarar skolan</a></h3><p class="site-figures"><span class="sm-pill status-green">uppfyllt</span> <span class="site-percent" data-goal="KlararSkolan" data-year="2019">75${NBSP}%</span></p></li>` +
                `<li><h3><a href="mal-snabb-service.html">Snabb service</a></h3><p class="site-figures"><span class="sm-pill status-red">ej uppfyllt</span> <span class="site-percent" data-goal="SnabbService" data-year="2019">0${NBSP}%</span></p></li></ul></section>`
        );
        expect(page(site, 'mal-klarar-skolan.html')).not.toContain('bidragande');
    });

    it("shows each year's follow-up under the follow-up's title, and nothing without one", () => {
        const site = makeSite();
        const rich = makeRich();
        expect(mainOf(page(rich, 'mal-god-ekonomi.html'))).toMatch(
            /<section><h2 id="uppfoljning">Uppföljning<\/h2><section class="site-followup"><h3 id="uppfoljning-2019">2019: Årsredovisning 2019<\/h3><dl class="sm-followup">[^]*Överskottet räcker\. Investeringarna väntar\.[^]*Skatteintäkterna ökade\.[^]*<\/dl><\/section><\/section>$/
        );
        expect(page(site, 'mal-god-ekonomi.html')).not.toContain('uppfoljning');
        expect(page(rich, 'mal-klarar-skolan.html')).not.toContain('id="uppfoljning"');
    });

    it('is named by its id and titled by its title', () => {
        const ctx = siteContext(namedInput())!;
        const view = ctx.input.view.goals.find(g => g.id === 'SnabbService')!;
        const made = goalPage(ctx, view);
        expect(made.file).toBe('mal-snabb-service.html');
        expect(made.html).toContain('<title>Snabb service – Testkommuns styrmodell, Testby</title>');
    });

    it('of a goal without a result or an owner says only its kind', () => {
        const ctx = siteContext(namedInput())!;
        const html = mainOf(goalPage(ctx, goal('Annat', { title: 'Ett annat mål' })).html);
        expect(html).toContain('<p class="site-kicker">Nämndmål</p><h1>Ett annat mål</h1><section><h2 id="ar-for-ar">');
        expect(html).toContain('<tbody></tbody>');
    });
});
