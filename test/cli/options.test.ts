import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseChoice, parseYearOption } from '../../src/cli/options.js';

/** `--year` and the other option parsers, in-process (the CLI tests run the built bundle). */
describe('parseYearOption', () => {
    it.each([
        ['2019', 2019],
        ['1900', 1900],
        ['2200', 2200]
    ])('takes %s as the year %d', (text, year) => {
        expect(parseYearOption(text)).toBe(year);
    });

    it.each(['0042', '1899', '2201', '0000'])('refuses %s, four digits but no year a model may name', text => {
        expect(() => parseYearOption(text)).toThrow(
            new InvalidArgumentError(`Året ska ligga mellan 1900–2200, inte "${text}".`)
        );
    });

    it.each(['42', '20199', '2019.0', ' 2019', '2019 ', 'två', '', '1e3'])(
        'refuses %j, which is not four digits',
        text => {
            expect(() => parseYearOption(text)).toThrow(
                new InvalidArgumentError(`Året ska vara fyra siffror, till exempel 2019, inte "${text}".`)
            );
        }
    );
});

describe('parseChoice', () => {
    it('takes one of the choices and refuses anything else, naming the choices', () => {
        expect(parseChoice('md', ['md', 'json'] as const)).toBe('md');
        expect(() => parseChoice('MD', ['md', 'json'] as const)).toThrow(
            new InvalidArgumentError('Okänt värde "MD". Välj md, json.')
        );
    });
});
