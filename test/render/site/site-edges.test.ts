/**
 * The site's less common cases: pages hold no text between their blocks, assessed and unassessed statuses side
 * by side, follow-ups of several years, measures that share an id across goals, results that are missing, a
 * KF goal without an inriktning, deeper goal chains, and the few rules of the open data and the folder.
 */
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../../src/fulfilment/compute.js';
import type { FollowUpView, ModelView } from '../../../src/model/model-view.js';
import type { RenderInput } from '../../../src/render/render-input.js';
import { buildSite, collectionFiles } from '../../../src/render/site/build-site.js';
import { goalNodes, siteContext } from '../../../src/render/site/site-context.js';
import { dataRows } from '../../../src/render/site/site-data.js';
import { goalPage } from '../../../src/render/site/site-goal.js';
import { listPage } from '../../../src/render/site/site-list.js';
import { siteFolderVerdict } from '../../../src/render/site/site-manifest.js';
import { measurePage } from '../../../src/render/site/site-measure.js';
import { sitePaths } from '../../../src/render/site/site-paths.js';
import { startPage } from '../../../src/render/site/site-start.js';
import { goalTrail } from '../../../src/render/site/site-trail.js';
import { goal, loc, measure, memoryData, model, points } from '../../fulfilment/helpers.js';
import { fixtureInput, fixtureModel, ROWS } from '../fixture.js';
import { koladaInput, mainOf, namedInput, page, richInput, siteOf } from './site-fixture.js';

const NBSP = '\u00a0';
const F = '/models/uppfoljning.styr';

/** Text standing between two block elements (a stray word, a joined list's separator) in any page of `site`. */
function strayText(site: Map<string, string>): string[] {
    const blocks = 'section|li|ul|ol|tr|td|th|thead|tbody|table|div|p|h[1-6]|dl|dt|dd|nav|figure|header|main|footer';
    const pattern = new RegExp(`</(?:${blocks})>([^<]*[^<\\s][^<]*)<(?:${blocks}|/(?:${blocks}))[ >]`, 'g');
    return [...site]
        .filter(([path]) => path.endsWith('.html'))
        .flatMap(([path, html]) => [...html.matchAll(pattern)].map(m => `${path}: ${m[1]}`));
}

function input(view: ModelView, years = [2018, 2019]): RenderInput {
    return { view, results: computeYears(view, memoryData(ROWS), years), year: years.at(-1)! };
}

/** A goal's or measure's follow-up entry of `year`, assessed. */
function followUp(year: number, entries: FollowUpView['entries']): FollowUpView {
    return { year, title: `Årsredovisning ${year}`, location: loc(100 + year, F), entries };
}

/**
 * The fixture with God ekonomi under the first inriktning (weight 3, assessed in 2019 and followed up in 2018),
 * Fler elever klarar skolan assessed in 2019, Behöriga followed up both years, a goal below Fler elever klarar
 * skolan, two nämnd goals outside the KF goals, a KF goal without an inriktning, and two kinds of quality note.
 */
function crowdedInput(): RenderInput {
    const plain = fixtureModel();
    const view = fixtureModel({
        vision: { id: 'Vision', title: 'Vision 2030', location: loc(3) },
        goals: [
            ...plain.goals.map(g => (g.id === 'GodEkonomi' ? { ...g, weight: 3, area: 'Trygghet' } : g)),
            goal('Djup', {
                title: 'Läsning i förskolan',
                owner: 'BUN',
                contributesTo: ['KlararSkolan'],
                location: loc(72)
            }),
            goal('Fri1', { title: 'Fri ett', owner: 'KS', location: loc(74) }, [
                measure('Tal', {
                    title: 'Talet',
                    actual: points({ 2018: 1, 2019: 2 }, 75),
                    full: 'värde >= 2',
                    location: loc(75)
                })
            ]),
            goal('Fri2', { title: 'Fri två', owner: 'KS', location: loc(76) }),
            goal('Utan', { title: 'Utan inriktning', level: 'fullmäktige', location: loc(78) })
        ],
        followUps: [
            followUp(2018, [
                {
                    kind: 'goal',
                    goal: 'GodEkonomi',
                    analysis: [{ text: 'Analys 2018.', location: loc(1, F) }],
                    actions: [],
                    location: loc(2, F)
                },
                {
                    kind: 'measure',
                    goal: 'KlararSkolan',
                    measure: 'Behöriga',
                    analysis: [{ text: 'Mått 2018.', location: loc(3, F) }],
                    actions: [],
                    location: loc(4, F)
                }
            ]),
            followUp(2019, [
                {
                    kind: 'goal',
                    goal: 'GodEkonomi',
                    assessment: { status: 'uppfyllt', motivation: 'Det räcker.', location: loc(5, F) },
                    analysis: [],
                    actions: [],
                    location: loc(6, F)
                },
                {
                    kind: 'goal',
                    goal: 'KlararSkolan',
                    assessment: { status: 'delvis', motivation: 'Halvvägs.', location: loc(7, F) },
                    analysis: [{ text: 'Analys 2019.', location: loc(8, F) }],
                    actions: [],
                    location: loc(9, F)
                },
                {
                    kind: 'measure',
                    goal: 'KlararSkolan',
                    measure: 'Behöriga',
                    analysis: [{ text: 'Mått 2019.', location: loc(10, F) }],
                    actions: [],
                    location: loc(11, F)
                }
            ])
        ]
    });
    return {
        ...input(view),
        municipalityName: 'Testby',
        dataGaps: [
            {
                file: '/models/trasig.csv',
                problem: {
                    code: 'data-file-unreadable',
                    file: '/models/trasig.csv',
                    line: 0,
                    severity: 'error',
                    message: 'Filen går inte att läsa.'
                },
                measures: []
            }
        ],
        warnings: [
            { file: '/models/test.styr', line: 44, code: 'x', message: 'Måttet Behöriga har en udda enhet.' },
            { file: '/models/test.styr', line: 45, code: 'x', message: 'Måttet Betyg har en annan udda enhet.' },
            {
                file: '/models/test.styr',
                line: 60,
                code: 'y',
                message: 'Inget följer upp fullmäktigemålet TryggUppväxt: inget mått och inget nämndmål.'
            }
        ]
    };
}

describe('every page', () => {
    it('is read for stray text between blocks', () => {
        const html =
            '<main id="innehall" class="site-main" tabindex="-1"><p>a</p>Lös text<p>b</p><ul><li>c</li> </ul></section>Sist</main>';
        expect(strayText(new Map([['x.html', html]]))).toEqual(['x.html: Lös text', 'x.html: Sist']);
    });

    it('has no text between its blocks, whatever the model holds', () => {
        for (const made of [namedInput(), richInput(), koladaInput(), crowdedInput()]) {
            expect(strayText(siteOf(made))).toEqual([]);
        }
        const view = model({
            title: 'Liten',
            goals: [goal('Ett', { title: 'Ett mål', level: 'fullmäktige' })]
        });
        expect(strayText(siteOf(input(view, [2019])))).toEqual([]);
        const twoParents = fixtureModel({
            goals: fixtureModel().goals.map(g =>
                g.id === 'SnabbService' ? { ...g, contributesTo: ['TryggUppväxt', 'GodEkonomi'] } : g
            )
        });
        expect(strayText(siteOf(input(twoParents)))).toEqual([]);
    });

    it('has no follow-up section for a goal or measure without a result one year and no follow-up', () => {
        const made = namedInput();
        made.results[0]!.goals = made.results[0]!.goals.filter(g => g.id !== 'GodEkonomi');
        made.results[0]!.measures = made.results[0]!.measures.filter(m => m.id !== 'Resultat');
        const site = siteOf(made);
        expect(mainOf(page(site, 'mal-god-ekonomi.html'))).toMatch(/<\/section>$/);
        expect(page(site, 'mal-god-ekonomi.html')).not.toContain('uppfoljning');
        expect(page(site, 'matt-god-ekonomi-resultat.html')).not.toContain('uppfoljning');
        expect(strayText(site)).toEqual([]);
    });
});

describe('statuses, assessed or not, where they appear', () => {
    it('on the start page, each KF goal of an inriktning with its own trend, motivation and weight', () => {
        const main = mainOf(page(siteOf(crowdedInput()), 'index.html'));
        expect(main).toContain(
            '<ul class="site-goals"><li class="site-goal"><h3><a href="mal-trygg-uppvaxt.html">Trygg uppväxt</a></h3>' +
                `<p class="site-figures"><span class="sm-pill status-red">ej uppfyllt</span> <span class="site-percent" data-goal="TryggUppväxt" data-year="2019">25${NBSP}%</span> ` +
                '<span class="site-trend site-trend-worse"><span aria-hidden="true">↓</span> sämre än 2018</span></p><p class="site-motivation">vikt 1</p></li><li class="site-goal">'
        );
        expect(main).toContain(
            '<li class="site-goal"><h3><a href="mal-god-ekonomi.html">God ekonomi</a></h3>' +
                '<p class="site-figures"><span class="sm-pill status-green">uppfyllt<span class="sm-assessed"> · bedömd</span></span> ' +
                `<span class="site-percent" data-goal="GodEkonomi" data-year="2019">100${NBSP}%</span> ` +
                '<span class="site-trend site-trend-same"><span aria-hidden="true">→</span> oförändrat sedan 2018</span></p>' +
                '<p class="site-motivation">Det räcker.</p><p class="site-motivation">vikt 3</p></li></ul>'
        );
    });

    it('on a goal page, an unassessed status plain and an assessed contributor marked', () => {
        const site = siteOf(crowdedInput());
        expect(mainOf(page(site, 'mal-snabb-service.html'))).toContain(
            `<h1>Snabb service</h1><p class="site-status">2019: <span class="sm-pill status-red">ej uppfyllt</span> <span class="site-percent" data-goal="SnabbService" data-year="2019">0${NBSP}%</span> uppfyllelse</p>`
        );
        expect(mainOf(page(site, 'mal-trygg-uppvaxt.html'))).toContain(
            '<li><h3><a href="mal-klarar-skolan.html">Fler elever klarar skolan</a></h3><p class="site-figures"><span class="sm-pill status-yellow">delvis<span class="sm-assessed"> · bedömd</span></span> '
        );
    });

    it('on a measure page, an assessed status marked', () => {
        expect(mainOf(page(siteOf(richInput()), 'matt-klarar-skolan-behoriga.html'))).toContain(
            `<h1>Behöriga till gymnasiet</h1><p class="site-status">2019: <span class="sm-pill status-green">hel<span class="sm-assessed"> · bedömd</span></span> <span class="site-value">90,5${NBSP}%</span></p>`
        );
    });
});

describe('follow-ups of several years', () => {
    it('are shown newest first on the goal’s and the measure’s page', () => {
        const site = siteOf(crowdedInput());
        const goalMain = mainOf(page(site, 'mal-god-ekonomi.html'));
        expect(goalMain.indexOf('id="uppfoljning-2019"')).toBeGreaterThan(0);
        expect(goalMain.indexOf('id="uppfoljning-2019"')).toBeLessThan(goalMain.indexOf('id="uppfoljning-2018"'));
        expect(goalMain).toContain('<h3 id="uppfoljning-2018">2018: Årsredovisning 2018</h3>');
        const measureMain = mainOf(page(site, 'matt-klarar-skolan-behoriga.html'));
        expect(measureMain.indexOf('Mått 2019.')).toBeGreaterThan(0);
        expect(measureMain.indexOf('Mått 2019.')).toBeLessThan(measureMain.indexOf('Mått 2018.'));
    });

    it('without the follow-up’s title have just the year', () => {
        const ctx = siteContext(crowdedInput())!;
        delete ctx.tree.result.followUp;
        delete ctx.treeOf(2018).result.followUp;
        const goalView = ctx.input.view.goals.find(g => g.id === 'GodEkonomi')!;
        expect(goalPage(ctx, goalView).html).toContain('<h3 id="uppfoljning-2019">2019</h3>');
        const measureView = ctx.input.view.goals.find(g => g.id === 'KlararSkolan')!.measures[0]!;
        expect(measurePage(ctx, measureView).html).toContain('<h3 id="uppfoljning-2018">2018</h3>');
    });
});

describe('measures that share an id across goals', () => {
    it('each show their own result on the goal’s and the measure’s page', () => {
        const view = model({
            title: 'Dubbel',
            goals: [
                goal('A', { title: 'Mål A' }, [
                    measure('M', { title: 'Mått i A', actual: points({ 2019: 1 }, 3), full: 'värde >= 5' })
                ]),
                goal('B', { title: 'Mål B' }, [
                    measure('M', { title: 'Mått i B', actual: points({ 2019: 7 }, 6), full: 'värde >= 5' })
                ])
            ]
        });
        const site = siteOf(input(view, [2019]));
        expect(mainOf(page(site, 'mal-b.html'))).toContain(
            '<a href="matt-b-m.html">Mått i B</a></h3><p class="site-figures"><span class="sm-pill status-green">hel</span> <span class="site-value">7</span>'
        );
        expect(mainOf(page(site, 'matt-b-m.html'))).toContain(
            '<p class="site-status">2019: <span class="sm-pill status-green">hel</span> <span class="site-value">7</span></p>'
        );
        expect(mainOf(page(site, 'mal-a.html'))).toContain(
            '<a href="matt-a-m.html">Mått i A</a></h3><p class="site-figures"><span class="sm-pill status-red">ingen</span> <span class="site-value">1</span>'
        );
        expect(mainOf(page(site, 'matt-a-m.html'))).toContain(
            '<p class="site-status">2019: <span class="sm-pill status-red">ingen</span> <span class="site-value">1</span></p>'
        );
    });
});

describe('results that are missing', () => {
    it('leave a measure or a contributing goal without figures on the goal page', () => {
        const ctx = siteContext(namedInput())!;
        const lone = goalPage(ctx, goal('Annat', { title: 'Annat' }, [measure('X', { title: 'Utan resultat' })]));
        expect(mainOf(lone.html)).toContain(
            '<section><h2 id="matt">Mått 2019</h2><ul class="site-list"><li><h3><a href="index.html">Utan resultat</a></h3></li></ul></section>'
        );
        ctx.tree.result.goals = ctx.tree.result.goals.filter(g => g.id !== 'KlararSkolan');
        const top = goalPage(ctx, ctx.input.view.goals.find(g => g.id === 'TryggUppväxt')!);
        expect(mainOf(top.html)).toContain(
            '<ul class="site-list"><li><h3><a href="mal-klarar-skolan.html">Fler elever klarar skolan</a></h3></li><li><h3><a href="mal-snabb-service.html">Snabb service</a></h3><p class="site-figures">'
        );
    });

    it('leave out a contributor the model does not have', () => {
        const ctx = siteContext(namedInput())!;
        const result = ctx.tree.result.goals.find(g => g.id === 'TryggUppväxt')!;
        result.contributors = ['Borta', ...result.contributors];
        const main = mainOf(goalPage(ctx, ctx.input.view.goals.find(g => g.id === 'TryggUppväxt')!).html);
        expect(main).toContain(
            '<h2 id="bidragande">Mål som bidrar 2019</h2><ul class="site-list"><li><h3><a href="mal-klarar-skolan.html">'
        );
    });

    it('are saknas in the A–Ö list', () => {
        const ctx = siteContext(namedInput())!;
        ctx.tree.result.goals = ctx.tree.result.goals.filter(g => g.id !== 'GodEkonomi');
        ctx.tree.result.measures = ctx.tree.result.measures.filter(m => m.id !== 'Svar');
        const main = mainOf(listPage(ctx).html);
        expect(main).toContain(
            '<a href="mal-god-ekonomi.html">God ekonomi</a> <span class="site-muted">(fullmäktigemål, saknas 2019)</span>'
        );
        expect(main).toContain(
            '<a href="matt-snabb-service-svar.html">Svar inom en dag</a> <span class="site-muted">(mått i Snabb service, saknas 2019)</span>'
        );
    });

    it('are saknas in the start page’s table over the years', () => {
        const ctx = siteContext(namedInput())!;
        const older = ctx.treeOf(2018);
        older.result.goals = older.result.goals.filter(g => g.id !== 'GodEkonomi');
        expect(startPage(ctx, 2019).html).toContain(
            '<th scope="row"><a href="mal-god-ekonomi.html">God ekonomi</a></th><td>saknas</td><td><span class="sm-pill status-yellow">delvis</span>'
        );
    });

    it('give no open data row for the year', () => {
        const made = namedInput();
        made.results[0]!.measures = made.results[0]!.measures.filter(m => m.id !== 'Resultat');
        const rows = dataRows(siteContext(made)!).filter(r => r.measure === 'Resultat');
        expect(rows.map(r => r.year)).toEqual([2019]);
    });
});

describe('a target in some years only', () => {
    it('adds the target column with a dash in the other years', () => {
        const view = model({
            title: 'Mål',
            goals: [
                goal('G', { title: 'Målet' }, [
                    measure('M', {
                        title: 'Måttet',
                        actual: points({ 2018: 40, 2019: 60 }, 3),
                        target: points({ 2019: 50 }, 5),
                        full: 'skillnad mot målvärde >= 0'
                    })
                ])
            ]
        });
        const main = mainOf(page(siteOf(input(view)), 'matt-g-m.html'));
        expect(main).toContain('<th scope="col">Värde</th><th scope="col">Målvärde</th><th scope="col">Status</th>');
        expect(main).toContain('data-year="2019">60</td><td>50</td><td>');
        expect(main).toContain('data-year="2018">40</td><td>–</td><td>');
    });
});

describe('the start page of a fuller model', () => {
    it('gives an inriktning without a figure a dash, a vision without a description just its figures', () => {
        const main = mainOf(
            page(
                siteOf(
                    fixtureInput({ municipality: undefined, vision: { id: 'V', title: 'Visionen', location: loc(3) } })
                ),
                'index.html'
            )
        );
        expect(main).toContain(
            '<h2 id="omrade-2p1m2c363d2v2v2w2t38">Inriktning: Trygghet och lärande</h2><p class="site-figures"><span class="sm-pill status-grey">saknas</span> <span class="site-percent">–</span> '
        );
        expect(main).toContain(
            '<section class="site-vision"><h2 id="vision">Vision: Visionen</h2><p class="site-figures">'
        );
    });

    it('groups the KF goals without an inriktning, and lists every nämnd goal outside them', () => {
        const main = mainOf(page(siteOf(crowdedInput()), 'index.html'));
        expect(main).toMatch(
            /<section class="site-area"><h2 id="omrade-[0-9a-z]+">[^<]+<\/h2><p class="site-figures">[^]*?<a href="mal-utan.html">Utan inriktning<\/a>/
        );
        expect(main).toContain(
            '<section><h2 id="utan-kf">Nämndmål utan fullmäktigemål</h2><ul class="site-goals"><li class="site-goal"><h3><a href="mal-fri1.html">Fri ett</a></h3>'
        );
        expect(main).toMatch(
            /<a href="mal-fri1.html">Fri ett<\/a>[^]*?<\/li><li class="site-goal"><h3><a href="mal-fri2.html">Fri två<\/a>/
        );
    });

    it('has no table over the years without KF goals', () => {
        const view = model({ title: 'Bara nämnd', goals: [goal('N', { title: 'Nämndens mål' })] });
        const html = startPage(siteContext(input(view))!, 2019).html;
        expect(html).not.toContain('over-tid');
        expect(html).toContain('<section><h2 id="utan-kf">Nämndmål utan fullmäktigemål</h2>');
    });

    it('lists each quality note under its heading', () => {
        const main = mainOf(page(siteOf(crowdedInput()), 'index.html'));
        expect(main).toMatch(
            /<section class="site-quality"><h2 id="bilaga">Bilaga: Kvalitetskontroll<\/h2><p>[^<]*<\/p><h3>[^<]+<\/h3><ul><li>[^<]+<\/li>(<li>[^<]+<\/li>)*<\/ul><h3>[^<]+<\/h3><ul><li>/
        );
        expect(main).toContain(
            '<li>Måttet ”Behöriga till gymnasiet” har en udda enhet.</li><li>Måttet ”Godkända betyg i alla ämnen” har en annan udda enhet.</li>'
        );
    });
});

describe('the goal chain', () => {
    it('leads through every goal above, the first place a goal appears', () => {
        const ctx = siteContext(crowdedInput())!;
        expect(goalTrail(ctx, 'Djup', 'Läsning i förskolan')).toEqual([
            { title: 'Startsida', href: 'index.html' },
            { title: 'Trygg uppväxt', href: 'mal-trygg-uppvaxt.html' },
            { title: 'Fler elever klarar skolan', href: 'mal-klarar-skolan.html' },
            { title: 'Läsning i förskolan' }
        ]);
        const view = fixtureModel({
            goals: fixtureModel().goals.map(g =>
                g.id === 'SnabbService' ? { ...g, contributesTo: ['TryggUppväxt', 'GodEkonomi'] } : g
            )
        });
        const twice = siteContext(input(view))!;
        const first = twice.tree.areas[0]!.goals[0]!.children.find(c => c.view.id === 'SnabbService');
        expect(first).toBeDefined();
        expect(goalNodes(twice.tree).get('SnabbService')).toBe(first);
    });
});

describe('the pieces around the pages', () => {
    it('name Kolada in the footer of a site with Kolada values', () => {
        expect(page(siteOf(koladaInput()), 'index.html')).toContain(
            '(<a href="oppna-data.html">om filerna</a>).</p><p>Källa: Kolada (RKA): många av värdena kommer från Kolada, Rådet för främjande av kommunala analysers databas.</p><p>Webbplatsen är skriven'
        );
    });

    it('fold only a trailing index.html into its folder in the sitemap of several models', () => {
        const files = collectionFiles([{ folder: 'a', title: 'A' }], ['a/index.html', 'a/index.html.sv'], {
            baseUrl: 'https://x.se'
        });
        const map = files.find(f => f.path === 'sitemap.xml')!.content;
        expect(map).toContain('<loc>https://x.se/a/index.html.sv</loc>');
        expect(map).toContain('<loc>https://x.se/a/</loc>');
    });

    it('refuse a manifest of another program even when it lists files', () => {
        expect(siteFolderVerdict(['index.html'], '{"generator": "annat", "files": ["index.html"]}', 'ut').kind).toBe(
            'refused'
        );
    });

    it('keep the first page name of a measure whose goal the model lists twice', () => {
        const view = model({ goals: [goal('S', {}, [measure('A')]), goal('S', {}, [measure('A')])] });
        expect(sitePaths(view).measure(view.goals[1]!.measures[0]!)).toBe('matt-s-a.html');
    });

    it('build a site of a model without goals', () => {
        const view = model({ title: 'Tom' });
        const files = buildSite(input(view, [2019]))!;
        expect(files.map(f => f.path)).toContain('index.html');
    });
});
