import { describe, expect, it } from 'vitest';
import { compareConditions, type Strength } from '../../src/diff/index.js';
import type { Base, Comparison, Condition, Operator } from '../../src/model/model-view.js';

const at = { file: 'm.styr', line: 1, column: 1, endLine: 1, endColumn: 1 };

function part(kind: Base['kind'], operator: Operator, value: number): Comparison {
    return { base: (kind === 'diffGroup' ? { kind, group: 'G' } : { kind }) as Base, operator, value, location: at };
}

function condition(...parts: Comparison[]): Condition {
    return { parts, location: at };
}

describe('compareConditions: sänkt (weakened) or höjd (raised)', () => {
    it.each<[string, Condition | undefined, Condition | undefined, Strength]>([
        [
            'värde >= 90 → 85 is easier',
            condition(part('value', '>=', 90)),
            condition(part('value', '>=', 85)),
            'weakened'
        ],
        [
            'värde >= 90 → 95 is harder',
            condition(part('value', '>=', 90)),
            condition(part('value', '>=', 95)),
            'raised'
        ],
        [
            'lower is better: värde <= 6 → 7 is easier',
            condition(part('value', '<=', 6)),
            condition(part('value', '<=', 7)),
            'weakened'
        ],
        ['rang <= 10 → 20 is easier', condition(part('rank', '<=', 10)), condition(part('rank', '<=', 20)), 'weakened'],
        [
            'kvartil <= 2 → 1 is harder',
            condition(part('quartile', '<=', 2)),
            condition(part('quartile', '<=', 1)),
            'raised'
        ],
        ['> 0 → >= 0 is easier', condition(part('change', '>', 0)), condition(part('change', '>=', 0)), 'weakened'],
        ['<= 10 → < 10 is harder', condition(part('rank', '<=', 10)), condition(part('rank', '<', 10)), 'raised'],
        [
            'skillnad mot riket >= 0 → -3 is easier',
            condition(part('diffNational', '>=', 0)),
            condition(part('diffNational', '>=', -3)),
            'weakened'
        ],
        [
            'dropping a part of `och` is easier',
            condition(part('value', '>=', 90), part('change', '>', 0)),
            condition(part('value', '>=', 90)),
            'weakened'
        ],
        [
            'adding a part with `och` is harder',
            condition(part('value', '>=', 90)),
            condition(part('value', '>=', 90), part('change', '>', 0)),
            'raised'
        ],
        [
            'a new threshold gives a score that was impossible',
            undefined,
            condition(part('value', '>=', 80)),
            'weakened'
        ],
        ['a removed threshold takes a score away', condition(part('value', '>=', 80)), undefined, 'raised'],
        [
            'another base cannot be compared',
            condition(part('value', '>=', 80)),
            condition(part('rank', '<=', 10)),
            'incomparable'
        ],
        [
            'one part easier, one harder',
            condition(part('value', '>=', 80), part('rank', '<=', 10)),
            condition(part('value', '>=', 70), part('rank', '<=', 5)),
            'incomparable'
        ],
        ['nothing changed', condition(part('value', '>=', 80)), condition(part('value', '>=', 80)), 'same'],
        [
            '= with another number cannot be ordered',
            condition(part('quartile', '=', 1)),
            condition(part('quartile', '=', 2)),
            'incomparable'
        ],
        // The sets of values that satisfy the conditions decide, whatever the operators.
        [
            'kvartil = 1 → kvartil <= 2 is easier',
            condition(part('quartile', '=', 1)),
            condition(part('quartile', '<=', 2)),
            'weakened'
        ],
        [
            'kvartil <= 2 → kvartil = 1 is harder',
            condition(part('quartile', '<=', 2)),
            condition(part('quartile', '=', 1)),
            'raised'
        ],
        [
            'värde = 80 → värde >= 80 is easier',
            condition(part('value', '=', 80)),
            condition(part('value', '>=', 80)),
            'weakened'
        ],
        [
            'värde = 80 → värde >= 85 shares nothing',
            condition(part('value', '=', 80)),
            condition(part('value', '>=', 85)),
            'incomparable'
        ],
        [
            'värde >= 80 → värde <= 90 overlaps only',
            condition(part('value', '>=', 80)),
            condition(part('value', '<=', 90)),
            'incomparable'
        ],
        [
            'ranks are whole numbers: rang < 11 is rang <= 10',
            condition(part('rank', '<=', 10)),
            condition(part('rank', '<', 11)),
            'same'
        ],
        [
            'quartiles are 1 to 4: kvartil <= 1 is kvartil = 1',
            condition(part('quartile', '=', 1)),
            condition(part('quartile', '<=', 1)),
            'same'
        ],
        [
            'kvartil < 5 holds for every quartile: easier than kvartil <= 3',
            condition(part('quartile', '<=', 3)),
            condition(part('quartile', '<', 5)),
            'weakened'
        ],
        [
            'an interval widened at one end is easier',
            condition(part('value', '>=', 80), part('value', '<=', 90)),
            condition(part('value', '>=', 75), part('value', '<=', 90)),
            'weakened'
        ],
        [
            'an interval shifted is neither',
            condition(part('value', '>=', 80), part('value', '<=', 90)),
            condition(part('value', '>=', 85), part('value', '<=', 95)),
            'incomparable'
        ],
        [
            'an interval narrowed to a point is harder',
            condition(part('value', '>=', 80), part('value', '<=', 90)),
            condition(part('value', '=', 85)),
            'raised'
        ],
        [
            'the parts of `och` in another order are the same condition',
            condition(part('value', '>=', 90), part('rank', '<=', 10)),
            condition(part('rank', '<=', 10), part('value', '>=', 90)),
            'same'
        ],
        [
            'one base tighter, another dropped is neither',
            condition(part('value', '>=', 80), part('rank', '<=', 10)),
            condition(part('value', '>=', 85)),
            'incomparable'
        ],
        [
            'a condition nothing satisfies that becomes satisfiable is easier',
            condition(part('value', '>=', 90), part('value', '<=', 80)),
            condition(part('value', '>=', 90)),
            'weakened'
        ],
        [
            'rang i Länet and rang are different bases',
            condition(part('rank', '<=', 10)),
            condition({ base: { kind: 'rank', group: 'Länet' }, operator: '<=', value: 10, location: at }),
            'incomparable'
        ]
    ])('%s', (_name, before, after, expected) => {
        expect(compareConditions(before, after)).toBe(expected);
    });
});

describe('compareConditions: the edges of the satisfying sets', () => {
    it.each<[string, Condition | undefined, Condition | undefined, Strength]>([
        ['two absent thresholds are the same', undefined, undefined, 'same'],
        [
            'an impossible condition (värde > 5 och värde < 5) is like none: a possible one is easier',
            condition(part('value', '>', 5), part('value', '<', 5)),
            condition(part('value', '>=', 5)),
            'weakened'
        ],
        [
            'värde >= 5 och värde <= 5 holds for 5 alone: harder than värde >= 5',
            condition(part('value', '>=', 5)),
            condition(part('value', '>=', 5), part('value', '<=', 5)),
            'raised'
        ],
        [
            'värde > 5 och värde <= 5 holds for nothing: harder than any possible one',
            condition(part('value', '>=', 0)),
            condition(part('value', '>', 5), part('value', '<=', 5)),
            'raised'
        ],
        [
            'two lower ends on one base: the higher one counts (värde >= 80 och värde >= 70 is värde >= 80)',
            condition(part('value', '>=', 80)),
            condition(part('value', '>=', 70), part('value', '>=', 80)),
            'same'
        ],
        [
            'the same lower end included and not: the stricter counts (värde > 80 och värde >= 80 is värde > 80)',
            condition(part('value', '>', 80)),
            condition(part('value', '>=', 80), part('value', '>', 80)),
            'same'
        ],
        [
            'two upper ends on one base: the lower one counts',
            condition(part('value', '<=', 10)),
            condition(part('value', '<=', 20), part('value', '<=', 10)),
            'same'
        ],
        [
            'the same upper end included and not: the stricter counts',
            condition(part('value', '<', 10)),
            condition(part('value', '<', 10), part('value', '<=', 10)),
            'same'
        ],
        [
            'rang > 10 is rang >= 11 on whole ranks',
            condition(part('rank', '>=', 11)),
            condition(part('rank', '>', 10)),
            'same'
        ],
        [
            'rang >= 1 holds for every rank: the same as no rank part',
            condition(part('rank', '>=', 1), part('value', '>=', 5)),
            condition(part('value', '>=', 5)),
            'same'
        ],
        [
            'an open upper end moved up is easier (värde < 10 → värde < 11)',
            condition(part('value', '<', 10)),
            condition(part('value', '<', 11)),
            'weakened'
        ],
        [
            'an upper end no longer included is harder (värde <= 10 → värde < 10)',
            condition(part('value', '<=', 10)),
            condition(part('value', '<', 10)),
            'raised'
        ],
        [
            'a lower end no longer included is harder (värde >= 10 → värde > 10)',
            condition(part('value', '>=', 10)),
            condition(part('value', '>', 10)),
            'raised'
        ]
    ])('%s', (_name, before, after, expected) => {
        expect(compareConditions(before, after)).toBe(expected);
    });
});
