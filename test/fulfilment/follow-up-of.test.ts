import { describe, expect, it } from 'vitest';
import { followUpOf, interimFollowUpsOf } from '../../src/fulfilment/follow-up.js';
import type { FollowUpView } from '../../src/model/model-view.js';
import { loc, model } from './helpers.js';

function followUp(year: number, title: string, per?: { day: number; month: number }): FollowUpView {
    return { year, title, entries: [], location: loc(), ...(per ? { per } : {}) };
}

/** LANGUAGE.md sections 8 and 9: the year's final follow-up and its interim ones (delårsrapporter). */
describe('finding a follow-up', () => {
    const view = model({
        followUps: [
            followUp(2024, 'Delår augusti', { day: 31, month: 8 }),
            followUp(2024, 'Årsredovisning'),
            followUp(2024, 'Delår april', { day: 30, month: 4 }),
            followUp(2023, 'Delår 2023', { day: 31, month: 8 }),
            followUp(2024, 'Delår 15 augusti', { day: 15, month: 8 }),
            followUp(2024, 'Andra årsredovisningen')
        ]
    });

    it('the interim follow-ups of a year in date order, without the final one or other years', () => {
        expect(interimFollowUpsOf(view, 2024).map(f => f.title)).toEqual([
            'Delår april',
            'Delår 15 augusti',
            'Delår augusti'
        ]);
        expect(interimFollowUpsOf(view, 2023).map(f => f.title)).toEqual(['Delår 2023']);
        expect(interimFollowUpsOf(view, 2022)).toEqual([]);
        expect(interimFollowUpsOf(model(), 2024)).toEqual([]);
    });

    it('the final follow-up is the first without a date; an interim one by its date', () => {
        expect(followUpOf(view, 2024)?.title).toBe('Årsredovisning');
        expect(followUpOf(view, 2024, { day: 15, month: 8 })?.title).toBe('Delår 15 augusti');
        expect(followUpOf(view, 2024, { day: 1, month: 8 })).toBeUndefined();
        expect(followUpOf(view, 2022)).toBeUndefined();
    });
});
