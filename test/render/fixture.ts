/**
 * A small model with every kind of node the renderers draw: a vision, two inriktningar, a kommunövergripande
 * KF goal with its own measure, committee goals owned by a nämnd and a förvaltning, and measures that end hel,
 * halv, ingen, saknas and ej bedömd, over two years. Computed by the real engine.
 */
import { computeYears } from '../../src/fulfilment/compute.js';
import { modelResults } from '../../src/fulfilment/model-results.js';
import type { FollowUpDate } from '../../src/model/follow-up-date.js';
import type { FollowUpEntryView, FollowUpView, ModelView } from '../../src/model/model-view.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { goal, loc, measure, memoryData, model, points, type Row } from '../fulfilment/helpers.js';

export const OWN = '1881';

function population(kpi: string, year: number, own: number): Row[] {
    const rows: Row[] = [];
    for (let i = 0; i < 30; i++) {
        rows.push([kpi, String(1801 + i), year, 100 - i]);
    }
    rows.push([kpi, OWN, year, own]);
    return rows;
}

export const ROWS: Row[] = [
    // N1: 1881 ranks 13th of 31 in 2018 and 11th of 31 in 2019: halv both years (hel needs the top 10).
    ...population('N1', 2018, 88),
    ...population('N1', 2019, 90.5),
    ['N2', OWN, 2018, 85.25],
    ['N2', OWN, 2019, 87.5],
    ['N4', OWN, 2018, 65],
    ['N4', '0000', 2018, 68],
    ['N4', OWN, 2019, 60],
    ['N4', '0000', 2019, 70],
    ['N3', '1801', 2019, 12]
];

export function fixtureModel(overrides: Partial<ModelView> = {}): ModelView {
    return model({
        id: 'Testkommun',
        title: 'Testkommuns styrmodell',
        vision: { id: 'Vision', title: 'Vision 2030', description: 'Ett gott liv i hela kommunen.', location: loc(3) },
        areas: [
            { id: 'Trygghet', title: 'Trygghet och lärande', location: loc(5) },
            { id: 'Ekonomi', title: 'Ekonomi och medarbetare', location: loc(6) }
        ],
        committees: [
            { id: 'KS', title: 'Kommunstyrelsen', location: loc(8) },
            { id: 'BUN', title: 'Barn- och utbildningsnämnden', location: loc(9) }
        ],
        administrations: [{ id: 'KLF', title: 'Kommunledningsförvaltningen', committee: 'KS', location: loc(10) }],
        goals: [
            goal('TryggUppväxt', {
                title: 'Trygg uppväxt',
                level: 'fullmäktige',
                area: 'Trygghet',
                contributesTo: ['Vision'],
                location: loc(20)
            }),
            goal(
                'GodEkonomi',
                {
                    title: 'God ekonomi',
                    level: 'fullmäktige',
                    area: 'Ekonomi',
                    contributesTo: ['Vision'],
                    municipalityWide: true,
                    location: loc(30)
                },
                [
                    measure('Resultat', {
                        title: 'Resultat i förhållande till skatteintäkter',
                        unit: '%',
                        direction: 'higher',
                        actual: points({ 2018: 2.1, 2019: 1.4 }, 34),
                        full: 'värde >= 2',
                        half: 'värde >= 1',
                        location: loc(32)
                    })
                ]
            ),
            goal(
                'KlararSkolan',
                {
                    title: 'Fler elever klarar skolan',
                    owner: 'BUN',
                    contributesTo: ['TryggUppväxt'],
                    location: loc(40)
                },
                [
                    measure('Behöriga', {
                        title: 'Behöriga till gymnasiet',
                        kpi: 'N1',
                        unit: '%',
                        direction: 'higher',
                        full: 'rang <= 10',
                        half: 'rang <= 20',
                        location: loc(42)
                    }),
                    measure('Betyg', {
                        title: 'Godkända betyg i alla ämnen',
                        kpi: 'N2',
                        unit: '%',
                        direction: 'higher',
                        full: 'värde >= 87,5',
                        location: loc(48)
                    }),
                    measure('Saknad', {
                        title: 'Elevenkät: trygghet',
                        kpi: 'N3',
                        unit: '%',
                        direction: 'higher',
                        full: 'värde >= 90',
                        location: loc(52)
                    })
                ]
            ),
            goal(
                'SnabbService',
                { title: 'Snabb service', owner: 'KLF', contributesTo: ['TryggUppväxt'], location: loc(60) },
                [
                    measure('Svar', {
                        title: 'Svar inom en dag',
                        kpi: 'N4',
                        unit: '%',
                        direction: 'higher',
                        full: 'skillnad mot riket >= 0',
                        half: 'skillnad mot riket >= -5',
                        location: loc(62)
                    }),
                    measure('Notering', {
                        title: 'Antal synpunkter',
                        actual: points({ 2018: 12, 2019: 9 }, 70),
                        location: loc(68)
                    })
                ]
            )
        ],
        ...overrides
    });
}

export function fixtureInput(overrides: Partial<ModelView> = {}, year = 2019): RenderInput {
    const view = fixtureModel(overrides);
    return { view, results: computeYears(view, memoryData(ROWS), [2018, 2019]), year };
}

/** The fixture with these follow-ups, and its results for 2019 as the report shows them (as of `per`, if given). */
export function followUpFixtureInput(followUps: FollowUpView[], per?: FollowUpDate): RenderInput {
    const view = fixtureModel({ followUps });
    return { view, ...modelResults(view, { lookup: memoryData(ROWS), problems: [] }, 2019, per) };
}

export const PER_AUGUST = { day: 31, month: 8 };

/**
 * The delårsrapport per 31 augusti 2019 in `file` (lines 1–4): GodEkonomi judged delvis with the forecast
 * uppfyllt, then `more` entries.
 */
export function interimGodEkonomi(file: string, more: FollowUpEntryView[] = []): FollowUpView {
    return {
        year: 2019,
        per: PER_AUGUST,
        title: 'Delårsrapport 2019',
        location: loc(1, file),
        entries: [
            {
                kind: 'goal',
                goal: 'GodEkonomi',
                assessment: { status: 'delvis', motivation: 'Halvvägs.', location: loc(2, file) },
                forecast: { status: 'uppfyllt', motivation: 'Det vänder.', location: loc(3, file) },
                analysis: [],
                actions: [],
                location: loc(4, file)
            },
            ...more
        ]
    };
}
