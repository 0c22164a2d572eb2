import { describe, expect, it } from 'vitest';
import {
    dateWords,
    daysInMonth,
    interimAssessmentLabel,
    isoDate,
    isValidDate,
    monthNumber,
    parsePerOption
} from '../../src/model/follow-up-date.js';

describe('the date of an interim follow-up', () => {
    it.each([
        [2024, 2, 29],
        [2023, 2, 28],
        [1900, 2, 28],
        [2000, 2, 29],
        [2024, 9, 30],
        // Beyond Date's range (a mistyped year, found by the long fuzz run): was NaN.
        [2024023, 2, 28],
        [2024024, 2, 29],
        [2024023, 8, 31]
    ])('%i has %i: %i days', (year, month, days) => {
        expect(daysInMonth(year, month)).toBe(days);
    });

    it.each([
        ['2024-08-31', { year: 2024, date: { day: 31, month: 8 } }],
        ['31 augusti', { date: { day: 31, month: 8 } }],
        ['30 April', { date: { day: 30, month: 4 } }],
        [' 1 januari ', { date: { day: 1, month: 1 } }],
        ['augusti', undefined],
        ['31 agusti', undefined],
        ['2024/08/31', undefined]
    ])('--per %j', (text, expected) => {
        expect(parsePerOption(text)).toEqual(expected);
    });

    it.each([
        [2024, 29, 2, true],
        [2023, 29, 2, false],
        [2024, 31, 9, false],
        [2024, 0, 8, false],
        [2024, 31, 13, false],
        [2024, 31.5, 8, false]
    ])('%i: %s/%s valid is %s', (year, day, month, valid) => {
        expect(isValidDate(year, { day, month })).toBe(valid);
    });

    it('words, ISO form and the label every surface uses', () => {
        const date = { day: 31, month: 8 };
        expect([dateWords(date), isoDate(2024, date), interimAssessmentLabel(date)]).toEqual([
            '31 augusti',
            '2024-08-31',
            'Prognos för helåret, bedömd per 31 augusti'
        ]);
        expect(isoDate(2024, { day: 1, month: 4 })).toBe('2024-04-01');
        expect([monthNumber('december'), monthNumber('December'), monthNumber('dec')]).toEqual([
            12,
            undefined,
            undefined
        ]);
    });
});
