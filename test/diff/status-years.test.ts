import { describe, expect, it } from 'vitest';
import { diffModels, renderDiffMarkdown, statusYears } from '../../src/diff/index.js';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import type { FollowUpView, ModelView } from '../../src/model/model-view.js';
import { goal, loc, measure, memoryData, model, points } from '../fulfilment/helpers.js';

const NO_DATA = memoryData([]);

/**
 * Årsredovisning 2023 in a model whose `år` is 2024. In 2023 a is halv (85 under `hel när värde >= 90`), b hel
 * and c halv: K and the vision are delvis (2/3). Lowering a's target to 85 makes a hel and both uppfyllt (5/6);
 * in 2024 a is hel either way.
 */
function version(fullAt: number): ModelView {
    const followUp: FollowUpView = { year: 2023, title: 'Årsredovisning 2023', entries: [], location: loc(40) };
    return model({
        year: 2024,
        vision: { id: 'V', title: 'Visionen', location: loc() },
        followUps: [followUp],
        goals: [
            goal('K', { level: 'fullmäktige', contributesTo: ['V'] }, [
                measure('a', {
                    direction: 'higher',
                    actual: points({ 2023: 85, 2024: 95 }),
                    full: `värde >= ${fullAt}`,
                    half: 'värde >= 80'
                }),
                measure('b', { direction: 'higher', actual: points({ 2023: 95, 2024: 95 }), full: 'värde >= 90' }),
                measure('c', {
                    direction: 'higher',
                    actual: points({ 2023: 85, 2024: 85 }),
                    full: 'värde >= 99',
                    half: 'värde >= 80'
                })
            ])
        ]
    });
}

function compare(before: ModelView, after: ModelView, only?: number) {
    return diffModels({
        before,
        after,
        results: statusYears(before, after, after.year, only).map(year => ({
            year,
            before: computeFulfilment(before, NO_DATA, year),
            after: computeFulfilment(after, NO_DATA, year)
        }))
    });
}

describe('diff over every follow-up year (CLI.md `diff`)', () => {
    it('the model’s year and each year with a follow-up in either revision, or --year alone', () => {
        const before = version(90);
        const after = {
            ...version(90),
            followUps: [...version(90).followUps, { ...version(90).followUps[0]!, year: 2021 }]
        };
        expect(statusYears(before, after, 2024)).toEqual([2021, 2023, 2024]);
        expect(statusYears(before, after, 2024, 2023)).toEqual([2023]);
        expect(statusYears(undefined, before, undefined)).toEqual([2023]);
    });

    it('lowering a target so that the årsredovisning 2023’s vision moves from delvis to uppfyllt is shown under 2023', () => {
        const changes = compare(version(90), version(85));
        expect(changes.filter(c => c.kind === 'status-changed')).toEqual([
            { kind: 'status-changed', id: 'K', before: 'delvis', after: 'uppfyllt', weakened: false, year: 2023 },
            { kind: 'status-changed', id: 'K.a', before: 'halv', after: 'hel', weakened: false, year: 2023 },
            { kind: 'status-changed', id: 'V', before: 'delvis', after: 'uppfyllt', weakened: false, year: 2023 }
        ]);
        expect(changes.find(c => c.kind === 'threshold-changed')).toMatchObject({ weakened: true });
        // With --year 2024 nothing changes status: 2024's value met both targets already.
        expect(compare(version(90), version(85), 2024).filter(c => c.kind === 'status-changed')).toEqual([]);
        const md = renderDiffMarkdown('Test', changes, 2024);
        expect(md).toContain('### Status som ändras (2023)');
        expect(md).not.toContain('### Status som ändras (2024)');
    });
});

describe('status changes need a result on both sides', () => {
    it('reports none for a year one side has no result for, nor for a vision only one side has', () => {
        const before = version(90);
        const after = version(85);
        const one = (b: ModelView | undefined, a: ModelView | undefined) =>
            diffModels({
                before,
                after,
                results: [
                    {
                        year: 2023,
                        ...(b ? { before: computeFulfilment(b, NO_DATA, 2023) } : {}),
                        ...(a ? { after: computeFulfilment(a, NO_DATA, 2023) } : {})
                    }
                ]
            }).filter(c => c.kind === 'status-changed');
        expect(one(before, undefined)).toEqual([]);
        expect(one(undefined, after)).toEqual([]);
        const noVision = { ...after, vision: undefined };
        expect(one(before, noVision).map(c => c.id)).toEqual(['K', 'K.a']);
    });
});

describe('diff of an interim follow-up’s assessments', () => {
    it('names the interim follow-up by its date, apart from the year’s final one', () => {
        const entry = (status: 'delvis' | 'uppfyllt') => ({
            kind: 'goal' as const,
            goal: 'K',
            analysis: [],
            actions: [],
            assessment: { status, motivation: 'Skäl.', location: loc(42) },
            location: loc(41)
        });
        const followUps = (status: 'delvis' | 'uppfyllt'): FollowUpView[] => [
            { year: 2024, title: 'Årsredovisning 2024', entries: [entry('delvis')], location: loc(40) },
            { year: 2024, per: { day: 31, month: 8 }, title: 'Delår', entries: [entry(status)], location: loc(50) }
        ];
        const changes = diffModels({
            before: { ...version(90), followUps: followUps('delvis') },
            after: { ...version(90), followUps: followUps('uppfyllt') }
        });
        expect(changes).toEqual([
            expect.objectContaining({
                kind: 'assessment-changed',
                id: 'uppföljning 2024 per 31 augusti: K',
                note: 'delvis → uppfyllt'
            })
        ]);
    });
});
