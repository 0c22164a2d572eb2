import type { TokenPattern, TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import { matchString } from './string-token.js';

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Keywords with å, ä or ö also match their decomposed (NFD) spelling, so a file saved in NFD (as some macOS
 * tools write) reads exactly like its NFC twin; names are NFC-normalised by the value converter.
 */
export class StyrmodellTokenBuilder extends DefaultTokenBuilder {
    /** STRING is scanned without a regular expression: see string-token.ts. */
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        if (terminal.name !== 'STRING') return super.buildTerminalToken(terminal);
        return { name: terminal.name, PATTERN: matchString, START_CHARS_HINT: ['"'], LINE_BREAKS: false };
    }

    protected override buildKeywordPattern(keyword: GrammarAST.Keyword, caseInsensitive: boolean): TokenPattern {
        const composed = keyword.value.normalize('NFC');
        const decomposed = keyword.value.normalize('NFD');
        if (composed === decomposed) return super.buildKeywordPattern(keyword, caseInsensitive);
        const pattern = [...composed]
            .map(char => {
                const nfd = char.normalize('NFD');
                return nfd === char ? escapeRegExp(char) : `(?:${escapeRegExp(char)}|${escapeRegExp(nfd)})`;
            })
            .join('');
        return new RegExp(pattern, caseInsensitive ? 'i' : undefined);
    }
}
