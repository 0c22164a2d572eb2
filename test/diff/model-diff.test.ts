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
