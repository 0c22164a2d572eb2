import { formatModelNumber } from '../../model/model-number.js';
import { FIRST_VALID_YEAR, LAST_VALID_YEAR, VALID_YEARS_TEXT } from '../../model/valid-year.js';

/**
 * Why a number written as a year is none, for every year check's message. A whole year of four digits outside
 * the valid span (`1899`, `2201`) is written correctly, so telling its writer to use four digits would not help:
 * the message names the span instead. Anything else (`19`, `2020,5`) gets the check's own advice.
 */
export function notAYearText(year: number, howToWrite: string): string {
    if (Number.isInteger(year) && year >= 1000 && year <= 9999) {
        return year < FIRST_VALID_YEAR
            ? `${year} ligger före ${FIRST_VALID_YEAR}, det första år som går att följa upp (${VALID_YEARS_TEXT}).`
            : `${year} ligger efter ${LAST_VALID_YEAR}, det sista år som går att följa upp (${VALID_YEARS_TEXT}).`;
    }
    return `${formatModelNumber(year)} är inget årtal. ${howToWrite}`;
}
