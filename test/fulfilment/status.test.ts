import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/fulfilment/result.js';
import { STATUS_DISPLAY, statusColour, statusDisplay, statusWord } from '../../src/fulfilment/status.js';

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
