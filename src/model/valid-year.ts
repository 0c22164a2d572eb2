/**
 * The one definition of the years a model, a data file, a setting or a command-line option may name: a whole
 * year from 1900 to 2200. Anything outside is a typo (`0000`, `20199`), never a year to follow up.
 */
export const FIRST_VALID_YEAR = 1900;
export const LAST_VALID_YEAR = 2200;

/** The span in words for messages: "1900–2200". */
export const VALID_YEARS_TEXT = `${FIRST_VALID_YEAR}–${LAST_VALID_YEAR}`;

export function isValidYear(year: unknown): year is number {
    return typeof year === 'number' && Number.isInteger(year) && year >= FIRST_VALID_YEAR && year <= LAST_VALID_YEAR;
}

/** A year typed as text (an input box, a setting): four digits naming a valid year, else undefined (`0042`, `20199`). */
export function yearFromText(text: string): number | undefined {
    const year = Number(text);
    return /^\d{4}$/.test(text) && isValidYear(year) ? year : undefined;
}
