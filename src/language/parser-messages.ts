import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';

/** Swedish names for what the parser expected, so a planner understands a syntax error. */
export function describeToken(type: TokenType): string {
    switch (type.name) {
        case 'ID': return 'ett namn';
        case 'STRING': return 'en text inom citattecken';
        case 'NUMBER': return 'ett tal';
        case 'EOF': return 'filens slut';
        // Langium names a keyword's token after the keyword itself.
        default: return `\`${type.name}\``;
    }
}

function found(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF') return 'filens slut';
    return `\`${token.image}\``;
}

function alternatives(paths: TokenType[][]): string {
    const firsts = [...new Set(paths.map(path => path[0]).filter(Boolean).map(describeToken))];
    if (firsts.length <= 1) return firsts[0] ?? 'något annat';
    return firsts.slice(0, -1).join(', ') + ' eller ' + firsts[firsts.length - 1];
}

export class SwedishParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return `Här ska det stå ${describeToken(expected)}, men det står ${found(actual)}.`;
    }
    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Oväntat ${found(firstRedundant)}. Varje del börjar med ett nyckelord som \`mål\`, \`nämnd\` eller \`inriktning\`.`;
    }
    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Oväntat ${found(actual[0])}. Här ska det stå ${alternatives(expectedPathsPerAlt.flat())}.`;
    }
    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Här saknas något: skriv ${alternatives(expectedIterationPaths)} före ${found(actual[0])}.`;
    }
}

export class SwedishLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        const shown = text.length > 20 ? text.slice(0, 20) + '…' : text;
        return `Tecknet \`${shown}\` kan inte stå här. Namn får innehålla bokstäver, siffror och _, och text skrivs inom "citattecken".`;
    }
}
