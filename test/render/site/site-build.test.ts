/**
 * The whole site as files (build-site.ts), the sitemap, the index of several models, and what the pages share:
 * the context (site-context.ts), the page names (site-paths.ts), the trail (site-trail.ts) and the status pieces
 * (site-status.ts).
 */
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../../src/fulfilment/compute.js';
import { piecesText } from '../../../src/render/html-pieces.js';
import { buildSite, collectionFiles, siteFiles, sitemap } from '../../../src/render/site/build-site.js';
import { fromKolada, goalNodes, koladaUrl, siteContext } from '../../../src/render/site/site-context.js';
import { SITE_FILES, sitePaths, slug, yearPage } from '../../../src/render/site/site-paths.js';
import { SITE_SCRIPT } from '../../../src/render/site/site-script.js';
import { fulfilmentHtml, link, pill } from '../../../src/render/site/site-status.js';
import { SITE_STYLESHEET } from '../../../src/render/site/site-styles.js';
import { goalTrail, measureTrail } from '../../../src/render/site/site-trail.js';
import { goal, measure, memoryData, model } from '../../fulfilment/helpers.js';
import { fixtureInput } from '../fixture.js';
import { koladaInput, namedInput } from './site-fixture.js';

const NBSP = '\u00a0';

describe('the files of a site', () => {
    it('are every page, the open data, the stylesheet and the script, sorted by path', () => {
        const files = buildSite(namedInput(), { baseDir: '/models' })!;
        expect(files.map(f => f.path)).toEqual([
            'a-o.html',
            'ar-2018.html',
            'index.html',
            'mal-god-ekonomi.html',
            'mal-klarar-skolan.html',
            'mal-snabb-service.html',
            'mal-trygg-uppvaxt.html',
            'matt-god-ekonomi-resultat.html',
            'matt-klarar-skolan-behoriga.html',
            'matt-klarar-skolan-betyg.html',
            'matt-klarar-skolan-saknad.html',
            'matt-snabb-service-notering.html',
            'matt-snabb-service-svar.html',
            'oppna-data.html',
            'resultat.csv',
            'resultat.json',
            'skript.js',
            'stil.css',
            'tillganglighet.html'
        ]);
        expect(files.find(f => f.path === 'stil.css')?.content).toBe(SITE_STYLESHEET);
        expect(files.find(f => f.path === 'skript.js')?.content).toBe(SITE_SCRIPT);
        expect(files.find(f => f.path === 'oppna-data.html')?.content).toContain('(12 rader)');
    });

    it('come in the order they are made, a measure page in pieces that read as the same page', () => {
        const input = namedInput();
        const made = siteFiles(input, { baseDir: '/models', baseUrl: 'https://exempel.se' })!;
        expect(made.map(f => f.path)).toEqual([
            'ar-2018.html',
            'index.html',
            'mal-trygg-uppvaxt.html',
            'mal-god-ekonomi.html',
            'matt-god-ekonomi-resultat.html',
            'mal-klarar-skolan.html',
            'matt-klarar-skolan-behoriga.html',
            'matt-klarar-skolan-betyg.html',
            'matt-klarar-skolan-saknad.html',
            'mal-snabb-service.html',
            'matt-snabb-service-svar.html',
            'matt-snabb-service-notering.html',
            'a-o.html',
            'oppna-data.html',
            'tillganglighet.html',
            'resultat.csv',
            'resultat.json',
            'stil.css',
            'skript.js',
            'sitemap.xml'
        ]);
        const pieces = made.find(f => f.path === 'matt-klarar-skolan-behoriga.html')!.content;
        expect(Array.isArray(pieces)).toBe(true);
        const whole = buildSite(input, { baseDir: '/models', baseUrl: 'https://exempel.se' })!;
        expect(piecesText(pieces as never)).toBe(
            whole.find(f => f.path === 'matt-klarar-skolan-behoriga.html')!.content
        );
        const map = whole.find(f => f.path === 'sitemap.xml')!.content;
        expect(map).toContain('<loc>https://exempel.se/</loc>');
        expect(map.match(/<loc>/g)).toHaveLength(whole.filter(f => f.path.endsWith('.html')).length);
    });

    it('are none for a model without a year', () => {
        const view = model({ goals: [] });
        const empty = { view, results: computeYears(view, memoryData([]), []), year: 2019 };
        empty.results = [];
        expect(buildSite(empty)).toBeUndefined();
        expect(siteFiles(empty)).toBeUndefined();
        expect(siteContext(empty)).toBeUndefined();
    });
});

describe('the sitemap', () => {
    it('lists each page once under the base, the start page as the folder itself, sorted and escaped', () => {
        expect(sitemap('https://exempel.se/mal///', ['mal-b.html', 'index.html', 'a&b.html'])).toBe(
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
                '  <url><loc>https://exempel.se/mal/a&amp;b.html</loc></url>\n' +
                '  <url><loc>https://exempel.se/mal/</loc></url>\n' +
                '  <url><loc>https://exempel.se/mal/mal-b.html</loc></url>\n' +
                '</urlset>\n'
        );
    });
});

describe('the index of several models', () => {
    const models = [
        { folder: 'orebro', title: 'Örebros modell', municipality: 'Örebro' },
        { folder: 'kumla', title: 'Kumlas modell & mer' },
        { folder: 'arboga', title: 'Arbogas modell', municipality: 'Arboga <kommun>' }
    ];

    it('links each model by title in Swedish order, naming its municipality', () => {
        const files = collectionFiles(models, ['kumla/index.html', 'kumla/a-o.html']);
        expect(files.map(f => f.path)).toEqual(['index.html', 'stil.css']);
        const index = files[0]!.content;
        expect(index).toContain(
            '<title>Styrmodellernas uppföljning</title>\n<link rel="stylesheet" href="stil.css">\n</head>'
        );
        expect(index).toContain(
            '<body class="site">\n<a class="site-skip" href="#innehall">Hoppa till innehållet</a>\n' +
                '<header class="site-header"><p class="site-name">Styrmodellernas uppföljning</p></header>\n' +
                '<main id="innehall" class="site-main" tabindex="-1"><h1>Styrmodellernas uppföljning</h1><p>Webbplatsen har en del för varje styrmodell (3).</p><ul class="site-models">' +
                '<li><a href="arboga/index.html">Arbogas modell</a> <span class="site-muted">(Arboga &lt;kommun&gt;)</span></li>' +
                '<li><a href="kumla/index.html">Kumlas modell &amp; mer</a></li>' +
                '<li><a href="orebro/index.html">Örebros modell</a> <span class="site-muted">(Örebro)</span></li></ul></main>\n' +
                '<footer class="site-footer"><p>Varje del har sina resultat som öppna data och sin tillgänglighetsredogörelse.</p></footer>\n</body>\n</html>\n'
        );
        expect(files[1]!.content).toBe(SITE_STYLESHEET);
        expect(index).not.toContain('canonical');
    });

    it('with a base URL, has a canonical link and a sitemap of every page, index.html as its folder', () => {
        const files = collectionFiles(models, ['kumla/index.html', 'kumla/a-o.html', 'arboga/index.html'], {
            baseUrl: 'https://exempel.se/alla'
        });
        expect(files.map(f => f.path)).toEqual(['index.html', 'stil.css', 'sitemap.xml']);
        expect(files[0]!.content).toContain('<link rel="canonical" href="https://exempel.se/alla/">');
        expect(files[2]!.content).toBe(
            sitemap('https://exempel.se/alla/', ['', 'kumla/', 'kumla/a-o.html', 'arboga/'])
        );
        expect(files[2]!.content).toContain('<loc>https://exempel.se/alla/kumla/</loc>');
        expect(files[2]!.content).toContain('<loc>https://exempel.se/alla/</loc>');
    });
});

describe('the context of a site', () => {
    it('takes the folder of the first model file as the base, and normalises the base URL', () => {
        const input = fixtureInput();
        const ctx = siteContext({ ...input, view: { ...input.view, files: ['/kommun/mal/modell.styr'] } })!;
        expect(ctx.base).toBe('/kommun/mal');
        expect(ctx.baseUrl).toBeUndefined();
        expect(ctx.upLink).toBeUndefined();
        expect(siteContext(input, { baseDir: '/annan' })!.base).toBe('/annan');
        expect(siteContext(input, { baseUrl: 'https://x.se/a//' })!.baseUrl).toBe('https://x.se/a/');
        expect(siteContext(input, { baseUrl: 'https://x.se/a' })!.baseUrl).toBe('https://x.se/a/');
        expect(siteContext(input, { upLink: '../index.html' })!.upLink).toBe('../index.html');
        const noFiles = siteContext({ ...input, view: { ...input.view, files: [] } })!;
        expect(noFiles.base).toBe('/models');
    });

    it('builds the tree of another year once, and the model year is the tree itself', () => {
        const ctx = siteContext(fixtureInput())!;
        expect(ctx.years).toEqual([2018, 2019]);
        expect(ctx.treeOf(2019)).toBe(ctx.tree);
        const older = ctx.treeOf(2018);
        expect(older.year).toBe(2018);
        expect(ctx.treeOf(2018)).toBe(older);
    });

    it('knows whether Kolada is a source', () => {
        expect(siteContext(fixtureInput())!.usesKolada).toBe(false);
        expect(siteContext(koladaInput())!.usesKolada).toBe(true);
        expect(fromKolada(measure('K', { kpi: 'N15419' }))).toBe(true);
        expect(fromKolada(measure('K', { kpi: 'N1541' }))).toBe(false);
        expect(fromKolada(measure('K'))).toBe(false);
        expect(fromKolada(measure('K', { kpi: 'N15419', actual: [] }))).toBe(false);
        expect(koladaUrl('N 1&2')).toBe('https://www.kolada.se/verktyg/fri-sokning/?kpis=N%201%262');
    });

    it('finds every goal node by id, the first place a goal appears', () => {
        const ctx = siteContext(fixtureInput())!;
        const nodes = goalNodes(ctx.tree);
        expect([...nodes.keys()].sort()).toEqual(['GodEkonomi', 'KlararSkolan', 'SnabbService', 'TryggUppväxt']);
        expect(nodes.get('KlararSkolan')?.view.title).toBe('Fler elever klarar skolan');
    });
});

describe('the page names', () => {
    it('are made unique in model order, never taking a fixed file’s name', () => {
        const view = model({
            goals: [
                goal('Skola', {}, [measure('A'), measure('A-')]),
                goal('skola', {}, [measure('A')]),
                goal('A-O', {}),
                goal('Skola', {})
            ]
        });
        const paths = sitePaths(view);
        expect(paths.goal({ id: 'Skola' })).toBe('mal-skola.html');
        expect(paths.goal({ id: 'skola' })).toBe('mal-skola-2.html');
        expect(paths.goal({ id: 'A-O' })).toBe('mal-a-o.html');
        expect(paths.goal({ id: 'okänd' })).toBe(SITE_FILES.start);
        const [first, second] = view.goals[0]!.measures;
        expect(paths.measure(first!)).toBe('matt-skola-a.html');
        expect(paths.measure(second!)).toBe('matt-skola-a-2.html');
        expect(paths.measure(view.goals[1]!.measures[0]!)).toBe('matt-skola-a-3.html');
        expect(paths.measure({ ...measure('B'), goal: 'Skola' })).toBe(SITE_FILES.start);
    });

    it('do not reuse a fixed file name', () => {
        const view = model({ goals: [goal('X', {}, [])] });
        const taken = sitePaths({ ...view, goals: [{ ...view.goals[0]!, id: 'x' }] });
        expect(taken.goal({ id: 'x' })).toBe('mal-x.html');
        // `index` slugs to the start page's name without `mal-`: only a name the site already has is numbered.
        const clash = sitePaths(model({ goals: [goal('Index', {}, [])] }));
        expect(clash.goal({ id: 'Index' })).toBe('mal-index.html');
    });

    it('are slugs of at most 60 characters, without a hyphen at either end', () => {
        expect(slug('  --Å, ä & Ö!--  ')).toBe('a-a-o');
        const long = slug('Ett mycket långt namn på ett mål som fortsätter och fortsätter och fortsätter');
        expect(long).toBe('ett-mycket-langt-namn-pa-ett-mal-som-fortsatter-och-fortsatt');
        expect(slug('a'.repeat(59) + ' b')).toBe('a'.repeat(59));
        expect(slug('ÆØ')).toBe('sida');
        expect(slug('Mål2Budget')).toBe('mal2budget');
        expect(yearPage(2021, 2020)).toBe('ar-2021.html');
    });
});

describe('the trail', () => {
    const makeCtx = () => siteContext(fixtureInput())!;

    it('follows the goal chain from the start page', () => {
        const ctx = makeCtx();
        expect(goalTrail(ctx, 'SnabbService', 'Snabb service')).toEqual([
            { title: 'Startsida', href: 'index.html' },
            { title: 'Trygg uppväxt', href: 'mal-trygg-uppvaxt.html' },
            { title: 'Snabb service' }
        ]);
        const view = ctx.input.view.goals.find(g => g.id === 'SnabbService')!.measures[0]!;
        expect(measureTrail(ctx, view, 'Snabb service')).toEqual([
            { title: 'Startsida', href: 'index.html' },
            { title: 'Trygg uppväxt', href: 'mal-trygg-uppvaxt.html' },
            { title: 'Snabb service', href: 'mal-snabb-service.html' },
            { title: 'Svar inom en dag' }
        ]);
    });

    it('is the start page and the page for a goal the tree does not hold', () => {
        const ctx = makeCtx();
        expect(goalTrail(ctx, 'Borta', 'Borta')).toEqual([
            { title: 'Startsida', href: 'index.html' },
            { title: 'Borta' }
        ]);
    });
});

describe('the status pieces', () => {
    it('are a pill with its word, the fulfilment with the attributes the e2e test reads, and an escaped link', () => {
        expect(pill('hel')).toBe('<span class="sm-pill status-green">hel</span>');
        expect(pill('halv', true)).toBe(
            '<span class="sm-pill status-yellow">halv<span class="sm-assessed"> · bedömd</span></span>'
        );
        expect(fulfilmentHtml({ id: 'A"b', fulfilment: 0.5 }, 2019)).toBe(
            `<span class="site-percent" data-goal="A&quot;b" data-year="2019">50${NBSP}%</span>`
        );
        expect(link('a"b.html', '<mål>')).toBe('<a href="a&quot;b.html">&lt;mål&gt;</a>');
    });
});
