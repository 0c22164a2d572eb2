import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import { closestName } from '../text/closest-name.js';

/** Swedish names for what the parser expected, so a planner understands a syntax error. */
export function describeToken(type: TokenType): string {
    switch (type.name) {
        case 'ID':
            return 'ett namn';
        case 'STRING':
            return 'en text inom citattecken';
        case 'NUMBER':
            return 'ett tal';
        case 'EOF':
            return 'filens slut';
        // Langium names a keyword's token after the keyword itself.
        default:
            return `\`${type.name}\``;
    }
}

function found(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF') return 'filens slut';
    return `\`${token.image}\``;
}

function firstTokens(paths: TokenType[][]): TokenType[] {
    return paths.map(path => path[0]).filter((type): type is TokenType => type !== undefined);
}

function alternatives(paths: TokenType[][]): string {
    const firsts = [
        ...new Set(
            paths
                .map(path => path[0])
                .filter(Boolean)
                .map(describeToken)
        )
    ];
    if (firsts.length <= 1) return firsts[0] ?? 'något annat';
    return firsts.slice(0, -1).join(', ') + ' eller ' + firsts[firsts.length - 1];
}

/** The keywords a top-level element starts with. */
const TOP_LEVEL_KEYWORDS = [
    'styrmodell',
    'del',
    'vision',
    'inriktning',
    'program',
    'nämnd',
    'förvaltning',
    'jämförelsegrupp',
    'mål',
    'uppföljning'
];

/** Keyword tokens are named after the keyword; terminals have upper-case names. */
function keywordNames(types: readonly TokenType[]): string[] {
    return types.map(type => type.name).filter(name => !/^[A-Z_]+$/.test(name));
}

/**
 * "Menade du …?" for a syntax error: `=>` for `>=` (and `=<`), or a misspelt keyword (`mot` for `mått`).
 * The code action reads the suggestion back from the message, so it writes exactly what the message says.
 */
export function suggestion(
    actual: IToken | undefined,
    previous: IToken | undefined,
    expected: readonly TokenType[]
): string {
    if (!actual || actual.tokenType?.name === 'EOF') return '';
    if (
        previous?.image === '=' &&
        (actual.image === '>' || actual.image === '<') &&
        previous.endOffset !== undefined &&
        previous.endOffset + 1 === actual.startOffset
    ) {
        return ` Menade du ${actual.image}=?`;
    }
    if (!/^\p{L}+$/u.test(actual.image)) return '';
    // Where a file may end, a new element may begin: its keywords are what was likely meant.
    const keyword = closestName(
        actual.image,
        expected.some(type => type.name === 'EOF') ? TOP_LEVEL_KEYWORDS : keywordNames(expected)
    );
    return keyword ? ` Menade du ${keyword}?` : '';
}

export class SwedishParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({
        expected,
        actual,
        previous
    }: {
        expected: TokenType;
        actual: IToken;
        previous: IToken;
        ruleName: string;
    }): string {
        return `Här ska det stå ${describeToken(expected)}, men det står ${found(actual)}.${suggestion(actual, previous, [expected])}`;
    }
    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        const keyword = /^\p{L}+$/u.test(firstRedundant?.image ?? '')
            ? closestName(firstRedundant.image, TOP_LEVEL_KEYWORDS)
            : undefined;
        return `Oväntat ${found(firstRedundant)}. Varje del börjar med ett nyckelord som \`mål\`, \`nämnd\` eller \`inriktning\`.${keyword ? ` Menade du ${keyword}?` : ''}`;
    }
    override buildNoViableAltMessage({
        expectedPathsPerAlt,
        actual,
        previous
    }: {
        expectedPathsPerAlt: TokenType[][][];
        actual: IToken[];
        previous: IToken;
        customUserDescription: string;
        ruleName: string;
    }): string {
        const paths = expectedPathsPerAlt.flat();
        return `Oväntat ${found(actual[0])}. Här ska det stå ${alternatives(paths)}.${suggestion(actual[0], previous, firstTokens(paths))}`;
    }
    override buildEarlyExitMessage({
        expectedIterationPaths,
        actual,
        previous
    }: {
        expectedIterationPaths: TokenType[][];
        actual: IToken[];
        previous: IToken;
        customUserDescription: string;
        ruleName: string;
    }): string {
        return `Här saknas något: skriv ${alternatives(expectedIterationPaths)} före ${found(actual[0])}.${suggestion(actual[0], previous, firstTokens(expectedIterationPaths))}`;
    }
}

export class SwedishLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        const shown = text.length > 20 ? text.slice(0, 20) + '…' : text;
        return `Tecknet \`${shown}\` kan inte stå här. Namn får innehålla bokstäver, siffror och _, och text skrivs inom "citattecken".`;
    }
}
