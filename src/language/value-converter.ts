import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';
import { parseModelNumber } from '../model/model-number.js';

/** Reads decimal commas and Unicode minus in numbers, and NFC-normalises names so NFD files link too. */
export class StyrmodellValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'NUMBER') {
            return parseModelNumber(input);
        }
        if (rule.name === 'ID') {
            return input.normalize('NFC');
        }
        return super.runConverter(rule, input, cstNode);
    }
}
