import { describe, expect, it } from 'vitest';
import { compare, round10 } from '../../src/fulfilment/numbers.js';
import { formatModelNumber as formatNumber } from '../../src/model/model-number.js';
import type { Operator } from '../../src/model/model-view.js';

describe('numbers', () => {
    it.each<[number, Operator, number, boolean]>([
        [0.1 + 0.2, '=', 0.3, true],
        [0.3, '=', 0.1 + 0.2, true],
        [0.30000001, '=', 0.3, false],
        [62.8 - 66, '>=', -3.2, true],
        [62.8 - 66, '<', -3.2, false],
        [1.1 * 3, '<=', 3.3, true],
        [1.1 * 3, '>', 3.3, false],
        [90, '>=', 90, true],
        [89.9999, '>=', 90, false],
        [5, '>', 4, true],
        [-5, '<', 0, true],
        [1e6 + 0.1 + 0.2, '=', 1e6 + 0.3, true],
        [-0, '=', 0, true]
    ])('%d %s %d is %s', (left, operator, right, expected) => {
        expect(compare(left, operator, right)).toBe(expected);
    });

    it.each([
        [0.1 + 0.2, 0.3],
        [62.8 - 66, -3.2],
        [1 / 3, 0.3333333333],
        [-0.00000000001, 0],
        [123456789.12345678, 123456789.123457],
        [1e6 + 0.1 + 0.2, 1000000.3]
    ])('round10(%d) = %d', (value, rounded) => {
        expect(round10(value)).toBe(rounded);
    });

    it.each([
        [87.5, '87,5'],
        [-5, '-5'],
        [10, '10'],
        [0.25, '0,25']
    ])('formatNumber(%d) = %s', (value, text) => {
        expect(formatNumber(value)).toBe(text);
    });
});
