import { AstUtils, GrammarAST } from 'langium';
import { StyrmodellGrammar } from '../../src/language/generated/grammar.js';

/** Every keyword of the grammar that is a word (letters only), sorted: for tests that must keep up with the grammar. */
export const WORD_KEYWORDS = [
    ...new Set(
        AstUtils.streamAllContents(StyrmodellGrammar())
            .filter(GrammarAST.isKeyword)
            .map(k => k.value)
            .filter(k => /^\p{L}+$/u.test(k))
    )
].sort();
