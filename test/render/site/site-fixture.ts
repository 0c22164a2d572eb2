/**
 * The render fixture (test/render/fixture.ts) as a site: the pages by file name, and the pieces the site's tests
 * read out of a page (its main content, the text between two markers).
 */
import { computeYears } from '../../../src/fulfilment/compute.js';
import type { ModelView } from '../../../src/model/model-view.js';
import type { RenderInput } from '../../../src/render/render-input.js';
import { buildSite, type SiteOptions } from '../../../src/render/site/build-site.js';
import { goal, loc, measure, memoryData, points } from '../../fulfilment/helpers.js';
import { fixtureInput, fixtureModel, ROWS } from '../fixture.js';

/** The fixture with its municipality named in the data, as the CLI hands it over. */
export function namedInput(overrides: Partial<ModelView> = {}, year = 2019): RenderInput {
    return { ...fixtureInput({ municipality: '1881', ...overrides }, year), municipalityName: 'Testby' };
}

/** Every file of the site by path. */
export function siteOf(input: RenderInput, options: SiteOptions = {}): Map<string, string> {
    const files = buildSite(input, { baseDir: '/models', ...options });
    if (!files) throw new Error('no site');
    return new Map(files.map(file => [file.path, file.content]));
}

/** One file of the site; fails the test when the site has no such file. */
export function page(site: Map<string, string>, path: string): string {
    const text = site.get(path);
    if (text === undefined) throw new Error(`no ${path} in ${[...site.keys()].join(', ')}`);
    return text;
}

/** The page's `<main>` content. */
export function mainOf(html: string): string {
    const match = /<main id="innehall" class="site-main" tabindex="-1">([\s\S]*)<\/main>/.exec(html);
    if (!match) throw new Error('no main');
    return match[1]!;
}

/**
 * The fixture with what its plain form lacks: an inriktning without goals and one with a description, a nämnd
 * goal outside the KF goals, goals and measures of different weights, a follow-up that assesses a KF goal, and a
 * warning for the quality appendix.
 */
export function richInput(): RenderInput {
    const plain = fixtureModel();
    const goals = plain.goals.map(g => {
        if (g.id === 'KlararSkolan') return { ...g, weight: 2 };
        if (g.id === 'GodEkonomi') return { ...g, description: 'Ekonomin ska bära välfärden.' };
        return g;
    });
    const view = fixtureModel({
        municipality: '1881',
        areas: [
            { ...plain.areas[0]!, description: 'Barn och unga ska växa upp tryggt.' },
            plain.areas[1]!,
            { id: 'Kultur', title: 'Kultur och fritid', location: loc(7) }
        ],
        goals: [
            ...goals,
            goal('Ensam', { title: 'Öppna bibliotek', owner: 'KS', location: loc(80) }, [
                measure('Timmar', {
                    title: 'Öppettimmar i veckan',
                    actual: points({ 2018: 40, 2019: 44 }, 82),
                    full: 'värde >= 42',
                    weight: 3,
                    location: loc(81)
                }),
                measure('Besök', {
                    title: 'Besök per invånare',
                    actual: points({ 2018: 5, 2019: 4 }, 86),
                    full: 'värde >= 6',
                    half: 'värde >= 4',
                    location: loc(85)
                })
            ])
        ],
        followUps: [
            {
                year: 2019,
                title: 'Årsredovisning 2019',
                location: loc(100, '/models/uppfoljning.styr'),
                entries: [
                    {
                        kind: 'goal',
                        goal: 'GodEkonomi',
                        assessment: {
                            status: 'uppfyllt',
                            motivation: 'Överskottet räcker. Investeringarna väntar.',
                            location: loc(102, '/models/uppfoljning.styr')
                        },
                        analysis: [{ text: 'Skatteintäkterna ökade.', location: loc(103, '/models/uppfoljning.styr') }],
                        actions: [],
                        location: loc(101, '/models/uppfoljning.styr')
                    },
                    {
                        kind: 'measure',
                        goal: 'KlararSkolan',
                        measure: 'Behöriga',
                        assessment: {
                            status: 'hel',
                            motivation: 'Elfte plats av 31: en från målet.',
                            location: loc(109, '/models/uppfoljning.styr')
                        },
                        analysis: [],
                        actions: [{ text: 'Läxhjälp i alla skolor.', location: loc(110, '/models/uppfoljning.styr') }],
                        location: loc(108, '/models/uppfoljning.styr')
                    }
                ]
            }
        ]
    });
    return {
        view,
        results: computeYears(view, memoryData(ROWS), [2018, 2019]),
        year: 2019,
        municipalityName: 'Testby',
        warnings: [{ file: '/models/test.styr', line: 44, code: 'x', message: 'Måttet Behöriga har en udda enhet.' }]
    };
}

/**
 * The fixture with one more nämnd goal whose measure takes Kolada's KPI `N15419` with a `målvärde` each year, and
 * a measure without a goal result of its own (a Kolada KPI with its own `utfall`, which is not from Kolada).
 */
export function koladaInput(): RenderInput {
    const view = fixtureModel({
        municipality: '1881',
        goals: [
            ...fixtureModel().goals,
            goal(
                'Lasning',
                { title: 'Läsning "för" alla', owner: 'BUN', contributesTo: ['TryggUppväxt'], location: loc(90) },
                [
                    measure('Lasare', {
                        title: 'Läsförståelse åk 4',
                        kpi: 'N15419',
                        unit: '%',
                        direction: 'higher',
                        target: points({ 2018: 70, 2019: 75.5 }, 93),
                        full: 'skillnad mot målvärde >= 0',
                        location: loc(91)
                    }),
                    measure('Egen', {
                        title: 'Egen mätning, utan Kolada',
                        kpi: 'U21468',
                        actual: points({ 2019: 3 }, 96),
                        location: loc(95)
                    })
                ]
            )
        ]
    });
    const rows: typeof ROWS = [...ROWS, ['N15419', '1881', 2018, 72], ['N15419', '1881', 2019, 74]];
    return {
        view,
        results: computeYears(view, memoryData(rows), [2018, 2019]),
        year: 2019,
        municipalityName: 'Testby'
    };
}
