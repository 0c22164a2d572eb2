import { describe, expect, it } from 'vitest';
import { diffModels } from '../../src/diff/index.js';
import {
    type Condition,
    DEFAULT_BOUNDS,
    type GoalView,
    type MeasureView,
    type ModelView,
    type ThresholdLine
} from '../../src/model/model-view.js';

const at = { file: 'm.styr', line: 1, column: 1, endLine: 1, endColumn: 1 };

function measure(id: string, goal: string, overrides: Partial<MeasureView> = {}): MeasureView {
    return {
        id,
        title: `Mått ${id}`,
        goal,
        gender: 'T',
        weight: 1,
        direction: 'higher',
        kpi: 'U1',
        location: at,
        thresholds: [
            full({ parts: [{ base: { kind: 'value' }, operator: '>=', value: 90, location: at }], location: at })
        ],
        ...overrides
    };
}

function full(condition: Condition, from?: number): ThresholdLine {
    return from === undefined
        ? { level: 'full', condition, location: at }
        : { level: 'full', condition, from, location: at };
}

function goal(id: string, overrides: Partial<GoalView> = {}): GoalView {
    return {
        id,
        title: `Mål ${id}`,
        level: 'nämnd',
        contributesTo: ['Kf'],
        owner: 'KS',
        municipalityWide: false,
        programmes: [],
        weight: 1,
        measures: [],
        location: at,
        ...overrides
    };
}

function model(goals: GoalView[], overrides: Partial<ModelView> = {}): ModelView {
    return {
        id: 'T',
        title: 'Test',
        municipality: '1881',
        year: 2019,
        dataSources: [],
        bounds: { ...DEFAULT_BOUNDS },
        areas: [],
        programmes: [],
        committees: [],
        administrations: [],
        groups: [],
        goals,
        followUps: [],
        files: ['m.styr'],
        location: at,
        ...overrides
    };
}

const base = model([
    goal('Kf', { level: 'fullmäktige', contributesTo: ['V'], owner: undefined }),
    goal('A', { measures: [measure('M', 'A'), measure('N', 'A')] })
]);

describe('diffModels', () => {
    it.each<[string, ModelView, Array<{ kind: string; id: string; weakened?: boolean }>]>([
        ['nothing changed', base, []],
        ['a goal added', model([...base.goals, goal('B')]), [{ kind: 'goal-added', id: 'B' }]],
        [
            'a goal removed',
            model([base.goals[0]]),
            [
                { kind: 'goal-removed', id: 'A' },
                { kind: 'measure-removed', id: 'A.M' },
                { kind: 'measure-removed', id: 'A.N' }
            ]
        ],
        [
            'a goal renamed keeps its title',
            model([base.goals[0], goal('A2', { title: 'Mål A', measures: [measure('M', 'A2'), measure('N', 'A2')] })]),
            [{ kind: 'goal-renamed', id: 'A2' }]
        ],
        [
            'a goal moved to another KF goal',
            model([base.goals[0], { ...base.goals[1], contributesTo: ['Kf2'] }]),
            [{ kind: 'goal-moved', id: 'A' }]
        ],
        [
            'a new owner',
            model([base.goals[0], { ...base.goals[1], owner: 'BUN' }]),
            [{ kind: 'goal-owner-changed', id: 'A' }]
        ],
        [
            'a measure moved to another goal',
            model([
                base.goals[0],
                goal('A', { measures: [measure('N', 'A')] }),
                goal('B', { title: 'Annat', measures: [measure('M', 'B')] })
            ]),
            [
                { kind: 'goal-added', id: 'B' },
                { kind: 'measure-moved', id: 'B.M' }
            ]
        ],
        [
            'a lowered target is weakened',
            model([
                base.goals[0],
                goal('A', {
                    measures: [
                        measure('M', 'A', {
                            thresholds: [
                                full({
                                    parts: [{ base: { kind: 'value' }, operator: '>=', value: 80, location: at }],
                                    location: at
                                })
                            ]
                        }),
                        measure('N', 'A')
                    ]
                })
            ]),
            [{ kind: 'threshold-changed', id: 'A.M.hel', weakened: true }]
        ],
        [
            'a direction changed',
            model([
                base.goals[0],
                goal('A', { measures: [measure('M', 'A', { direction: 'lower' }), measure('N', 'A')] })
            ]),
            [{ kind: 'direction-changed', id: 'A.M' }]
        ],
        [
            'a weight changed',
            model([base.goals[0], goal('A', { measures: [measure('M', 'A', { weight: 2 }), measure('N', 'A')] })]),
            [{ kind: 'measure-weight-changed', id: 'A.M' }]
        ],
        [
            'a data source changed',
            model(base.goals, { dataSources: [{ path: 'd.csv', resolvedPath: '/d.csv', location: at }] }),
            [{ kind: 'data-source-added', id: 'd.csv' }]
        ],
        [
            'a lower uppfyllt bound is weakened',
            model(base.goals, { bounds: { achieved: 0.7, partly: 0.5 } }),
            [{ kind: 'bounds-changed', id: 'bedömning.uppfyllt', weakened: true }]
        ]
    ])('%s', (_name, after, expected) => {
        const changes = diffModels({ before: base, after });
        expect(changes.map(c => ({ kind: c.kind, id: c.id, ...(c.weakened ? { weakened: true } : {}) }))).toEqual(
            expected
        );
    });

    it('gives text forms as a planner writes them', () => {
        const after = model([
            base.goals[0],
            goal('A', {
                measures: [
                    measure('M', 'A', {
                        thresholds: [
                            full({
                                parts: [{ base: { kind: 'rank' }, operator: '<=', value: 10, location: at }],
                                location: at
                            })
                        ]
                    }),
                    measure('N', 'A')
                ]
            })
        ]);
        const [threshold] = diffModels({ before: base, after });
        expect([threshold.before, threshold.after]).toEqual(['hel när värde >= 90', 'hel när rang <= 10']);
    });
});

/** What each change says before and after, as `diff --format json` prints it (CLI.md "diff"). */
describe('diffModels: the texts of each change', () => {
    const only = (after: ModelView, before: ModelView = base) =>
        diffModels({ before, after }).map(({ kind, id, before: b, after: a, weakened, raised }) => ({
            kind,
            id,
            before: b,
            after: a,
            weakened,
            ...(raised === undefined ? {} : { raised })
        }));

    it('a model added or removed as a whole, and nothing when neither side has one', () => {
        expect(diffModels({})).toEqual([]);
        expect(diffModels({ after: base })).toEqual([
            { kind: 'model-added', id: 'T', before: null, after: 'Test', weakened: false }
        ]);
        expect(diffModels({ before: base })).toEqual([
            { kind: 'model-removed', id: 'T', before: 'Test', after: null, weakened: false }
        ]);
    });

    it('the municipality and the year of the header', () => {
        expect(only(model(base.goals, { municipality: '1880', year: 2020 }))).toEqual([
            { kind: 'municipality-changed', id: 'T', before: '1881', after: '1880', weakened: false },
            { kind: 'year-changed', id: 'T', before: '2019', after: '2020', weakened: false }
        ]);
        expect(only(model(base.goals, { year: undefined }))).toEqual([
            { kind: 'year-changed', id: 'T', before: '2019', after: null, weakened: false }
        ]);
    });

    it('a bound raised or lowered, in the words of the bedömning line', () => {
        expect(only(model(base.goals, { bounds: { achieved: 0.8, partly: 0.4 } }))).toEqual([
            {
                kind: 'bounds-changed',
                id: 'bedömning.uppfyllt',
                before: 'uppfyllt >= 75\u00a0%',
                after: 'uppfyllt >= 80\u00a0%',
                weakened: false,
                raised: true
            },
            {
                kind: 'bounds-changed',
                id: 'bedömning.delvis',
                before: 'delvis >= 50\u00a0%',
                after: 'delvis >= 40\u00a0%',
                weakened: true,
                raised: false
            }
        ]);
    });

    it('data sources removed, added, and given another nyckeltal', () => {
        const source = (path: string, kpi?: string) => ({
            path,
            resolvedPath: `/${path}`,
            location: at,
            ...(kpi ? { kpi } : {})
        });
        const before = model(base.goals, { dataSources: [source('a.csv'), source('b.json', 'N1')] });
        const after = model(base.goals, { dataSources: [source('b.json', 'N2'), source('c.csv')] });
        expect(only(after, before)).toEqual([
            { kind: 'data-source-removed', id: 'a.csv', before: 'a.csv', after: null, weakened: false },
            {
                kind: 'data-source-changed',
                id: 'b.json',
                before: 'b.json nyckeltal N1',
                after: 'b.json nyckeltal N2',
                weakened: false
            },
            { kind: 'data-source-added', id: 'c.csv', before: null, after: 'c.csv', weakened: false }
        ]);
        expect(only(before, before)).toEqual([]);
    });

    it('the vision renamed, retitled, added and removed', () => {
        const vision = (id: string, title: string) => ({ vision: { id, title, location: at } });
        const withVision = model(base.goals, vision('V', 'Ett bra liv'));
        expect(only(model(base.goals, vision('V', 'Ett bättre liv')), withVision)).toEqual([
            { kind: 'vision-changed', id: 'V', before: 'Ett bra liv', after: 'Ett bättre liv', weakened: false }
        ]);
        expect(only(model(base.goals, vision('V2', 'Ett bra liv')), withVision)).toEqual([
            { kind: 'vision-changed', id: 'V2', before: 'Ett bra liv', after: 'Ett bra liv', weakened: false }
        ]);
        expect(only(base, withVision)).toEqual([
            { kind: 'vision-changed', id: 'V', before: 'Ett bra liv', after: null, weakened: false }
        ]);
        expect(only(withVision, base)).toEqual([
            { kind: 'vision-changed', id: 'V', before: null, after: 'Ett bra liv', weakened: false }
        ]);
        expect(only(withVision, withVision)).toEqual([]);
    });

    it('a goal’s title, level, contribution and weight', () => {
        const after = model([
            base.goals[0]!,
            {
                ...base.goals[1]!,
                title: 'Nytt namn',
                level: 'fullmäktige',
                contributesTo: ['Kf', 'Kf2'],
                weight: 1.5
            }
        ]);
        expect(only(after)).toEqual([
            { kind: 'goal-title-changed', id: 'A', before: 'Mål A', after: 'Nytt namn', weakened: false },
            { kind: 'goal-level-changed', id: 'A', before: 'nämnd', after: 'fullmäktige', weakened: false },
            { kind: 'goal-moved', id: 'A', before: 'bidrar till Kf', after: 'bidrar till Kf Kf2', weakened: false },
            { kind: 'goal-weight-changed', id: 'A', before: 'vikt 1', after: 'vikt 1,5', weakened: false }
        ]);
    });

    it('a goal renamed with another title but the same measures, and its measures follow it', () => {
        const after = model([
            base.goals[0]!,
            goal('A2', { title: 'Annan rubrik', measures: [measure('M', 'A2'), measure('N', 'A2')] })
        ]);
        expect(only(after)).toEqual([
            { kind: 'goal-renamed', id: 'A2', before: 'A', after: 'A2', weakened: false },
            { kind: 'goal-title-changed', id: 'A2', before: 'Mål A', after: 'Annan rubrik', weakened: false }
        ]);
    });

    it('a goal without measures and with another title is removed and added, not renamed', () => {
        const before = model([goal('X', { title: 'Ett' })]);
        const after = model([goal('Y', { title: 'Två' })]);
        expect(only(after, before)).toEqual([
            { kind: 'goal-removed', id: 'X', before: 'Ett', after: null, weakened: false },
            { kind: 'goal-added', id: 'Y', before: null, after: 'Två', weakened: false }
        ]);
    });

    it('a measure renamed in its goal, found by its title or by its nyckeltal', () => {
        const byTitle = model([
            base.goals[0]!,
            goal('A', { measures: [measure('M2', 'A', { title: 'Mått M' }), measure('N', 'A')] })
        ]);
        expect(only(byTitle)).toEqual([
            { kind: 'measure-renamed', id: 'A.M2', before: 'M', after: 'M2', weakened: false }
        ]);
        const byKpi = model([
            base.goals[0]!,
            goal('A', { measures: [measure('M', 'A'), measure('N2', 'A', { title: 'Nytt', kpi: 'U1' })] })
        ]);
        expect(only(byKpi)).toEqual([
            { kind: 'measure-renamed', id: 'A.N2', before: 'N', after: 'N2', weakened: false },
            { kind: 'measure-title-changed', id: 'A.N2', before: 'Mått N', after: 'Nytt', weakened: false }
        ]);
        const otherKpi = model([
            base.goals[0]!,
            goal('A', { measures: [measure('M', 'A'), measure('N2', 'A', { title: 'Nytt', kpi: 'U9' })] })
        ]);
        expect(only(otherKpi)).toEqual([
            { kind: 'measure-removed', id: 'A.N', before: 'Mått N', after: null, weakened: false },
            { kind: 'measure-added', id: 'A.N2', before: null, after: 'Nytt', weakened: false }
        ]);
    });

    it('a measure under a renamed goal keeps its identity', () => {
        const after = model([
            base.goals[0]!,
            goal('A2', { title: 'Mål A', measures: [measure('M', 'A2', { title: 'Ny rubrik' }), measure('N', 'A2')] })
        ]);
        expect(only(after)).toEqual([
            { kind: 'goal-renamed', id: 'A2', before: 'A', after: 'A2', weakened: false },
            { kind: 'measure-title-changed', id: 'A2.M', before: 'Mått M', after: 'Ny rubrik', weakened: false }
        ]);
    });

    it('a measure moved names both goals', () => {
        const after = model([
            base.goals[0]!,
            goal('A', { measures: [measure('N', 'A')] }),
            goal('B', { title: 'Annat', measures: [measure('M', 'B')] })
        ]);
        expect(only(after).find(c => c.kind === 'measure-moved')).toEqual({
            kind: 'measure-moved',
            id: 'B.M',
            before: 'mål A',
            after: 'mål B',
            weakened: false
        });
    });

    it('a measure’s direction, weight, nyckeltal, unit and gender, in the words of the model', () => {
        const after = model([
            base.goals[0]!,
            goal('A', {
                measures: [
                    measure('M', 'A', { direction: 'lower', weight: 2, kpi: 'U2', unit: '%', gender: 'K' }),
                    measure('N', 'A', { direction: undefined })
                ]
            })
        ]);
        expect(only(after)).toEqual([
            {
                kind: 'direction-changed',
                id: 'A.M',
                before: 'högre är bättre',
                after: 'lägre är bättre',
                weakened: false
            },
            { kind: 'measure-weight-changed', id: 'A.M', before: 'vikt 1', after: 'vikt 2', weakened: false },
            { kind: 'kpi-changed', id: 'A.M', before: 'U1', after: 'U2', weakened: false },
            { kind: 'unit-changed', id: 'A.M', before: null, after: '%', weakened: false },
            { kind: 'gender-changed', id: 'A.M', before: 'T', after: 'K', weakened: false },
            { kind: 'direction-changed', id: 'A.N', before: 'högre är bättre', after: null, weakened: false }
        ]);
    });
});
