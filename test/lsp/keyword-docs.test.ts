import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { StyrmodellGrammar } from '../../src/language/generated/grammar.js';
import { KEYWORD_DOCS } from '../../src/lsp/keyword-docs.js';

const words = [
    ...new Set(
        AstUtils.streamAllContents(StyrmodellGrammar())
            .filter(GrammarAST.isKeyword)
            .map(k => k.value)
            .filter(k => /^\p{L}+$/u.test(k))
    )
].sort();

describe('hover docs', () => {
    it.each(words)('explain the keyword %s in Swedish', word => {
        expect(KEYWORD_DOCS[word]).toMatch(/\p{L}{3,}/u);
    });
});
