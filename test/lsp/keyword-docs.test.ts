import { describe, expect, it } from 'vitest';
import { KEYWORD_DOCS } from '../../src/lsp/keyword-docs.js';
import { WORD_KEYWORDS } from '../language/word-keywords.js';

const words = WORD_KEYWORDS;

describe('hover docs', () => {
    it.each(words)('explain the keyword %s in Swedish', word => {
        expect(KEYWORD_DOCS[word]).toMatch(/\p{L}{3,}/u);
    });
});
