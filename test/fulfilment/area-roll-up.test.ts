import { describe, expect, it } from 'vitest';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import type { AreaResult, ModelResult } from '../../src/fulfilment/result.js';
import type { GoalView, MeasureView, NamedView } from '../../src/model/model-view.js';
import { goal, loc, measure, memoryData, model, points } from './helpers.js';

const YEAR = 2019;

/** A measure scoring hel (1), halv (0,5), ingen (0) or saknas for YEAR. */
function scored(id: string, outcome: 'hel' | 'halv' | 'ingen' | 'saknas'): MeasureView {
    const values = { hel: 1, halv: 0.5, ingen: 0 } as const;
    return measure(id, {
        direction: 'higher',
        actual: outcome === 'saknas' ? points({ [YEAR - 1]: 1 }) : points({ [YEAR]: values[outcome] }),
        full: 'värde >= 1',
        half: 'värde >= 0,5'
    });
}

const area = (id: string): NamedView => ({ id, title: `Inriktningen ${id}`, location: loc() });

function compute(goals: GoalView[], areas: NamedView[]): ModelResult {
    return computeFulfilment(model({ goals, areas }), memoryData([]), YEAR);
}

function areaOf(result: ModelResult, id: string | null): AreaResult {
    const found = result.areas?.find(a => a.id === id);
    if (!found) {
        throw new Error(`no area ${id}`);
    }
    return found;
}

describe('inriktning roll-up (the weighted mean of its KF goals, LANGUAGE.md 4.3)', () => {
    it('weighs its KF goals by their vikt and classifies with the model bounds', () => {
        const result = compute(
            [
                goal('A', { level: 'fullmäktige', area: 'Lärande', weight: 3 }, [scored('a', 'hel')]),
                goal('B', { level: 'fullmäktige', area: 'Lärande' }, [scored('b', 'ingen')]),
                goal('C', { level: 'fullmäktige', area: 'Miljö' }, [scored('c', 'halv')])
            ],
            [area('Lärande'), area('Miljö')]
        );
        const learning = areaOf(result, 'Lärande');
        expect(learning.fulfilment).toBeCloseTo(0.75, 10);
        expect(learning.status).toBe('uppfyllt');
        expect(learning.goals).toEqual(['A', 'B']);
        expect(learning.counted).toEqual([
            { kind: 'goal', id: 'A', weight: 3, score: 1 },
            { kind: 'goal', id: 'B', weight: 1, score: 0 }
        ]);
        expect(areaOf(result, 'Miljö')).toMatchObject({ fulfilment: 0.5, status: 'delvis' });
    });

    it('leaves out a KF goal without fulfilment (never 0) and one of weight 0; none left is saknas', () => {
        const result = compute(
            [
                goal('A', { level: 'fullmäktige', area: 'L' }, [scored('a', 'halv')]),
                goal('B', { level: 'fullmäktige', area: 'L' }, [scored('b', 'saknas')]),
                goal('Z', { level: 'fullmäktige', area: 'L', weight: 0 }, [scored('z', 'ingen')]),
                goal('S', { level: 'fullmäktige', area: 'Tom' }, [scored('s', 'saknas')])
            ],
            [area('L'), area('Tom'), area('Ingen')]
        );
        const l = areaOf(result, 'L');
        expect(l.fulfilment).toBe(0.5);
        expect(l.excluded).toEqual([
            { kind: 'goal', id: 'B', reason: 'saknas' },
            { kind: 'goal', id: 'Z', reason: 'vikt 0' }
        ]);
        expect(areaOf(result, 'Tom')).toMatchObject({ fulfilment: null, status: 'saknas' });
        expect(areaOf(result, 'Ingen')).toMatchObject({ fulfilment: null, status: 'saknas', goals: [] });
    });

    it('counts the statuses of every goal and measure under the area, each once', () => {
        const result = compute(
            [
                goal('K', { level: 'fullmäktige', area: 'L' }),
                goal('N1', { contributesTo: ['K'] }, [scored('x', 'hel'), scored('y', 'saknas')]),
                goal('N2', { contributesTo: ['K', 'K2'] }, [scored('z', 'ingen')]),
                goal('K2', { level: 'fullmäktige', area: 'L' })
            ],
            [area('L')]
        );
        const l = areaOf(result, 'L');
        expect(l.counts.goals).toEqual({ uppfyllt: 1, ej_uppfyllt: 2, delvis: 1 });
        expect(l.counts.measures).toEqual({ hel: 1, saknas: 1, ingen: 1 });
    });

    it('gathers KF goals without a known inriktning under id null, only when there are any', () => {
        const result = compute(
            [
                goal('A', { level: 'fullmäktige' }, [scored('a', 'hel')]),
                goal('B', { level: 'fullmäktige', area: 'Okänd' }, [scored('b', 'ingen')])
            ],
            [area('L')]
        );
        expect(areaOf(result, null)).toMatchObject({ goals: ['A', 'B'], fulfilment: 0.5, status: 'delvis' });
        const none = compute([goal('A', { level: 'fullmäktige', area: 'L' }, [scored('a', 'hel')])], [area('L')]);
        expect(none.areas?.map(a => a.id)).toEqual(['L']);
    });
});
