import { describe, expect, it } from 'vitest';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import { toReportJson } from '../../src/fulfilment/report-json.js';
import type { GoalResult, MeasureResult, ModelResult } from '../../src/fulfilment/result.js';
import type { FollowUpEntryView, FollowUpView, JudgedStatus, MeasureView } from '../../src/model/model-view.js';
import { goal, loc, measure, memoryData, model, points } from './helpers.js';

const YEAR = 2019;
const NO_DATA = memoryData([]);

/** hel with `utfall` 1, halv with 0,5, ingen with 0, saknas without a value for the year. */
function scored(id: string, value: number | undefined): MeasureView {
    return measure(id, {
        direction: 'higher',
        actual: points(value === undefined ? { [YEAR - 1]: 1 } : { [YEAR]: value }),
        full: 'värde >= 1',
        half: 'värde >= 0,5'
    });
}

function entry(
    kind: 'goal' | 'measure',
    target: string,
    init: Partial<FollowUpEntryView> & { bedömning?: JudgedStatus; prognos?: JudgedStatus } = {},
    at = 40
): FollowUpEntryView {
    const [goalId, measureId] = target.split('.');
    const { bedömning, prognos, ...rest } = init;
    const view: FollowUpEntryView = { kind, goal: goalId!, analysis: [], actions: [], location: loc(at), ...rest };
    if (measureId !== undefined) view.measure = measureId;
    if (bedömning)
        view.assessment = { status: bedömning, motivation: `Motivering för ${target}.`, location: loc(at + 1) };
    if (prognos) view.forecast = { status: prognos, motivation: `Prognos för ${target}.`, location: loc(at + 2) };
    return view;
}

function followUp(year: number, entries: FollowUpEntryView[]): FollowUpView {
    return { year, title: `Årsredovisning ${year}`, entries, location: loc(39) };
}

/**
 * KF goal K (under the vision) with two committee goals: A (measures a1 hel, a2 ingen, a3 without thresholds)
 * and B (measure b1 halv). Computed: A = 0,5 (delvis), B = 0,5 (delvis), K = 0,5.
 */
function compute(followUps: FollowUpView[], year = YEAR): ModelResult {
    const a3 = measure('a3', { actual: points({ [YEAR]: 7 }) });
    return computeFulfilment(
        model({
            vision: { id: 'V', title: 'Visionen', location: loc() },
            followUps,
            goals: [
                goal('K', { level: 'fullmäktige', contributesTo: ['V'] }),
                goal('A', { contributesTo: ['K'] }, [scored('a1', 1), scored('a2', 0), a3]),
                goal('B', { contributesTo: ['K'] }, [scored('b1', 0.5)])
            ]
        }),
        NO_DATA,
        year
    );
}

const goalOf = (result: ModelResult, id: string): GoalResult => result.goals.find(g => g.id === id)!;
const measureOf = (result: ModelResult, id: string): MeasureResult => result.measures.find(m => m.id === id)!;

describe('assessed measures (section 8.1)', () => {
    it.each<[string, FollowUpEntryView[], string, string, string, number | null, number | null]>([
        // name, entries, measure, final status, computed status, final score, A's fulfilment
        ['no follow-up: computed is final', [], 'a2', 'ingen', 'ingen', 0, 0.5],
        [
            'ingen assessed as halv counts 0,5',
            [entry('measure', 'A.a2', { bedömning: 'halv' })],
            'a2',
            'halv',
            'ingen',
            0.5,
            0.75
        ],
        [
            'hel assessed as ingen counts 0',
            [entry('measure', 'A.a1', { bedömning: 'ingen' })],
            'a1',
            'ingen',
            'hel',
            0,
            0
        ],
        [
            'a measure without thresholds counts once assessed',
            [entry('measure', 'A.a3', { bedömning: 'hel' })],
            'a3',
            'hel',
            'ej_bedomd',
            1,
            2 / 3
        ],
        [
            'a measure without thresholds, not assessed: ej bedömd',
            [entry('measure', 'A.a3', { analysis: [{ text: 'Text', location: loc(50) }] })],
            'a3',
            'ej_bedomd',
            'ej_bedomd',
            null,
            0.5
        ],
        [
            'a goal status word on a measure changes nothing',
            [entry('measure', 'A.a2', { bedömning: 'uppfyllt' })],
            'a2',
            'ingen',
            'ingen',
            0,
            0.5
        ],
        [
            'the first of two entries for one measure counts',
            [entry('measure', 'A.a2', { bedömning: 'hel' }), entry('measure', 'A.a2', { bedömning: 'ingen' })],
            'a2',
            'hel',
            'ingen',
            1,
            1
        ]
    ])('%s', (_name, entries, id, status, computed, score, goalA) => {
        const result = compute([followUp(YEAR, entries)]);
        const m = measureOf(result, id);
        expect([m.status, m.computedStatus, m.score]).toEqual([status, computed, score]);
        expect(goalOf(result, 'A').fulfilment).toBeCloseTo(goalA ?? NaN, 10);
    });

    it('an assessed measure without a value still counts, and its value stays missing', () => {
        const result = computeFulfilment(
            model({
                followUps: [followUp(YEAR, [entry('measure', 'G.m', { bedömning: 'halv' })])],
                goals: [goal('G', {}, [scored('m', undefined)])]
            }),
            NO_DATA,
            YEAR
        );
        expect(result.measures[0]).toMatchObject({ value: null, status: 'halv', computedStatus: 'saknas', score: 0.5 });
        // The goal's computed number leaves out only its own assessment: its measures count as assessed.
        expect(result.goals[0]).toMatchObject({
            fulfilment: 0.5,
            status: 'delvis',
            computedFulfilment: 0.5,
            computedStatus: 'delvis'
        });
        expect(result.goals[0]!.coverage).toMatchObject({ measures: 1, measuresWithValue: 0 });
    });

    it('keeps the assessment with its motivation and its follow-up line', () => {
        const m = measureOf(compute([followUp(YEAR, [entry('measure', 'A.a2', { bedömning: 'halv' }, 60)])]), 'a2');
        expect(m.assessment).toEqual({ status: 'halv', motivation: 'Motivering för A.a2.', location: loc(61) });
    });
});

describe('assessed goals (section 8.2)', () => {
    it.each<[string, FollowUpEntryView[], Record<string, [number | null, string, number | null, string]>]>([
        // goal: [final fulfilment, final status, computed fulfilment, computed status]
        [
            'nothing assessed',
            [],
            { A: [0.5, 'delvis', 0.5, 'delvis'], B: [0.5, 'delvis', 0.5, 'delvis'], K: [0.5, 'delvis', 0.5, 'delvis'] }
        ],
        [
            'A assessed uppfyllt: K counts it as 1',
            [entry('goal', 'A', { bedömning: 'uppfyllt' })],
            { A: [1, 'uppfyllt', 0.5, 'delvis'], K: [0.75, 'uppfyllt', 0.75, 'uppfyllt'] }
        ],
        [
            'A assessed ej uppfyllt: K counts it as 0',
            [entry('goal', 'A', { bedömning: 'ej_uppfyllt' })],
            { A: [0, 'ej_uppfyllt', 0.5, 'delvis'], K: [0.25, 'ej_uppfyllt', 0.25, 'ej_uppfyllt'] }
        ],
        [
            'K assessed: its computed number keeps A and B as they are',
            [entry('goal', 'K', { bedömning: 'uppfyllt' })],
            { K: [1, 'uppfyllt', 0.5, 'delvis'] }
        ],
        [
            'K and A assessed: K computed from A as assessed',
            [entry('goal', 'K', { bedömning: 'delvis' }), entry('goal', 'A', { bedömning: 'uppfyllt' })],
            { A: [1, 'uppfyllt', 0.5, 'delvis'], K: [0.5, 'delvis', 0.75, 'uppfyllt'] }
        ],
        [
            'a measure assessed inside an assessed goal',
            [entry('measure', 'A.a2', { bedömning: 'hel' }), entry('goal', 'A', { bedömning: 'delvis' })],
            { A: [0.5, 'delvis', 1, 'uppfyllt'] }
        ],
        [
            'a measure status word on a goal changes nothing',
            [entry('goal', 'A', { bedömning: 'hel' })],
            { A: [0.5, 'delvis', 0.5, 'delvis'] }
        ]
    ])('%s', (_name, entries, expected) => {
        const result = compute([followUp(YEAR, entries)]);
        for (const [id, [fulfilment, status, computedFulfilment, computedStatus]] of Object.entries(expected)) {
            const g = goalOf(result, id);
            expect([g.fulfilment, g.status, g.computedFulfilment, g.computedStatus], id).toEqual([
                fulfilment,
                status,
                computedFulfilment,
                computedStatus
            ]);
        }
    });

    it('the vision counts an assessed KF goal by its assessment', () => {
        const result = compute([followUp(YEAR, [entry('goal', 'K', { bedömning: 'ej_uppfyllt' })])]);
        expect(result.vision).toMatchObject({ fulfilment: 0, status: 'ej_uppfyllt' });
    });

    it('a forecast changes no computation', () => {
        const result = compute([followUp(YEAR, [entry('goal', 'A', { prognos: 'uppfyllt' })])]);
        expect(goalOf(result, 'A')).toMatchObject({
            fulfilment: 0.5,
            status: 'delvis',
            forecast: { status: 'uppfyllt', motivation: 'Prognos för A.', location: loc(42) }
        });
        expect(goalOf(result, 'A').assessment).toBeUndefined();
    });
});

describe('the follow-up of the year', () => {
    const followUps = [
        followUp(2018, [
            entry('goal', 'A', { bedömning: 'ej_uppfyllt', analysis: [{ text: '2018 års analys', location: loc(70) }] })
        ]),
        followUp(YEAR, [
            entry('goal', 'A', {
                analysis: [
                    { text: 'Första', location: loc(71) },
                    { text: 'Andra', location: loc(72) }
                ],
                actions: [{ text: 'Åtgärd', location: loc(73) }]
            })
        ])
    ];

    it('only the year’s follow-up applies', () => {
        const result = compute(followUps, YEAR);
        expect(goalOf(result, 'A')).toMatchObject({
            status: 'delvis',
            analysis: [{ text: 'Första' }, { text: 'Andra' }],
            actions: [{ text: 'Åtgärd', location: loc(73) }]
        });
        expect(result.followUp).toEqual({ year: YEAR, title: `Årsredovisning ${YEAR}`, location: loc(39) });
    });

    it('another year gets that year’s follow-up', () => {
        const result = compute(followUps, 2018);
        expect(goalOf(result, 'A')).toMatchObject({
            status: 'ej_uppfyllt',
            computedStatus: 'saknas',
            analysis: [{ text: '2018 års analys' }]
        });
    });

    it('a year without a follow-up has none', () => {
        const result = compute(followUps, 2020);
        expect(result.followUp).toBeUndefined();
        expect(goalOf(result, 'A')).toMatchObject({ analysis: [], actions: [] });
    });
});

describe('report json (section 8)', () => {
    it('carries the assessment, the computed result, analysis, actions and forecast', () => {
        const json = toReportJson(
            compute([
                followUp(YEAR, [
                    entry('goal', 'A', {
                        bedömning: 'ej_uppfyllt',
                        prognos: 'delvis',
                        analysis: [{ text: 'Analys "citat"', location: loc(80) }],
                        actions: [{ text: 'Åtgärd', location: loc(81) }]
                    }),
                    entry('measure', 'A.a3', { bedömning: 'hel', actions: [{ text: 'Fortsätt', location: loc(82) }] })
                ])
            ])
        );
        expect(json.goals.find(g => g.id === 'A')).toEqual({
            id: 'A',
            level: 'nämnd',
            fulfilment: 0,
            status: 'ej_uppfyllt',
            computedFulfilment: 2 / 3,
            computedStatus: 'delvis',
            assessment: { status: 'ej_uppfyllt', motivation: 'Motivering för A.' },
            forecast: { status: 'delvis', motivation: 'Prognos för A.' },
            analysis: ['Analys "citat"'],
            actions: ['Åtgärd'],
            measuresWithValue: 3,
            measures: 3
        });
        expect(json.measures.find(m => m.id === 'a3')).toEqual({
            id: 'a3',
            goal: 'A',
            value: 7,
            status: 'hel',
            computedStatus: 'ej_bedomd',
            assessment: { status: 'hel', motivation: 'Motivering för A.a3.' },
            analysis: [],
            actions: ['Fortsätt'],
            target: null,
            threshold: { hel: null, halv: null }
        });
        expect(json.vision).toEqual({ id: 'V', fulfilment: 0.25, status: 'ej_uppfyllt' });
    });
});

describe('the interim follow-up (LANGUAGE.md section 9)', () => {
    const AUGUST = { day: 31, month: 8 };
    const interim = (entries: FollowUpEntryView[]): FollowUpView => ({
        year: YEAR,
        per: AUGUST,
        title: `Delårsrapport ${YEAR}`,
        entries,
        location: loc(60)
    });
    const final = followUp(YEAR, [entry('goal', 'A', { bedömning: 'uppfyllt' })]);
    const delår = interim([entry('goal', 'A', { bedömning: 'ej_uppfyllt' }, 61)]);

    it('the year’s own report uses the final follow-up only: an interim assessment never changes it', () => {
        for (const followUps of [
            [final, delår],
            [delår, final]
        ]) {
            const result = compute(followUps);
            expect(goalOf(result, 'A').status).toBe('uppfyllt');
            expect(result.followUp).toMatchObject({ year: YEAR, title: `Årsredovisning ${YEAR}` });
            expect(result.followUp?.per).toBeUndefined();
        }
        // Without a final follow-up the year is computed as section 4 says, the interim one left aside.
        expect(goalOf(compute([delår]), 'A')).toMatchObject({ status: 'delvis' });
        expect(compute([delår]).followUp).toBeUndefined();
    });

    it('the interim report computes the year with the interim assessments in place of the final ones', () => {
        const view = model({
            vision: { id: 'V', title: 'Visionen', location: loc() },
            followUps: [final, delår],
            goals: [
                goal('K', { level: 'fullmäktige', contributesTo: ['V'] }),
                goal('A', { contributesTo: ['K'] }, [scored('a1', 1), scored('a2', 0)]),
                goal('B', { contributesTo: ['K'] }, [scored('b1', 0.5)])
            ]
        });
        const result = computeFulfilment(view, NO_DATA, YEAR, AUGUST);
        expect(goalOf(result, 'A')).toMatchObject({
            status: 'ej_uppfyllt',
            computedStatus: 'delvis',
            assessment: { status: 'ej_uppfyllt' }
        });
        // K counts A as 0 and B as 0,5.
        expect(goalOf(result, 'K').fulfilment).toBe(0.25);
        expect(toReportJson(result).followUp).toEqual({
            year: YEAR,
            per: '2019-08-31',
            title: `Delårsrapport ${YEAR}`
        });
        expect(toReportJson(computeFulfilment(view, NO_DATA, YEAR)).followUp).toEqual({
            year: YEAR,
            per: null,
            title: `Årsredovisning ${YEAR}`
        });
        expect(toReportJson(computeFulfilment(view, NO_DATA, YEAR - 1)).followUp).toBeNull();
    });
});
