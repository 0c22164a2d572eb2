/**
 * The frame every page of the site shares (site-page.ts): the head with its policy, the site's name, the
 * navigation with the current page marked, the breadcrumb trail and the footer.
 */
import { describe, expect, it } from 'vitest';
import { siteContext } from '../../../src/render/site/site-context.js';
import { SITE_CSP, siteHead, siteName, sitePage } from '../../../src/render/site/site-page.js';
import { fixtureInput } from '../fixture.js';
import { mainOf, namedInput, page, siteOf } from './site-fixture.js';

describe('the head of a page', () => {
    it('is Swedish, allows only the site itself, and links the stylesheet', () => {
        const head = siteHead('Titel & mer', undefined);
        expect(head).toBe(
            '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n' +
                `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">\n` +
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
                '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="styrmodell">\n' +
                '<title>Titel &amp; mer</title>\n<link rel="stylesheet" href="stil.css">\n</head>'
        );
        expect(SITE_CSP).not.toContain('unsafe');
    });

    it('has a canonical link only with an address, and the scripts last', () => {
        const head = siteHead('T', 'https://exempel.se/mal/"x', '<script src="skript.js" defer></script>\n');
        expect(head).toContain(
            '<title>T</title>\n<link rel="canonical" href="https://exempel.se/mal/&quot;x">\n<link rel="stylesheet" href="stil.css">\n<script src="skript.js" defer></script>\n</head>'
        );
    });
});

describe('the name of the site', () => {
    it('adds the municipality the data names, unless the title already holds it', () => {
        const named = siteContext(namedInput())!;
        expect(siteName(named)).toBe('Testkommuns styrmodell, Testby');
        const holds = siteContext(namedInput({ title: 'Styrmodell för Testby' }))!;
        expect(siteName(holds)).toBe('Styrmodell för Testby');
        expect(siteName(siteContext(fixtureInput())!)).toBe('Testkommuns styrmodell');
    });
});

describe('every page of one model', () => {
    const makeSite = () => siteOf(namedInput(), { baseUrl: 'https://exempel.se/mal//' });

    it('names the page and the site in the title and links its canonical address', () => {
        const site = makeSite();
        const start = page(site, 'index.html');
        expect(start).toContain('<title>Uppföljning 2019 – Testkommuns styrmodell, Testby</title>');
        expect(start).toContain('<link rel="canonical" href="https://exempel.se/mal/">');
        expect(start).toContain('<script src="skript.js" defer></script>\n</head>\n<body class="site">');
        const list = page(site, 'a-o.html');
        expect(list).toContain('<link rel="canonical" href="https://exempel.se/mal/a-o.html">');
    });

    it('leads with a skip link and the site name back to the start page', () => {
        const site = makeSite();
        const html = page(site, 'mal-god-ekonomi.html');
        expect(html).toContain(
            '<body class="site">\n<a class="site-skip" href="#innehall">Hoppa till innehållet</a>\n' +
                '<header class="site-header"><p class="site-name"><a href="index.html">Testkommuns styrmodell, Testby</a></p>'
        );
    });

    it('marks the current page in the navigation, and no link on a page not in it', () => {
        const site = makeSite();
        expect(page(site, 'index.html')).toContain(
            '<nav class="site-nav" aria-label="Webbplatsen"><ul>' +
                '<li><a href="index.html" aria-current="page">Startsida</a></li>' +
                '<li><a href="a-o.html">Alla mål och mått A–Ö</a></li>' +
                '<li><a href="oppna-data.html">Öppna data</a></li>' +
                '<li><a href="tillganglighet.html">Tillgänglighet</a></li></ul></nav></header>'
        );
        expect(page(site, 'a-o.html')).toContain(
            '<li><a href="a-o.html" aria-current="page">Alla mål och mått A–Ö</a>'
        );
        expect(page(site, 'oppna-data.html')).toContain('<li><a href="oppna-data.html" aria-current="page">Öppna data');
        expect(page(site, 'tillganglighet.html')).toContain(
            '<li><a href="tillganglighet.html" aria-current="page">Tillgänglighet'
        );
        expect(page(site, 'mal-god-ekonomi.html')).not.toContain('aria-current="page">Startsida');
        // Another year's start page is none of the navigation's pages: its year is marked in the year links.
        expect(page(site, 'ar-2018.html')).toContain(
            '<li><a href="index.html">Startsida</a></li><li><a href="a-o.html">Alla mål och mått A–Ö</a></li>'
        );
    });

    it('puts the open data and the accessibility statement in every footer, Kolada only when it is a source', () => {
        const site = makeSite();
        const footer = /<\/main>\n(<footer[\s\S]*<\/footer>)\n<\/body>\n<\/html>\n$/.exec(
            page(site, 'index.html')
        )?.[1];
        expect(footer).toBe(
            '<footer class="site-footer">' +
                '<p>Resultaten som öppna data: <a href="resultat.csv">CSV</a> och <a href="resultat.json">JSON</a> (<a href="oppna-data.html">om filerna</a>).</p>' +
                '<p>Webbplatsen är skriven med styrmodell från kommunens styrmodell, år 2019. <a href="tillganglighet.html">Tillgänglighetsredogörelse</a>.</p>' +
                '</footer>'
        );
    });

    it('shows a breadcrumb trail only below the start page', () => {
        const site = makeSite();
        expect(page(site, 'index.html')).not.toContain('site-trail');
        expect(mainOf(page(site, 'mal-klarar-skolan.html'))).toMatch(
            /^<nav class="site-trail" aria-label="Du är här"><ol><li><a href="index.html">Startsida<\/a><\/li><li><a href="mal-trygg-uppvaxt.html">Trygg uppväxt<\/a><\/li><li><span aria-current="page">Fler elever klarar skolan<\/span><\/li><\/ol><\/nav><p class="site-kicker">/
        );
    });
});

describe('a page of one model among several', () => {
    it('links back to all the models first in the navigation', () => {
        const ctx = siteContext(namedInput(), { upLink: '../index.html' })!;
        const html = sitePage(ctx, { file: 'x.html', title: 'X', main: '<h1>X</h1>', trail: [{ title: 'Ensam' }] });
        expect(html).toContain(
            '<ul><li><a href="../index.html">Alla kommuner</a></li><li><a href="index.html">Startsida</a></li>'
        );
        // A trail of one step (the page itself) is no trail.
        expect(html).toContain('<main id="innehall" class="site-main" tabindex="-1"><h1>X</h1></main>');
        expect(html).not.toContain('rel="canonical"');
    });
});
