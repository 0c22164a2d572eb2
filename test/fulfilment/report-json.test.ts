import { describe, expect, it } from 'vitest';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import { type ReportMeasure, scopedReportJson, toReportJson } from '../../src/fulfilment/report-json.js';
import { goal, loc, type MeasureInit, measure, memoryData, model, peerGroup, points, rowsFor } from './helpers.js';

const YEAR = 2019;
const DATA = memoryData([
    ...rowsFor('K', YEAR, [
        ['1881', 80],
        ['0114', 90],
        ['0115', 85],
        ['0117', 85],
        ['0120', 70],
        ['0125', 60],
        ['0000', 75]
    ])
]);

type FollowUpKeys = 'computedStatus' | 'assessment' | 'analysis' | 'actions' | 'target' | 'threshold';

/** The measure's keys without the follow-up's (section 8), which the tables below check on their own. */
function reportMeasure(init: MeasureInit): Omit<ReportMeasure, FollowUpKeys> {
    const view = model({
        groups: [peerGroup('Grannar', ['0114', '0120'])],
        goals: [goal('G', {}, [measure('M', { kpi: 'K', direction: 'higher', ...init })])]
    });
    const { computedStatus, assessment, analysis, actions, target, threshold, ...rest } = toReportJson(
        computeFulfilment(view, DATA, YEAR)
    ).measures[0]!;
    expect({ computedStatus, assessment, analysis, actions, target }).toEqual({
        computedStatus: rest.status,
        assessment: null,
        analysis: [],
        actions: [],
        target: null
    });
    expect(threshold).toEqual({
        hel: view.goals[0]!.measures[0]!.thresholds.find(t => t.level === 'full') ? expect.any(String) : null,
        halv: view.goals[0]!.measures[0]!.thresholds.find(t => t.level === 'half') ? expect.any(String) : null
    });
    return rest;
}

function unassessedGoal(fulfilment: number, status: string) {
    return {
        computedFulfilment: fulfilment,
        computedStatus: status,
        assessment: null,
        forecast: null,
        analysis: [],
        actions: []
    };
}

function unassessedMeasure(status: string, hel: string | null, halv: string | null) {
    return {
        computedStatus: status,
        assessment: null,
        analysis: [],
        actions: [],
        target: null,
        threshold: { hel, halv }
    };
}

describe('report json', () => {
    it.each<[string, MeasureInit, Omit<ReportMeasure, 'id' | 'goal' | FollowUpKeys>]>([
        ['värde: no rank keys', { full: 'värde >= 80' }, { value: 80, status: 'hel' }],
        ['rang: rank', { full: 'rang <= 3', half: 'rang <= 5' }, { value: 80, status: 'halv', rank: 4 }],
        [
            'kvartil: rank, quartile and ranked',
            { full: 'kvartil = 1', half: 'kvartil <= 3' },
            { value: 80, status: 'halv', rank: 4, quartile: 3, ranked: 6 }
        ],
        [
            'rang i Grupp: groupRank',
            { full: 'rang i Grannar <= 1', half: 'rang i Grannar <= 2' },
            { value: 80, status: 'halv', groupRank: 2 }
        ],
        [
            'kvartil i Grupp: groupRank, groupQuartile and groupRanked',
            { full: 'kvartil i Grannar = 1' },
            {
                value: 80,
                status: 'ingen',
                groupRank: 2,
                groupQuartile: 3,
                groupRanked: 3
            }
        ],
        [
            'a rank base even when hel decided without it',
            { full: 'värde >= 80', half: 'rang <= 5' },
            { value: 80, status: 'hel', rank: 4 }
        ],
        [
            'a rank base that cannot be computed: null',
            { direction: undefined, full: 'rang <= 3' },
            { value: 80, status: 'saknas', rank: null }
        ],
        ['a missing value', { kpi: 'Saknas', full: 'rang <= 3' }, { value: null, status: 'saknas', rank: null }],
        ['ej bedömd', {}, { value: 80, status: 'ej_bedomd' }],
        [
            'utfall value',
            { kpi: undefined, actual: points({ 2019: 1.4 }), full: 'värde >= 2', half: 'värde >= 1' },
            { value: 1.4, status: 'halv' }
        ]
    ])('%s', (_name, init, expected) => {
        expect(reportMeasure(init)).toEqual({ id: 'M', goal: 'G', ...expected });
    });

    it('has CLI.md’s shape, goals and measures in model order', () => {
        const view = model({
            id: 'Kumla',
            vision: { id: 'V', title: 'Visionen', location: loc() },
            goals: [
                goal('KF', { level: 'fullmäktige', contributesTo: ['V'] }),
                goal('B', { contributesTo: ['KF'] }, [
                    measure('b1', { kpi: 'K', direction: 'higher', full: 'värde >= 90', half: 'värde >= 80' }),
                    measure('b2', { kpi: 'Saknas', full: 'värde >= 1' })
                ]),
                goal('A', { contributesTo: ['KF'] }, [measure('a1', { kpi: 'K', full: 'värde >= 80' })])
            ]
        });
        expect(toReportJson(computeFulfilment(view, DATA, YEAR))).toEqual({
            model: 'Kumla',
            municipality: '1881',
            year: 2019,
            followUp: null,
            vision: { id: 'V', fulfilment: 0.75, status: 'uppfyllt' },
            goals: [
                {
                    id: 'KF',
                    level: 'fullmäktige',
                    fulfilment: 0.75,
                    status: 'uppfyllt',
                    ...unassessedGoal(0.75, 'uppfyllt'),
                    // LANGUAGE.md 4.6: the measures of the goals under it, each once.
                    measuresWithValue: 2,
                    measures: 3
                },
                {
                    id: 'B',
                    level: 'nämnd',
                    fulfilment: 0.5,
                    status: 'delvis',
                    ...unassessedGoal(0.5, 'delvis'),
                    measuresWithValue: 1,
                    measures: 2
                },
                {
                    id: 'A',
                    level: 'nämnd',
                    fulfilment: 1,
                    status: 'uppfyllt',
                    ...unassessedGoal(1, 'uppfyllt'),
                    measuresWithValue: 1,
                    measures: 1
                }
            ],
            measures: [
                {
                    id: 'b1',
                    goal: 'B',
                    value: 80,
                    status: 'halv',
                    ...unassessedMeasure('halv', 'värde >= 90', 'värde >= 80')
                },
                {
                    id: 'b2',
                    goal: 'B',
                    value: null,
                    status: 'saknas',
                    ...unassessedMeasure('saknas', 'värde >= 1', null)
                },
                { id: 'a1', goal: 'A', value: 80, status: 'hel', ...unassessedMeasure('hel', 'värde >= 80', null) }
            ]
        });
    });

    it('writes null for a model without a vision or municipality', () => {
        const json = toReportJson(computeFulfilment(model({ municipality: undefined }), DATA, YEAR));
        expect(json).toMatchObject({ municipality: null, vision: null, goals: [], measures: [] });
    });

    it('is plain JSON: a round trip changes nothing', () => {
        const json = toReportJson(
            computeFulfilment(
                model({ goals: [goal('G', {}, [measure('M', { kpi: 'K', full: 'värde >= 1' })])] }),
                DATA,
                YEAR
            )
        );
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    });
});

describe('scopedReportJson (report --ansvarig)', () => {
    it('keeps the goals the organisation owns with their measures, and the chain above them without theirs', () => {
        const view = model({
            goals: [
                goal('Kf', { level: 'fullmäktige' }, [
                    measure('A', { kpi: 'K', direction: 'higher', full: 'värde >= 70' })
                ]),
                goal('Egen', { owner: 'BUN', contributesTo: ['Kf'] }, [
                    measure('B', { kpi: 'K', direction: 'higher', full: 'värde >= 70' })
                ]),
                goal('Annan', { owner: 'KS', contributesTo: ['Kf'] }, [
                    measure('C', { kpi: 'K', direction: 'higher', full: 'värde >= 70' })
                ])
            ]
        });
        const json = toReportJson(computeFulfilment(view, DATA, YEAR));
        const scoped = scopedReportJson(json, 'BUN', { owned: new Set(['Egen']), chain: new Set(['Kf']) });
        expect(scoped.owner).toBe('BUN');
        expect(scoped.year).toBe(json.year);
        expect(scoped.goals.map(g => g.id)).toEqual(['Kf', 'Egen']);
        expect(scoped.measures.map(m => `${m.goal}.${m.id}`)).toEqual(['Egen.B']);
    });
});
