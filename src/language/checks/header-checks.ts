import type { AstNode, ValidationAcceptor } from 'langium';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import { formatModelNumber } from '../../model/model-number.js';
import { numberFits } from '../../model/number-fits.js';
import { isValidYear } from '../../model/valid-year.js';
import { nameOf } from '../display-name.js';
import type {
    AssessmentStatement,
    Document,
    ModelHeader,
    MunicipalityStatement,
    YearStatement
} from '../generated/ast.js';
import { modelElementsOf, where } from '../model-elements.js';
import type { ModelMembership } from '../model-membership.js';
import { fractionAsPercent } from '../swedish-number.js';
import { reportRepeatedStatements } from './repeated-statements.js';
import { notAYearText } from './year-text.js';

export class HeaderChecks {
    constructor(private readonly membership: ModelMembership) {}

    /** A file with content must join a model through a header or `del av`, written first, and only once. */
    checkFileJoinsModel = (document: Document, accept: ValidationAcceptor): void => {
        const heads: AstNode[] = [...document.headers, ...document.parts].sort(byOffset);
        const first = [...heads, ...document.elements].sort(byOffset)[0];
        if (heads.length === 0) {
            if (document.elements.length > 0) {
                const first = document.elements[0];
                const message =
                    'Filen hör inte till någon modell. Börja filen med `styrmodell Id "namn" { … }` eller `del av Id`.';
                if (first.$type === 'FollowUp')
                    accept('error', message, {
                        node: first,
                        keyword: 'uppföljning',
                        code: DiagnosticCodes.missingHeader
                    });
                else accept('error', message, { node: first, property: 'name', code: DiagnosticCodes.missingHeader });
            }
            return;
        }
        if (first !== heads[0]) {
            accept(
                'error',
                'Huvudet (`styrmodell …` eller `del av …`) ska stå först i filen; bara kommentarer får stå före. Flytta upp det.',
                {
                    node: heads[0],
                    keyword: heads[0].$type === 'ModelHeader' ? 'styrmodell' : 'del',
                    code: DiagnosticCodes.headerNotFirst
                }
            );
        }
        for (const extra of heads.slice(1)) {
            accept('error', 'En fil har ett enda huvud: antingen `styrmodell …` eller `del av …`. Ta bort det här.', {
                node: extra,
                keyword: extra.$type === 'ModelHeader' ? 'styrmodell' : 'del',
                code: DiagnosticCodes.multipleHeaders
            });
        }
    };

    /** Exactly one file of a model holds its `styrmodell` header. */
    checkSingleHeaderInModel = (header: ModelHeader, accept: ValidationAcceptor): void => {
        const others = modelElementsOf(header, this.membership).headers.filter(
            h => h !== header && h.name === header.name
        );
        if (others.length > 0) {
            accept(
                'error',
                `Modellen ${nameOf(header)} har flera huvuden (också i ${others.map(where).join(', ')}). Behåll ett och skriv \`del av ${nameOf(header)}\` i de andra filerna.`,
                { node: header, property: 'name', code: DiagnosticCodes.multipleHeaders }
            );
        }
    };

    /** The header holds each of `kommun`, `år` and `bedömning` at most once. */
    checkHeaderStatements = (header: ModelHeader, accept: ValidationAcceptor): void => {
        reportRepeatedStatements(
            header.statements,
            ['MunicipalityStatement', 'YearStatement', 'AssessmentStatement'],
            accept
        );
    };

    /** `kommun` is a four-digit Kolada code of a municipality, not a region (`00NN`) or Riket. */
    checkMunicipalityCode = (statement: MunicipalityStatement, accept: ValidationAcceptor): void => {
        if (statement.code === undefined) {
            // `kommun 1885`: the number is a syntax error; say what to write instead.
            accept('error', 'Skriv kommunkoden med fyra siffror inom citattecken, till exempel kommun "1881".', {
                node: statement,
                code: DiagnosticCodes.invalidMunicipality
            });
        } else if (!/^\d{4}$/.test(statement.code)) {
            accept(
                'error',
                `Kommunkoden ska vara fyra siffror inom citattecken, till exempel "1881", inte "${statement.code}".`,
                { node: statement, property: 'code', code: DiagnosticCodes.invalidMunicipality }
            );
        } else if (statement.code.startsWith('00')) {
            accept(
                'error',
                `"${statement.code}" är en region eller Riket, inte en kommun. Skriv kommunens fyrsiffriga kod.`,
                { node: statement, property: 'code', code: DiagnosticCodes.invalidMunicipality }
            );
        }
    };

    /** `år` is a whole year. */
    checkYear = (statement: YearStatement, accept: ValidationAcceptor): void => {
        // number-too-large says it on this line; "Infinity är inget årtal" would only repeat it badly.
        if (numberFits(statement.year) && !isValidYear(statement.year)) {
            const advice = 'Skriv uppföljningsåret med fyra siffror, till exempel `år 2019`.';
            accept('error', notAYearText(statement.year, advice), {
                node: statement,
                property: 'year',
                code: DiagnosticCodes.invalidYear
            });
        }
    };

    /** `bedömning` bounds lie between 0 and 100 %, `delvis` below `uppfyllt`, each given once. */
    checkAssessmentBounds = (statement: AssessmentStatement, accept: ValidationAcceptor): void => {
        const seen = new Set<string>();
        for (const bound of statement.bounds) {
            if (seen.has(bound.kind)) {
                accept('error', `\`${bound.kind}\` står två gånger i bedömningen. Ta bort den ena.`, {
                    node: bound,
                    code: DiagnosticCodes.invalidBounds
                });
            }
            seen.add(bound.kind);
            if (!(bound.value >= 0 && bound.value <= 100)) {
                accept('error', `Gränsen ska vara en procentsats mellan 0 och 100, till exempel 75 %.`, {
                    node: bound,
                    property: 'value',
                    code: DiagnosticCodes.invalidBounds
                });
            } else if (bound.value > 0 && bound.value < 1) {
                const percent = formatModelNumber(fractionAsPercent(bound.value));
                accept(
                    'warning',
                    `Gränsen ${formatModelNumber(bound.value)} ser ut som en andel, men bedömningens gränser är procent. Skriv ${percent} för ${percent} %.`,
                    { node: bound, property: 'value', code: DiagnosticCodes.percentageAsFraction }
                );
            }
        }
        const achieved = statement.bounds.find(b => b.kind === 'uppfyllt');
        const partly = statement.bounds.find(b => b.kind === 'delvis');
        if (achieved && partly && partly.value > achieved.value) {
            accept(
                'error',
                `Gränsen för delvis (${formatModelNumber(partly.value)} %) är högre än för uppfyllt (${formatModelNumber(achieved.value)} %). Byt plats på dem.`,
                { node: partly, code: DiagnosticCodes.invalidBounds }
            );
        }
    };
}

function byOffset(a: AstNode, b: AstNode): number {
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}
