import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/fulfilment/result.js';
import {
    ASSESSED_GOAL_STATUSES,
    ASSESSED_MEASURE_STATUSES,
    oppositeStep,
    STATUS_DISPLAY,
    sameStepOtherKind,
    statusColour,
    statusDisplay,
    statusWord
} from '../../src/fulfilment/status.js';

describe('status display', () => {
    it.each<[Status, string, string]>([
        ['hel', 'hel', 'green'],
        ['halv', 'halv', 'yellow'],
        ['ingen', 'ingen', 'red'],
        ['saknas', 'saknas', 'grey'],
        ['ej_bedomd', 'ej bedömd', 'grey'],
        ['uppfyllt', 'uppfyllt', 'green'],
        ['delvis', 'delvis', 'yellow'],
        ['ej_uppfyllt', 'ej uppfyllt', 'red']
    ])('%s → %s, %s', (status, word, colour) => {
        expect(statusWord(status)).toBe(word);
        expect(statusColour(status)).toBe(colour);
        expect(statusDisplay(status).cssClass).toBe(`status-${colour}`);
    });

    it('covers every status', () => {
        expect(Object.keys(STATUS_DISPLAY).sort()).toEqual([
            'delvis',
            'ej_bedomd',
            'ej_uppfyllt',
            'halv',
            'hel',
            'ingen',
            'saknas',
            'uppfyllt'
        ]);
    });
});

/** Each kind's status words: one table, whose steps the follow-up checks and the code actions share. */
describe('assessed statuses by step', () => {
    it('pairs a goal’s word with a measure’s at the same step, both ways', () => {
        expect(ASSESSED_GOAL_STATUSES.map(sameStepOtherKind)).toEqual(['hel', 'halv', 'ingen']);
        expect(ASSESSED_MEASURE_STATUSES.map(sameStepOtherKind)).toEqual(['uppfyllt', 'delvis', 'ej_uppfyllt']);
        expect(statusWord(sameStepOtherKind('ingen'))).toBe('ej uppfyllt');
    });

    it('finds the status two steps away, none for the middle step', () => {
        expect(
            ['uppfyllt', 'delvis', 'ej_uppfyllt', 'hel', 'halv', 'ingen'].map(s => oppositeStep(s as never))
        ).toEqual(['ej_uppfyllt', undefined, 'uppfyllt', 'ingen', undefined, 'hel']);
    });
});
