import { describe, expect, it } from 'vitest';
import { formatModelNumber, parseModelNumber } from '../../src/model/model-number.js';

/** The model's number syntax, written back: what it writes parses to the same number. */
describe('numbers in model syntax', () => {
    it.each([
        [87.5, '87,5'],
        [-5, '-5'],
        [0.875, '0,875'],
        [1e21, '1000000000000000000000'],
        [1.5e-7, '0,00000015'],
        [12345.678, '12345,678']
    ])('%d is written %s', (value, text) => {
        expect(formatModelNumber(value)).toBe(text);
        expect(parseModelNumber(text)).toBe(value);
    });

    it('reads the typographic minus that word processors write', () => {
        expect(parseModelNumber('−5,5')).toBe(-5.5);
    });
});
