import { describe, expect, it } from 'vitest';
import { FIRST_VALID_YEAR, isValidYear, LAST_VALID_YEAR, yearFromText } from '../../src/model/valid-year.js';

describe('the valid years', () => {
    it('are whole years from 1900 to 2200', () => {
        expect([FIRST_VALID_YEAR, LAST_VALID_YEAR]).toEqual([1900, 2200]);
        expect([1899, 1900, 2019, 2200, 2201, 2019.5].map(isValidYear)).toEqual([
            false,
            true,
            true,
            true,
            false,
            false
        ]);
    });

    it('read from typed text: four digits naming a valid year, nothing else (the year command, settings)', () => {
        expect(['2019', '1900', '2200'].map(yearFromText)).toEqual([2019, 1900, 2200]);
        expect(
            ['0042', '0000', '9999', '1899', '2201', '20199', '219', ' 2019', '2019 ', '2e3', ''].map(yearFromText)
        ).toEqual(Array(11).fill(undefined));
    });
});
