import { describe, expect, it } from 'vitest';
import { diffModels } from '../../src/diff/index.js';
import type { FollowUpView, ModelView, SeriesPoint, ThresholdLine } from '../../src/model/model-view.js';
import { cond, goal, line, loc, measure, model, points } from '../fulfilment/helpers.js';

function withMeasure(
    thresholds: ThresholdLine[],
    target?: SeriesPoint[],
    followUps: FollowUpView[] = [],
    direction: 'higher' | 'lower' = 'higher'
): ModelView {
    return model({
        goals: [goal('G', {}, [measure('M', { direction, thresholds, ...(target ? { target } : {}) })])],
        followUps
    });
}

const rank20 = line('full', 'rang <= 20', 2025);
const rank10 = line('full', 'rang <= 10', 2027);
const base = withMeasure([line('full', 'rang <= 30'), rank20]);

function changes(before: ModelView, after: ModelView) {
    return diffModels({ before, after }).map(c => ({
        kind: c.kind,
        id: c.id,
        before: c.before,
        after: c.after,
        weakened: c.weakened,
        raised: c.raised ?? false,
        from: c.from
    }));
}

describe('threshold lines are matched by level and från', () => {
    it('a new från line is reported with its year, ranked against the line it replaces (höjd)', () => {
        expect(changes(base, withMeasure([line('full', 'rang <= 30'), rank20, rank10]))).toEqual([
            {
                kind: 'threshold-added',
                id: 'G.M.hel.2027',
                before: 'hel när rang <= 20 från 2025',
                after: 'hel när rang <= 10 från 2027',
                weakened: false,
                raised: true,
                from: 2027
            }
        ]);
    });

    it('a new från line that is easier than the one it replaces is sänkt', () => {
        expect(
            changes(base, withMeasure([line('full', 'rang <= 30'), rank20, line('full', 'rang <= 25', 2027)]))
        ).toMatchObject([{ kind: 'threshold-added', id: 'G.M.hel.2027', weakened: true, from: 2027 }]);
    });

    it('a changed line keeps its identity by level and från', () => {
        expect(
            changes(base, withMeasure([line('full', 'rang <= 30'), line('full', 'rang <= 22', 2025)]))
        ).toMatchObject([
            {
                kind: 'threshold-changed',
                id: 'G.M.hel.2025',
                before: 'hel när rang <= 20 från 2025',
                after: 'hel när rang <= 22 från 2025',
                weakened: true,
                from: 2025
            }
        ]);
    });

    it('moving a line to another year is a removed and an added line, each ranked in its year', () => {
        const after = withMeasure([line('full', 'rang <= 30'), line('full', 'rang <= 20', 2026)]);
        expect(changes(base, after)).toMatchObject([
            // 2025: rang <= 20 goes, rang <= 30 applies again: easier.
            { kind: 'threshold-removed', id: 'G.M.hel.2025', after: 'hel när rang <= 30', weakened: true, from: 2025 },
            // 2026: rang <= 20 applied from 2025 before, and applies from 2026 now: the same requirement.
            {
                kind: 'threshold-added',
                id: 'G.M.hel.2026',
                before: 'hel när rang <= 20 från 2025',
                weakened: false,
                raised: false,
                from: 2026
            }
        ]);
    });

    it('reordering lines changes nothing', () => {
        expect(changes(base, withMeasure([rank20, line('full', 'rang <= 30')]))).toEqual([]);
    });
});

describe('målvärde', () => {
    const targeted = (values: Record<number, number>, direction: 'higher' | 'lower' = 'higher') =>
        withMeasure(
            [{ level: 'full', condition: cond('skillnad mot målvärde >= 0'), location: loc(11) }],
            points(values),
            [],
            direction
        );

    it.each<
        [
            string,
            Record<number, number>,
            Record<number, number>,
            'higher' | 'lower',
            Partial<{ kind: string; weakened: boolean; raised: boolean }>
        ]
    >([
        [
            'a lowered target is sänkt (högre är bättre)',
            { 2025: 80, 2027: 90 },
            { 2025: 80, 2027: 85 },
            'higher',
            { kind: 'target-changed', weakened: true }
        ],
        [
            'a raised target is höjd (högre är bättre)',
            { 2025: 80 },
            { 2025: 82 },
            'higher',
            { kind: 'target-changed', raised: true }
        ],
        [
            'a higher target is sänkt (lägre är bättre)',
            { 2025: 6 },
            { 2025: 7 },
            'lower',
            { kind: 'target-changed', weakened: true }
        ],
        [
            'a new year that lowers the step is sänkt',
            { 2025: 80 },
            { 2025: 80, 2026: 75 },
            'higher',
            { kind: 'target-added', weakened: true }
        ],
        [
            'a removed year that keeps a higher step is sänkt',
            { 2025: 80, 2026: 85 },
            { 2025: 80 },
            'higher',
            { kind: 'target-removed', weakened: true }
        ]
    ])('%s', (_name, before, after, direction, expected) => {
        const [change, ...rest] = diffModels({
            before: targeted(before, direction),
            after: targeted(after, direction)
        });
        expect(rest).toEqual([]);
        expect(change).toMatchObject({ weakened: false, ...expected });
    });

    it('names the year and the values', () => {
        const [change] = diffModels({
            before: targeted({ 2025: 80, 2027: 90 }),
            after: targeted({ 2025: 80, 2027: 85 })
        });
        expect(change).toMatchObject({
            id: 'G.M.målvärde.2027',
            before: 'målvärde 2027: 90',
            after: 'målvärde 2027: 85',
            from: 2027
        });
    });
});

describe('a changed assessment is listed with both motivations', () => {
    const followUp = (status: 'hel' | 'halv' | 'ingen', motivation: string, year = 2019): FollowUpView => ({
        year,
        title: `Årsredovisning ${year}`,
        location: loc(30),
        entries: [
            {
                kind: 'measure',
                goal: 'G',
                measure: 'M',
                analysis: [],
                actions: [],
                location: loc(31),
                assessment: { status, motivation, location: loc(32) }
            }
        ]
    });

    it.each<[string, FollowUpView[], FollowUpView[], object | undefined]>([
        [
            'status changed',
            [followUp('halv', 'Elfte plats.')],
            [followUp('hel', 'Nära nog.')],
            {
                kind: 'assessment-changed',
                id: 'uppföljning 2019: G.M',
                before: 'bedömning halv "Elfte plats."',
                after: 'bedömning hel "Nära nog."',
                motivationBefore: 'Elfte plats.',
                motivationAfter: 'Nära nog.',
                note: 'halv → hel',
                weakened: false
            }
        ],
        [
            'motivation changed',
            [followUp('halv', 'Elfte plats.')],
            [followUp('halv', 'Elfte plats av 290.')],
            { kind: 'assessment-changed', note: 'ny motivering' }
        ],
        [
            'added',
            [],
            [followUp('ingen', 'Mätningen föll bort.')],
            { kind: 'assessment-added', before: null, motivationBefore: null }
        ],
        ['removed', [followUp('ingen', 'Mätningen föll bort.')], [], { kind: 'assessment-removed', after: null }],
        [
            'another year is another follow-up',
            [followUp('halv', 'x', 2018)],
            [followUp('halv', 'x', 2018), followUp('halv', 'x', 2019)],
            { kind: 'assessment-added', id: 'uppföljning 2019: G.M', from: 2019 }
        ],
        ['unchanged', [followUp('halv', 'x')], [followUp('halv', 'x')], undefined]
    ])('%s', (_name, before, after, expected) => {
        const result = diffModels({
            before: withMeasure([], undefined, before),
            after: withMeasure([], undefined, after)
        });
        if (expected === undefined) expect(result).toEqual([]);
        else expect(result).toEqual([expect.objectContaining(expected)]);
    });
});

/** The note the Markdown comment prints beside a changed line or målvärde (diff-markdown.ts `label`). */
describe('each change says in words how the requirement moved', () => {
    const notes = (before: ModelView, after: ModelView) =>
        diffModels({ before, after }).map(c => [c.kind, c.id, c.note ?? null, c.from ?? null]);

    it('sänkt, höjd, neither, or the same requirement written otherwise, with the line’s year', () => {
        expect(notes(base, withMeasure([line('full', 'rang <= 40'), rank20]))).toEqual([
            ['threshold-changed', 'G.M.hel', 'sänkt', null]
        ]);
        expect(notes(base, withMeasure([line('full', 'rang <= 30'), line('full', 'rang <= 15', 2025)]))).toEqual([
            ['threshold-changed', 'G.M.hel.2025', 'höjd från 2025', 2025]
        ]);
        expect(notes(base, withMeasure([line('full', 'värde >= 80'), rank20]))).toEqual([
            ['threshold-changed', 'G.M.hel', 'ändrad: varken sänkt eller höjd', null]
        ]);
        expect(notes(base, withMeasure([line('full', 'rang < 31'), rank20]))).toEqual([
            ['threshold-changed', 'G.M.hel', 'samma krav, annan skrivning', null]
        ]);
    });

    it('a line without från added or removed is compared with nothing', () => {
        const withHalf = withMeasure([line('full', 'rang <= 30'), rank20, line('half', 'rang <= 50')]);
        expect(diffModels({ before: base, after: withHalf })).toMatchObject([
            { kind: 'threshold-added', id: 'G.M.halv', before: null, after: 'halv när rang <= 50' }
        ]);
        expect(diffModels({ before: withHalf, after: base })).toMatchObject([
            { kind: 'threshold-removed', id: 'G.M.halv', before: 'halv när rang <= 50', after: null }
        ]);
    });

    it('a removed från line is compared with what applies in its year afterwards', () => {
        expect(diffModels({ before: base, after: withMeasure([line('full', 'rang <= 30')]) })).toMatchObject([
            {
                kind: 'threshold-removed',
                id: 'G.M.hel.2025',
                before: 'hel när rang <= 20 från 2025',
                after: 'hel när rang <= 30',
                weakened: true,
                note: 'sänkt från 2025',
                from: 2025
            }
        ]);
    });

    it('målvärde: years in order, a first målvärde is new, not sänkt or höjd', () => {
        const targeted = (values?: Record<number, number>, direction?: 'higher' | 'lower') =>
            model({
                goals: [
                    goal('G', {}, [
                        measure('M', {
                            ...(direction ? { direction } : {}),
                            thresholds: [line('full', 'skillnad mot målvärde >= 0')],
                            ...(values ? { target: points(values) } : {})
                        })
                    ])
                ]
            });
        // Years are compared in order whichever side names them first.
        expect(notes(targeted({ 2027: 90 }, 'higher'), targeted({ 2025: 80, 2027: 90 }, 'higher'))).toEqual([
            ['target-added', 'G.M.målvärde.2025', 'nytt målvärde', 2025]
        ]);
        expect(notes(targeted({ 2027: 90 }, 'higher'), targeted({ 2025: 80, 2027: 95 }, 'higher'))).toEqual([
            ['target-added', 'G.M.målvärde.2025', 'nytt målvärde', 2025],
            ['target-changed', 'G.M.målvärde.2027', 'höjd från 2027', 2027]
        ]);
        expect(notes(targeted({ 2025: 80 }, 'lower'), targeted({ 2025: 70 }, 'lower'))).toEqual([
            ['target-changed', 'G.M.målvärde.2025', 'höjd från 2025', 2025]
        ]);
    });
});

describe('assessments across several follow-ups', () => {
    const judged = (status: 'hel' | 'halv', motivation: string) => ({ status, motivation, location: loc(32) });
    const entry = (goal: string, status: 'hel' | 'halv', motivation: string, measureId?: string) => ({
        kind: measureId ? ('measure' as const) : ('goal' as const),
        goal,
        ...(measureId ? { measure: measureId } : {}),
        analysis: [],
        actions: [],
        location: loc(31),
        assessment: judged(status, motivation)
    });
    const followUp = (year: number, entries: FollowUpView['entries']): FollowUpView => ({
        year,
        title: `Årsredovisning ${year}`,
        location: loc(30),
        entries
    });

    it('lists the follow-ups in year order whatever the file order, and takes an entry named twice once', () => {
        const before = withMeasure([], undefined, []);
        const after = withMeasure([], undefined, [
            followUp(2020, [entry('G', 'hel', 'Bra.')]),
            followUp(2019, [entry('G', 'halv', 'Först.', 'M'), entry('G', 'hel', 'Sedan.', 'M')])
        ]);
        expect(diffModels({ before, after }).map(c => [c.kind, c.id, c.after, c.note ?? null])).toEqual([
            ['assessment-added', 'uppföljning 2019: G.M', 'bedömning halv "Först."', null],
            ['assessment-added', 'uppföljning 2020: G', 'bedömning hel "Bra."', null]
        ]);
    });
});
