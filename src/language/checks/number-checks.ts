import { type AstNode, AstUtils, type ValidationAcceptor } from 'langium';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import { numberFits } from '../../model/number-fits.js';
import type { Document } from '../generated/ast.js';

/**
 * Every number of the file fits (model/number-fits.ts: at most 10^15, as the message says). One pass over the file's nodes, reading every numeric
 * property, so no statement that holds a number can be forgotten.
 */
export function checkNumbersFit(document: Document, accept: ValidationAcceptor): void {
    const tooLarge = (node: AstNode, property: string, index?: number) =>
        accept(
            'error',
            'Talet är för stort: högst 1 000 000 000 000 000 (10 upphöjt till 15) går att räkna med. Kontrollera siffrorna.',
            {
                node,
                property: property as never,
                ...(index === undefined ? {} : { index }),
                code: DiagnosticCodes.numberTooLarge
            }
        );
    // Runs over every node of every file: no arrays or entries are made for the properties it passes.
    for (const node of AstUtils.streamAst(document)) {
        for (const property in node) {
            if (property.startsWith('$')) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (typeof value === 'number') {
                if (!numberFits(value)) tooLarge(node, property);
            } else if (Array.isArray(value)) {
                value.forEach((item, index) => {
                    if (typeof item === 'number' && !numberFits(item)) tooLarge(node, property, index);
                });
            }
        }
    }
}
