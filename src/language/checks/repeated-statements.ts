import type { AstNode, ValidationAcceptor } from 'langium';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';

/** Swedish keyword of each statement type, for messages. */
const STATEMENT_WORDS: Record<string, string> = {
    MunicipalityStatement: 'kommun',
    YearStatement: 'år',
    AssessmentStatement: 'bedömning',
    LevelStatement: 'nivå',
    AreaStatement: 'inriktning',
    OwnerStatement: 'ansvarig',
    MunicipalityWideStatement: 'kommunövergripande',
    WeightStatement: 'vikt',
    Description: 'beskrivning',
    KpiStatement: 'nyckeltal',
    UnitStatement: 'enhet',
    DirectionStatement: 'högre/lägre är bättre',
    GenderStatement: 'kön'
};

/** Reports every statement of the given types after the first one. */
export function reportRepeatedStatements(
    statements: AstNode[],
    singleTypes: string[],
    accept: ValidationAcceptor
): void {
    const seen = new Set<string>();
    for (const statement of statements) {
        if (!singleTypes.includes(statement.$type)) continue;
        if (seen.has(statement.$type)) {
            accept(
                'error',
                `\`${STATEMENT_WORDS[statement.$type] ?? statement.$type}\` står redan en gång här. Ta bort den ena.`,
                { node: statement, code: DiagnosticCodes.duplicateStatement }
            );
        }
        seen.add(statement.$type);
    }
}
