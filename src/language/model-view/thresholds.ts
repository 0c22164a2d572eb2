/** A `hel när` / `halv när` line: its level, `från`, and the condition's parts with their bases. */
import type { Base, Condition, ThresholdLine } from '../../model/model-view.js';
import { numberFits } from '../../model/number-fits.js';
import type { Base as AstBase, Condition as AstCondition, ThresholdStatement } from '../generated/ast.js';
import { locationOf, refId } from './locations.js';

/** Undefined for a line without a condition yet (half-typed): it decides nothing. */
export function thresholdLine(statement: ThresholdStatement, file: string): ThresholdLine | undefined {
    if (!statement.condition) return undefined;
    return {
        level: statement.level === 'hel' ? 'full' : 'half',
        // A year that is no whole year is an error (invalid-year); it still orders the lines as written.
        from: typeof statement.from === 'number' ? statement.from : undefined,
        condition: conditionView(statement.condition, file),
        location: locationOf(statement, file)
    };
}

function conditionView(condition: AstCondition, file: string): Condition {
    return {
        parts: condition.parts
            .filter(
                p =>
                    p.base !== undefined &&
                    p.operator !== undefined &&
                    typeof p.value === 'number' &&
                    numberFits(p.value)
            )
            .map(p => ({
                base: baseView(p.base),
                operator: p.operator,
                value: p.value,
                location: locationOf(p, file)
            })),
        location: locationOf(condition, file)
    };
}

function baseView(base: AstBase): Base {
    switch (base.$type) {
        case 'ValueBase':
            return { kind: 'value' };
        case 'RankBase':
            return { kind: 'rank', group: refId(base.group) };
        case 'QuartileBase':
            return { kind: 'quartile', group: refId(base.group) };
        case 'ChangeBase':
            return { kind: 'change' };
        case 'DifferenceBase':
            if (base.national) return { kind: 'diffNational' };
            if (base.mean) return { kind: 'diffMean' };
            if (base.target) return { kind: 'diffTarget' };
            return { kind: 'diffGroup', group: refId(base.group) ?? '' };
    }
}
