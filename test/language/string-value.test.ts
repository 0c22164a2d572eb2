import { ValueConverter } from 'langium';
import { describe, expect, it } from 'vitest';
import { stringValue } from '../../src/language/string-value.js';

/** A STRING token's value is Langium's, read without a rope of one node per character (issue 18: 50 MB string). */
describe('a string literal’s value', () => {
    it.each([
        '""',
        '"Mål"',
        '"a\\"b"',
        '"\\\\"',
        '"rad\\nrad\\ttab\\b\\f\\r\\v\\0"',
        '"\\q okänd"',
        '"slut\\\\"',
        '"\\"\\"\\""',
        '"å\\u00e5"'
    ])('%s reads as Langium reads it', token => {
        expect(stringValue(token)).toBe(ValueConverter.convertString(token));
    });
});
