import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_KEYWORDS } from './word-keywords.js';

const textMate = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'syntaxes', 'styrmodell.tmLanguage.json'), 'utf8')
);
const patterns = JSON.stringify(textMate.repository);

/** Every word keyword of the grammar, so the TextMate grammar cannot fall behind it. */
const keywords = WORD_KEYWORDS;

describe('the TextMate grammar', () => {
    it.each(keywords)('highlights the keyword %s', keyword => {
        // As a whole word in some pattern: `(mål|mått)`, or a phrase such as `del\\s+av`.
        expect(patterns).toMatch(new RegExp(`(?<!\\p{L})${keyword}(?!\\p{L})`, 'u'));
    });

    it.each([
        ['numbers with a decimal comma and a Unicode minus', 'numbers', '[-\u2212]?[0-9]+(?:[.,][0-9]+)?'],
        ['line comments', 'comments', '//'],
        ['block comments', 'comments', '/\\\\*']
    ])('highlights %s', (_what, rule, fragment) => {
        expect(JSON.stringify(textMate.repository[rule])).toContain(fragment);
    });
});
