import { InvalidArgumentError } from 'commander';
import { isValidYear, VALID_YEARS_TEXT } from '../model/valid-year.js';

export { VERSION } from '../version.js';

/** A `--year` option: four digits, and a year a model may name (1900–2200). */
export function parseYearOption(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || !Number.isInteger(year)) {
        throw new InvalidArgumentError(`Året ska vara fyra siffror, till exempel 2019, inte "${value}".`);
    }
    if (!isValidYear(year)) {
        throw new InvalidArgumentError(`Året ska ligga mellan ${VALID_YEARS_TEXT}, inte "${value}".`);
    }
    return year;
}

export function parseChoice<T extends string>(value: string, choices: readonly T[]): T {
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new InvalidArgumentError(`Okänt värde "${value}". Välj ${choices.join(', ')}.`);
}
