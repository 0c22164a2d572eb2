import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/data/json-error-offset.js';

/** Each row: a text, and the offset of its first offending character (-1 when it is JSON), checked against JSON.parse. */
const rows: Array<[string, number]> = [
    ['{}', -1],
    ['[]', -1],
    [' {"a": [1, -2.5e+3, true, false, null, "x\\"y\\u00e5"]} ', -1],
    ['\uFEFF{"a": {}}', -1],
    ['"bara en sträng"', -1],
    ['0', -1],
    ['', 0],
    ['   ', 3],
    ['{', 1],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['{a: 1}', 1],
    ['{"a": 01}', 7],
    ['[.5]', 1],
    ['[tru]', 1],
    ['["a\\x"]', 3],
    ['["a\\u00g0"]', 3],
    ['["a', 3],
    ['[1]]', 3],
    ['{"a": 1]', 7],
    ['[1} ', 2],
    ['{} {}', 3],
    ['[NaN]', 1]
];

describe('jsonErrorOffset', () => {
    it.each(rows)('%j → %i', (text, offset) => {
        expect(jsonErrorOffset(text)).toBe(offset);
        // The verdict agrees with JSON.parse's (a BOM aside, which the readers strip before parsing).
        let valid = true;
        try {
            JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
            valid = false;
        }
        expect(offset === -1).toBe(valid);
    });

    it('reads a deep nesting without recursion', () => {
        const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
        expect(jsonErrorOffset(deep)).toBe(-1);
        expect(jsonErrorOffset(`${deep}x`)).toBe(200_000);
    });
});
