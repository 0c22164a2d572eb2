/**
 * The page of a measure (site-measure.ts): the trail, its status, the years with reason and thresholds in words,
 * the chart, how the municipality stands among the others, the follow-up and the source with Kolada's link.
 */
import { describe, expect, it } from 'vitest';
import { siteContext } from '../../../src/render/site/site-context.js';
import { measurePage, reasonText, thresholdWords } from '../../../src/render/site/site-measure.js';
import { measure } from '../../fulfilment/helpers.js';
import { koladaInput, mainOf, namedInput, page, richInput, siteOf } from './site-fixture.js';

const NBSP = '\u00a0';

describe('the page of a measure', () => {
    const makeSite = () => siteOf(namedInput());
    const makeRich = () => siteOf(richInput());
    const makeKolada = () => siteOf(koladaInput());

    it('leads from the start page through the goal chain to the measure', () => {
        const site = makeSite();
        expect(mainOf(page(site, 'matt-klarar-skolan-behoriga.html'))).toMatch(
            /^<nav class="site-trail" aria-label="Du är här"><ol><li><a href="index.html">Startsida<\/a><\/li><li><a href="mal-trygg-uppvaxt.html">Trygg uppväxt<\/a><\/li><li><a href="mal-klarar-skolan.html">Fler elever klarar skolan<\/a><\/li><li><span aria-current="page">Behöriga till gymnasiet<\/span><\/li><\/ol><\/nav>/
        );
        expect(page(site, 'matt-klarar-skolan-behoriga.html')).toContain(
            '<title>Behöriga till gymnasiet – Testkommuns styrmodell, Testby</title>'
        );
    });

    it('names its goal, and shows its status and value of the model year', () => {
        const site = makeSite();
        const kolada = makeKolada();
        expect(mainOf(page(site, 'matt-klarar-skolan-behoriga.html'))).toContain(
            '</nav><p class="site-kicker">Mått i målet Fler elever klarar skolan</p><h1>Behöriga till gymnasiet</h1>' +
                `<p class="site-status">2019: <span class="sm-pill status-yellow">halv</span> <span class="site-value">90,5${NBSP}%</span></p><section>`
        );
        expect(mainOf(page(kolada, 'matt-lasning-lasare.html'))).toContain(
            '<p class="site-kicker">Mått i målet Läsning &quot;för&quot; alla</p>'
        );
    });

    it('has a table of its years, newest first, with the reason and the thresholds in words', () => {
        const site = makeSite();
        expect(mainOf(page(site, 'matt-klarar-skolan-behoriga.html'))).toContain(
            '<section><h2 id="ar-for-ar">År för år</h2><div class="site-scroll" role="region" aria-labelledby="ar-for-ar" tabindex="0"><table class="site-table">' +
                '<thead><tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Status</th><th scope="col">Varför</th><th scope="col">Gränsvärden</th></tr></thead><tbody>' +
                `<tr class="site-current"><th scope="row">2019</th><td class="site-value" data-measure="KlararSkolan.Behöriga" data-year="2019">90,5${NBSP}%</td>` +
                '<td><span class="sm-pill status-yellow">halv</span></td>' +
                '<td class="site-words">Når gränsvärdet för halv: topp 20 bland landets kommuner. Når inte gränsvärdet för hel: topp 10 bland landets kommuner.</td>' +
                '<td class="site-words">Hel: topp 10 bland landets kommuner; Halv: topp 20 bland landets kommuner</td></tr>' +
                `<tr><th scope="row">2018</th><td class="site-value" data-measure="KlararSkolan.Behöriga" data-year="2018">88${NBSP}%</td>`
        );
    });

    it('adds the target of each year when the measure has one', () => {
        const kolada = makeKolada();
        expect(mainOf(page(kolada, 'matt-lasning-lasare.html'))).toContain(
            '<thead><tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Målvärde</th><th scope="col">Status</th>' +
                `</thead><tbody><tr class="site-current"><th scope="row">2019</th><td class="site-value" data-measure="Lasning.Lasare" data-year="2019">74${NBSP}%</td><td>75,5${NBSP}%</td><td><span class="sm-pill status-red">ingen</span></td>`.replace(
                    '</thead>',
                    '<th scope="col">Varför</th><th scope="col">Gränsvärden</th></tr></thead>'
                )
        );
    });

    it('words an assessed year: the assessment first, then what was computed', () => {
        const rich = makeRich();
        expect(mainOf(page(rich, 'matt-klarar-skolan-behoriga.html'))).toContain(
            '<td><span class="sm-pill status-green">hel<span class="sm-assessed"> · bedömd</span></span></td>' +
                '<td class="site-words">Bedömd: Elfte plats av 31: en från målet. Beräknat: Når gränsvärdet för halv: topp 20 bland landets kommuner. Når inte gränsvärdet för hel: topp 10 bland landets kommuner.</td>'
        );
    });

    it('says a measure without thresholds has none', () => {
        const site = makeSite();
        expect(mainOf(page(site, 'matt-snabb-service-notering.html'))).toContain(
            '<td class="site-words">Ej bedömd: måttet har inga gränsvärden.</td><td class="site-words">Inga (måttet bedöms inte mot ett gränsvärde)</td>'
        );
    });

    it('draws the trend chart when there are values, and a comparison with the others when the data has them', () => {
        const site = makeSite();
        const behoriga = mainOf(page(site, 'matt-klarar-skolan-behoriga.html'));
        expect(behoriga).toContain(
            '</table></div></section><section><h2 id="diagram">Utvecklingen</h2><figure class="sm-chart"><figcaption class="sm-chart-caption">Behöriga till gymnasiet år för år</figcaption>'
        );
        expect(behoriga).toContain(
            '</section><section><h2>Jämfört med andra kommuner 2019</h2><figure class="sm-standing"><figcaption class="sm-chart-caption">Behöriga till gymnasiet: alla kommuner 2019</figcaption>'
        );
        expect(behoriga).toMatch(/<\/figure><\/section><section><h2 id="kalla">/);
        const missing = mainOf(page(site, 'matt-klarar-skolan-saknad.html'));
        expect(missing).not.toContain('id="diagram"');
        expect(missing).not.toContain('Jämfört med andra kommuner');
    });

    it("shows each year's follow-up of the measure", () => {
        const site = makeSite();
        const rich = makeRich();
        expect(mainOf(page(rich, 'matt-klarar-skolan-behoriga.html'))).toMatch(
            /<section><h2 id="uppfoljning">Uppföljning<\/h2><section class="site-followup"><h3 id="uppfoljning-2019">2019: Årsredovisning 2019<\/h3><dl class="sm-followup">[^]*Elfte plats av 31: en från målet\.[^]*<dt>Åtgärder<\/dt><dd><span class="sm-text">Läxhjälp i alla skolor\.<\/span>[^]*<\/dl><\/section><\/section><section><h2 id="kalla">/
        );
        expect(page(site, 'matt-klarar-skolan-behoriga.html')).not.toContain('uppfoljning');
        expect(page(rich, 'matt-klarar-skolan-betyg.html')).not.toContain('uppfoljning');
    });

    it('names the source last, with Kolada named and linked where the values come from there', () => {
        const site = makeSite();
        const kolada = makeKolada();
        expect(mainOf(page(site, 'matt-god-ekonomi-resultat.html'))).toMatch(
            /<section><h2 id="kalla">Källa<\/h2><p>värden skrivna i styrmodellen<\/p><\/section>$/
        );
        expect(mainOf(page(kolada, 'matt-lasning-lasare.html'))).toMatch(
            /<section><h2 id="kalla">Källa<\/h2><p>Kolada N15419 \(data\.csv\)<\/p><p>Källa: Kolada \(RKA\)\. <a href="https:\/\/www\.kolada\.se\/verktyg\/fri-sokning\/\?kpis=N15419">Nyckeltalet N15419 i Kolada<\/a>\.<\/p><\/section>$/
        );
        // A Kolada id with its own `utfall` is the model's own series.
        expect(mainOf(page(kolada, 'matt-lasning-egen.html'))).toMatch(
            /<section><h2 id="kalla">Källa<\/h2><p>värden skrivna i styrmodellen<\/p><\/section>$/
        );
    });

    it('of a measure whose goal the model lacks names the goal by its id', () => {
        const ctx = siteContext(namedInput())!;
        const made = measurePage(ctx, { ...measure('X', { title: 'Lös' }), goal: 'Borta' });
        expect(made.file).toBe('index.html');
        expect(mainOf(made.html)).toContain('<p class="site-kicker">Mått i målet Borta</p><h1>Lös</h1><section>');
    });
});

describe('the words of a result', () => {
    it('are made once per result and shared by the page and the open data', () => {
        const ctx = siteContext(namedInput())!;
        const view = ctx.input.view.goals.find(g => g.id === 'GodEkonomi')!.measures[0]!;
        const result = ctx.tree.result.measures.find(m => m.id === 'Resultat')!;
        expect(reasonText(ctx, view, result)).toBe(
            `Når gränsvärdet för halv: minst 1${NBSP}%. Når inte gränsvärdet för hel: minst 2${NBSP}%.`
        );
        expect(thresholdWords(ctx, view, result)).toBe(`Hel: minst 2${NBSP}%; Halv: minst 1${NBSP}%`);
        const cached = ctx.words.get(result);
        expect(cached).toEqual({
            reason: reasonText(ctx, view, result),
            thresholds: thresholdWords(ctx, view, result)
        });
        ctx.words.set(result, { reason: 'sparad', thresholds: 'sparade' });
        expect(reasonText(ctx, view, result)).toBe('sparad');
        expect(thresholdWords(ctx, view, result)).toBe('sparade');
    });
});
