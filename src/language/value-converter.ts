import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';
import { parseModelNumber } from '../model/model-number.js';
import { stringValue } from './string-value.js';

/**
 * Reads decimal commas and Unicode minus in numbers, NFC-normalises names so NFD files link too, and reads strings
 * without a copy per character (string-value.ts).
 */
export class StyrmodellValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return parseModelNumber(input);
        }
        if (rule.name === 'ID') {
            return input.normalize('NFC');
        }
        if (rule.name === 'STRING') {
            return stringValue(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}
