import { AstUtils, type ValidationAcceptor } from 'langium';
import { numberFits } from '../../model/number-fits.js';
import { DiagnosticCodes } from '../diagnostic-codes.js';
import type { Document } from '../generated/ast.js';

/**
 * Every number of the file fits (model/number-fits.ts: at most 10^15, as the message says). One pass over the file's nodes, reading every numeric
 * property, so no statement that holds a number can be forgotten.
 */
export function checkNumbersFit(document: Document, accept: ValidationAcceptor): void {
    for (const node of AstUtils.streamAst(document)) {
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$')) continue;
            const values = Array.isArray(value) ? value : [value];
            values.forEach((item, index) => {
                if (typeof item !== 'number' || numberFits(item)) return;
                accept(
                    'error',
                    'Talet är för stort: högst 1 000 000 000 000 000 (10 upphöjt till 15) går att räkna med. Kontrollera siffrorna.',
                    {
                        node,
                        property: property as never,
                        ...(Array.isArray(value) ? { index } : {}),
                        code: DiagnosticCodes.numberTooLarge
                    }
                );
            });
        }
    }
}
