/**
 * Thresholds in plain Swedish, for a politician who does not read the language: `rang <= 10` is
 * "topp 10 bland landets kommuner", `värde >= 90` with `enhet "%"` is "minst 90 %". Every report format
 * shows these words beside the model's own, so the reader can check one against the other.
 * Numbers go through the shared formatter; the phrasing is exact (a threshold of `> 0` is never "minst").
 */

import { compare } from '../fulfilment/numbers.js';
import { baseText } from '../fulfilment/text.js';
import type { Base, Comparison, Condition, Direction, Operator } from '../model/model-view.js';
import { formatRank, formatValue } from './format.js';

export interface PlainContext {
    /** The measure's `enhet`. */
    unit?: string;
    direction?: Direction;
    /** A jämförelsegrupp's title by id (`Mellannyckeln`); the id is used when it gives none. */
    groupTitle?: (id: string) => string | undefined;
    /** The `målvärde` that applied that year, named beside `skillnad mot målvärde`. */
    target?: number;
}

/** `rang <= 10 och värde >= 80` as `topp 10 bland landets kommuner och minst 80 %`. */
export function plainCondition(condition: Condition, context: PlainContext = {}): string {
    return condition.parts.map(part => plainComparison(part, context)).join(' och ');
}

function plainComparison(comparison: Comparison, context: PlainContext = {}): string {
    const { base, operator, value } = comparison;
    switch (base.kind) {
        case 'value':
            return `${BOUND_WORD[operator]} ${formatValue(value, context.unit)}`;
        case 'rank':
            return plainRank(operator, value, among(base, context));
        case 'quartile':
            return plainQuartile(operator, value, among(base, context));
        case 'diffNational':
            return plainDifference(operator, value, 'riket', context);
        case 'diffMean':
            return plainDifference(operator, value, 'medel för landets kommuner', context);
        case 'diffGroup':
            return plainDifference(operator, value, `medel för ${groupName(base.group, context)}`, context);
        case 'diffTarget':
            return plainDifference(operator, value, targetName(context), context);
        case 'change':
            return plainChange(operator, value, context);
        default:
            return plainOtherBase(base, operator, value, context);
    }
}

/** A base this module has no words for yet: the model's own words. */
function plainOtherBase(base: Base, operator: Operator, value: number, context: PlainContext): string {
    return `${baseText(base)} ${operator} ${formatValue(value, context.unit)}`;
}

const BOUND_WORD: Readonly<Record<Operator, string>> = {
    '>=': 'minst',
    '>': 'mer än',
    '<=': 'högst',
    '<': 'under',
    '=': 'exakt'
};

/** `målvärdet (90 %)`, or just `målvärdet` when none applied. */
function targetName(context: PlainContext): string {
    return context.target === undefined ? 'målvärdet' : `målvärdet (${formatValue(context.target, context.unit)})`;
}

function groupName(id: string, context: PlainContext): string {
    return context.groupTitle?.(id) ?? id;
}

/** `bland landets kommuner` or `i Mellannyckeln`. */
function among(base: { group?: string }, context: PlainContext): string {
    return base.group === undefined ? 'bland landets kommuner' : `i ${groupName(base.group, context)}`;
}

/** Ranks are whole places (1 = best): `rang < 11` is the same as `rang <= 10`. */
function plainRank(operator: Operator, value: number, where: string): string {
    const best = operator === '<=' ? Math.floor(value) : operator === '<' ? Math.ceil(value) - 1 : undefined;
    if (best !== undefined) {
        if (best < 1) {
            return `en plats bättre än 1 ${where} (kan aldrig nås)`;
        }
        return best === 1 ? `bäst ${where} (plats 1)` : `topp ${formatRank(best)} ${where}`;
    }
    switch (operator) {
        case '=':
            return Number.isInteger(value)
                ? `plats ${formatRank(value)} ${where}`
                : `plats ${formatValue(value)} ${where} (kan aldrig nås)`;
        case '>=':
            return `plats ${formatRank(Math.ceil(value))} eller sämre ${where}`;
        default:
            return `sämre än plats ${formatRank(Math.floor(value))} ${where}`;
    }
}

const QUARTILE_SETS: Readonly<Record<string, string>> = {
    '1': 'bästa fjärdedelen',
    '2': 'näst bästa fjärdedelen',
    '3': 'näst sämsta fjärdedelen',
    '4': 'sämsta fjärdedelen',
    '12': 'bästa hälften',
    '34': 'sämsta hälften',
    '23': 'de två mittersta fjärdedelarna',
    '123': 'alla utom den sämsta fjärdedelen',
    '234': 'alla utom den bästa fjärdedelen',
    '1234': 'vilken fjärdedel som helst'
};

/** Quartile 1 is the best quarter (KKiK's green); the words name the quarters the condition accepts. */
function plainQuartile(operator: Operator, value: number, where: string): string {
    const accepted = [1, 2, 3, 4].filter(q => compare(q, operator, value));
    if (accepted.length === 0) {
        return `ingen kvartil ${where} (kan aldrig nås)`;
    }
    const key = accepted.join('');
    const first = accepted[0]!;
    const last = accepted[accepted.length - 1]!;
    const range = first === last ? `kvartil ${first}` : `kvartil ${first}–${last}`;
    const words = QUARTILE_SETS[key];
    return words ? `${words} ${where} (${range})` : `${accepted.map(q => `kvartil ${q}`).join(' eller ')} ${where}`;
}

/** A difference is in the measure's unit; a difference of percentages is in procentenheter. */
function differenceUnit(unit: string | undefined, size: number): string | undefined {
    return unit === '%' ? (size === 1 ? 'procentenhet' : 'procentenheter') : unit;
}

function amount(value: number, context: PlainContext): string {
    return formatValue(Math.abs(value), differenceUnit(context.unit, Math.abs(value)));
}

/**
 * `skillnad mot X OP N`, read as where the value lies against X: `>= 0` "minst i nivå med riket",
 * `>= -5` "högst 5 procentenheter under riket", `> 0` "bättre än riket" when the direction says which side is better.
 */
function plainDifference(operator: Operator, value: number, reference: string, context: PlainContext): string {
    if (value === 0) {
        switch (operator) {
            case '>=':
                return `minst i nivå med ${reference}`;
            case '<=':
                return `högst i nivå med ${reference}`;
            case '=':
                return `i nivå med ${reference}`;
            case '>':
                return context.direction === 'higher'
                    ? `bättre än ${reference}`
                    : context.direction === 'lower'
                      ? `sämre än ${reference}`
                      : `över ${reference}`;
            case '<':
                return context.direction === 'lower'
                    ? `bättre än ${reference}`
                    : context.direction === 'higher'
                      ? `sämre än ${reference}`
                      : `under ${reference}`;
        }
    }
    // Stryker disable next-line EqualityOperator: a value of 0 returned above for every operator
    const above = value > 0;
    const side = above ? 'över' : 'under';
    const size = amount(value, context);
    // Towards the reference the bound is a limit on the distance (`>= -5`: at most 5 under);
    // away from it, a distance to reach (`>= 2`: at least 2 over).
    const away = above ? operator === '>=' || operator === '>' : operator === '<=' || operator === '<';
    if (operator === '=') {
        return `exakt ${size} ${side} ${reference}`;
    }
    const strict = operator === '>' || operator === '<';
    const word = away ? (strict ? 'mer än' : 'minst') : strict ? 'mindre än' : 'högst';
    return `${word} ${size} ${side} ${reference}`;
}

/** `förändring OP N`: the change since the previous year, as an increase or a decrease. */
function plainChange(operator: Operator, value: number, context: PlainContext): string {
    const since = 'jämfört med föregående år';
    if (value === 0) {
        switch (operator) {
            case '>=':
                return `oförändrat eller högre ${since}`;
            case '>':
                return `högre ${since}`;
            case '<=':
                return `oförändrat eller lägre ${since}`;
            case '<':
                return `lägre ${since}`;
            case '=':
                return `oförändrat ${since}`;
        }
    }
    // Stryker disable next-line EqualityOperator: a value of 0 returned above for every operator
    const above = value > 0;
    const verb = above ? 'ökat' : 'minskat';
    const size = amount(value, context);
    if (operator === '=') {
        return `${verb} med exakt ${size} ${since}`;
    }
    const away = above ? operator === '>=' || operator === '>' : operator === '<=' || operator === '<';
    const strict = operator === '>' || operator === '<';
    const word = away ? (strict ? 'mer än' : 'minst') : strict ? 'mindre än' : 'högst';
    const otherwise = away ? '' : above ? ' (eller minskat)' : ' (eller ökat)';
    return `${verb} med ${word} ${size} ${since}${otherwise}`;
}
