import { describe, expect, it } from 'vitest';
import type { ModelResult } from '../../src/fulfilment/result.js';
import { parseYearChoice, yearChoices } from '../../src/render/shown-years.js';

const interim = (year: number, day: number, month: number) =>
    ({ year, followUp: { year, per: { day, month }, title: `Delår ${year}` } }) as unknown as ModelResult;

describe('the year selector offers each year’s delårsrapport beside the year', () => {
    it('newest year first, each followed by its interim follow-ups, latest date first', () => {
        const choices = yearChoices(
            [2022, 2023, 2024],
            [interim(2024, 30, 4), interim(2024, 31, 8), interim(2023, 31, 8)]
        );
        expect(choices.map(c => [c.value, c.label])).toEqual([
            ['2024', '2024'],
            ['2024-08-31', '2024 delårsrapport per 31 augusti'],
            ['2024-04-30', '2024 delårsrapport per 30 april'],
            ['2023', '2023'],
            ['2023-08-31', '2023 delårsrapport per 31 augusti'],
            ['2022', '2022']
        ]);
    });

    it('a year with only an interim follow-up still offers it', () => {
        expect(yearChoices([2023], [interim(2024, 31, 8)]).map(c => c.value)).toEqual(['2024-08-31', '2023']);
    });

    it.each([
        ['2024', { year: 2024 }],
        ['2024-08-31', { year: 2024, per: { day: 31, month: 8 } }],
        ['20245', undefined],
        ['', undefined]
    ])('reads the value %j', (value, expected) => {
        expect(parseYearChoice(value)).toEqual(expected);
    });
});
