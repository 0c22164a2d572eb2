import { describe, expect, it } from 'vitest';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import type { GoalResult, GoalStatus, ModelResult } from '../../src/fulfilment/result.js';
import { goalStatus } from '../../src/fulfilment/roll-up.js';
import { type AssessmentBounds, DEFAULT_BOUNDS, type GoalView, type MeasureView } from '../../src/model/model-view.js';
import { goal, loc, measure, memoryData, model, points } from './helpers.js';

const YEAR = 2019;
const NO_DATA = memoryData([]);

type Outcome = 'hel' | 'halv' | 'ingen' | 'saknas' | 'ej_bedomd';

/** A measure that comes out with the given status: its `utfall` for the year is 1, 0,5, 0 or missing. */
function scored(id: string, outcome: Outcome, weight = 1): MeasureView {
    const values = { hel: 1, halv: 0.5, ingen: 0 } as const;
    if (outcome === 'ej_bedomd') {
        return measure(id, { weight, actual: points({ [YEAR]: 1 }) });
    }
    return measure(id, {
        weight,
        direction: 'higher',
        actual: outcome === 'saknas' ? points({ [YEAR - 1]: 1 }) : points({ [YEAR]: values[outcome] }),
        full: 'värde >= 1',
        half: 'värde >= 0,5'
    });
}

function compute(goals: GoalView[], bounds: AssessmentBounds = DEFAULT_BOUNDS): ModelResult {
    return computeFulfilment(
        model({ bounds, goals, vision: { id: 'Vision', title: 'Visionen', location: loc() } }),
        NO_DATA,
        YEAR
    );
}

function goalOf(result: ModelResult, id: string): GoalResult {
    const found = result.goals.find(g => g.id === id);
    if (!found) {
        throw new Error(`no goal ${id}`);
    }
    return found;
}

describe('goal status from fulfilment', () => {
    it.each<[number | null, AssessmentBounds, GoalStatus]>([
        [1, DEFAULT_BOUNDS, 'uppfyllt'],
        [0.75, DEFAULT_BOUNDS, 'uppfyllt'],
        [0.7499999999999999, DEFAULT_BOUNDS, 'uppfyllt'],
        [0.7499, DEFAULT_BOUNDS, 'delvis'],
        [0.5, DEFAULT_BOUNDS, 'delvis'],
        [0.49, DEFAULT_BOUNDS, 'ej_uppfyllt'],
        [0, DEFAULT_BOUNDS, 'ej_uppfyllt'],
        [null, DEFAULT_BOUNDS, 'saknas'],
        [0.75, { achieved: 0.8, partly: 0.6 }, 'delvis'],
        [0.8, { achieved: 0.8, partly: 0.6 }, 'uppfyllt'],
        [0.59, { achieved: 0.8, partly: 0.6 }, 'ej_uppfyllt']
    ])('%s with bounds %o → %s', (fulfilment, bounds, status) => {
        expect(goalStatus(fulfilment, bounds)).toBe(status);
    });
});

describe('goal fulfilment from its measures', () => {
    it.each<[string, MeasureView[], number | null, GoalStatus]>([
        ['one hel', [scored('a', 'hel')], 1, 'uppfyllt'],
        ['hel and ingen, equal weights', [scored('a', 'hel'), scored('b', 'ingen')], 0.5, 'delvis'],
        ['weights: hel ×1, ingen ×3', [scored('a', 'hel', 1), scored('b', 'ingen', 3)], 0.25, 'ej_uppfyllt'],
        ['weights: halv ×2, hel ×1', [scored('a', 'halv', 2), scored('b', 'hel', 1)], 2 / 3, 'delvis'],
        [
            'exactly on the uppfyllt bound',
            [scored('a', 'hel'), scored('b', 'hel'), scored('c', 'hel'), scored('d', 'ingen')],
            0.75,
            'uppfyllt'
        ],
        ['exactly on the delvis bound', [scored('a', 'halv')], 0.5, 'delvis'],
        [
            'on the bound through fractional weights',
            [scored('a', 'hel', 0.1), scored('b', 'hel', 0.2), scored('c', 'ingen', 0.1)],
            0.75,
            'uppfyllt'
        ],
        [
            'saknas and ej bedömd are not counted',
            [scored('a', 'hel'), scored('b', 'saknas'), scored('c', 'ej_bedomd')],
            1,
            'uppfyllt'
        ],
        ['saknas is never 0', [scored('a', 'halv'), scored('b', 'saknas', 5)], 0.5, 'delvis'],
        ['nothing counted: saknas', [scored('a', 'saknas'), scored('b', 'ej_bedomd')], null, 'saknas'],
        ['no measures: saknas', [], null, 'saknas'],
        ['weight 0 shows without counting', [scored('a', 'hel'), scored('b', 'ingen', 0)], 1, 'uppfyllt']
    ])('%s', (_name, measures, fulfilment, status) => {
        const result = goalOf(compute([goal('G', {}, measures)]), 'G');
        if (fulfilment === null) {
            expect(result.fulfilment).toBeNull();
        } else {
            expect(result.fulfilment).toBeCloseTo(fulfilment, 12);
        }
        expect(result.status).toBe(status);
    });

    it('lists what was counted with weights, and what was left out and why', () => {
        const result = goalOf(
            compute([
                goal('G', {}, [
                    scored('a', 'halv', 2),
                    scored('b', 'saknas'),
                    scored('c', 'ej_bedomd'),
                    scored('d', 'hel', 0)
                ]),
                goal('Sub', { contributesTo: ['G'], weight: 3 }, [scored('e', 'hel')])
            ]),
            'G'
        );
        expect(result.counted).toEqual([
            { kind: 'measure', id: 'a', weight: 2, score: 0.5 },
            { kind: 'goal', id: 'Sub', weight: 3, score: 1 }
        ]);
        expect(result.excluded).toEqual([
            { kind: 'measure', id: 'b', reason: 'saknas' },
            { kind: 'measure', id: 'c', reason: 'ej bedömd' },
            { kind: 'measure', id: 'd', reason: 'vikt 0' }
        ]);
        expect(result.fulfilment).toBeCloseTo(4 / 5, 12);
        expect(result.contributors).toEqual(['Sub']);
        expect(result.measures).toEqual(['a', 'b', 'c', 'd']);
    });
});

describe('roll-up through the goal chain', () => {
    /**
     * Vision ← KF1 (own measure halv, weight 2) ← C1 (hel), C2 (ingen), Both (hel)
     *        ← KF2 (no measures)                ← C3 (halv), Both
     *        ← KF3 (only a saknas committee goal) ← C4 (saknas)
     */
    const chain = (): GoalView[] => [
        goal('KF1', { level: 'fullmäktige', contributesTo: ['Vision'], weight: 2 }, [scored('m0', 'halv')]),
        goal('KF2', { level: 'fullmäktige', contributesTo: ['Vision'] }),
        goal('KF3', { level: 'fullmäktige', contributesTo: ['Vision'] }),
        goal('C1', { contributesTo: ['KF1'] }, [scored('m1', 'hel')]),
        goal('C2', { contributesTo: ['KF1'] }, [scored('m2', 'ingen')]),
        goal('C3', { contributesTo: ['KF2'] }, [scored('m3', 'halv')]),
        goal('Both', { contributesTo: ['KF1', 'KF2'] }, [scored('m4', 'hel'), scored('m5', 'saknas')]),
        goal('C4', { contributesTo: ['KF3'] }, [scored('m6', 'saknas')])
    ];

    it.each<[string, number | null, GoalStatus]>([
        ['C1', 1, 'uppfyllt'],
        ['C2', 0, 'ej_uppfyllt'],
        ['Both', 1, 'uppfyllt'],
        // (0,5 + 1 + 0 + 1) / 4
        ['KF1', 0.625, 'delvis'],
        // a goal contributing to two goals counts in both: (0,5 + 1) / 2
        ['KF2', 0.75, 'uppfyllt'],
        ['C4', null, 'saknas'],
        ['KF3', null, 'saknas']
    ])('%s', (id, fulfilment, status) => {
        const result = goalOf(compute(chain()), id);
        expect(result.fulfilment).toBe(fulfilment);
        expect(result.status).toBe(status);
    });

    it('rolls up to the vision with the KF goals’ weights, leaving out a saknas goal', () => {
        const { vision } = compute(chain());
        // (2 × 0,625 + 0,75) / 3
        expect(vision?.fulfilment).toBeCloseTo(2 / 3, 12);
        expect(vision?.status).toBe('delvis');
        expect(vision?.counted.map(c => [c.id, c.weight])).toEqual([
            ['KF1', 2],
            ['KF2', 1]
        ]);
        expect(vision?.excluded).toEqual([{ kind: 'goal', id: 'KF3', reason: 'saknas' }]);
        expect(vision?.contributors).toEqual(['KF1', 'KF2', 'KF3']);
    });

    it.each<[string, number, number, number, number]>([
        ['KF1', 1, 1, 5, 4],
        ['KF2', 0, 0, 3, 2],
        ['Both', 2, 1, 2, 1],
        ['KF3', 0, 0, 1, 0]
    ])(
        'coverage of %s: own %i/%i with value, total %i/%i (each measure once)',
        (id, measures, withValue, total, totalWithValue) => {
            expect(goalOf(compute(chain()), id).coverage).toEqual({
                measures,
                measuresWithValue: withValue,
                totalMeasures: total,
                totalMeasuresWithValue: totalWithValue
            });
        }
    );

    it('covers every measure once at the vision, even through a diamond', () => {
        expect(compute(chain()).vision?.coverage).toEqual({
            measures: 0,
            measuresWithValue: 0,
            totalMeasures: 7,
            totalMeasuresWithValue: 5
        });
    });

    it('has no vision result when the model has no vision', () => {
        const result = computeFulfilment(model({ goals: [goal('G', {}, [scored('a', 'hel')])] }), NO_DATA, YEAR);
        expect(result.vision).toBeUndefined();
    });
});

describe('cycles', () => {
    it.each<[string, GoalView[]]>([
        ['a goal contributing to itself', [goal('A', { contributesTo: ['A'] }, [scored('a', 'hel')])]],
        [
            'two goals contributing to each other',
            [
                goal('A', { contributesTo: ['B'] }, [scored('a', 'hel')]),
                goal('B', { contributesTo: ['A'] }, [scored('b', 'ingen')])
            ]
        ],
        [
            'a three-goal cycle below the vision',
            [
                goal('A', { contributesTo: ['Vision', 'C'] }, [scored('a', 'hel')]),
                goal('B', { contributesTo: ['A'] }, [scored('b', 'halv')]),
                goal('C', { contributesTo: ['B'] }, [scored('c', 'ingen')])
            ]
        ]
    ])('terminates: %s', (_name, goals) => {
        const result = compute(goals);
        expect(result.goals).toHaveLength(goals.length);
        for (const g of result.goals) {
            expect(g.fulfilment).not.toBeNull();
        }
        expect(result.goals.flatMap(g => g.excluded).some(e => e.reason === 'cykel')).toBe(true);
    });

    it('counts the goal met again as left out, not as 0', () => {
        const result = compute([
            goal('A', { contributesTo: ['B'] }, [scored('a', 'hel')]),
            goal('B', { contributesTo: ['A'] }, [scored('b', 'ingen')])
        ]);
        // A is computed first; B meets A again (left out), so B = 0 and A = (1 + 0) / 2.
        expect(goalOf(result, 'B')).toMatchObject({
            fulfilment: 0,
            excluded: [{ kind: 'goal', id: 'A', reason: 'cykel' }]
        });
        expect(goalOf(result, 'A').fulfilment).toBe(0.5);
    });
});
