/**
 * Bases and conditions written back the way a planner writes them in the model, so that provenance
 * ("decided by `rang <= 10`") reads like the line it points at.
 */

import { formatModelNumber } from '../model/model-number.js';
import type { Base, Comparison, Condition } from '../model/model-view.js';

export function baseText(base: Base): string {
    switch (base.kind) {
        case 'value':
            return 'värde';
        case 'rank':
            return base.group ? `rang i ${base.group}` : 'rang';
        case 'quartile':
            return base.group ? `kvartil i ${base.group}` : 'kvartil';
        case 'diffNational':
            return 'skillnad mot riket';
        case 'diffMean':
            return 'skillnad mot medel';
        case 'diffGroup':
            return `skillnad mot ${base.group}`;
        case 'diffTarget':
            return 'skillnad mot målvärde';
        case 'change':
            return 'förändring';
    }
}

export function comparisonText(comparison: Comparison): string {
    return `${baseText(comparison.base)} ${comparison.operator} ${formatModelNumber(comparison.value)}`;
}

export function conditionText(condition: Condition): string {
    return condition.parts.map(comparisonText).join(' och ');
}
