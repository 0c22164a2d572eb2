import { describe, expect, it } from 'vitest';
import type { BaseResult, ConditionResult, MeasureResult } from '../../src/fulfilment/result.js';
import type { Base } from '../../src/model/model-view.js';
import {
    baseOutcomeText,
    comparisonTexts,
    decisionText,
    measureValueText,
    thresholdText,
    valueSourceText
} from '../../src/render/measure-text.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

const condition = (which: 'full' | 'half', text: string): ConditionResult =>
    ({ which, text, holds: false, parts: [] }) as unknown as ConditionResult;
const full = condition('full', 'rang <= 10');
const half = condition('half', 'rang <= 20');

function result(init: Partial<MeasureResult>): MeasureResult {
    return { value: 12, status: 'ingen', bases: [], ...init } as MeasureResult;
}

function base(kind: Base['kind'], init: Partial<BaseResult> = {}, group?: string): BaseResult {
    const shape = (group === undefined ? { kind } : { kind, group }) as Base;
    return { base: shape, text: kind, value: 2.5, ...init };
}

const sourced = (value: number, year = 2019) =>
    ({ year, value, origin: { kind: 'data', file: 'd.csv', line: 2 } }) as never;

describe('the threshold that decided a status', () => {
    it.each<[string, Partial<MeasureResult>, string]>([
        ['hel by its hel line', { status: 'hel', full, half, decidedBy: 'full' }, 'hel när rang <= 10'],
        ['halv by its halv line', { status: 'halv', full, half, decidedBy: 'half' }, 'halv när rang <= 20'],
        ['hel without a deciding line', { status: 'hel', full }, ''],
        [
            'ingen with two lines',
            { status: 'ingen', full, half },
            'varken hel när rang <= 10 eller halv när rang <= 20'
        ],
        ['ingen with one line', { status: 'ingen', half }, 'inte halv när rang <= 20'],
        ['ingen with none', { status: 'ingen' }, ''],
        ['ej bedömd', { status: 'ej_bedomd', full }, ''],
        ['saknas, undecidable', { status: 'saknas', full, decidedBy: 'full' }, 'hel när rang <= 10 kan inte avgöras'],
        ['saknas without a value', { status: 'saknas', value: null, full, decidedBy: 'full' }, ''],
        ['saknas without a deciding line', { status: 'saknas', full }, ''],
        // An assessment replaces the status; the computed one still names the thresholds.
        ['assessed hel, computed ingen', { status: 'hel', computedStatus: 'ingen', full }, 'inte hel när rang <= 10']
    ])('%s', (_name, init, expected) => {
        expect(decisionText(result(init))).toBe(expected);
        expect(thresholdText(half)).toBe('halv när rang <= 20');
    });
});

describe("one base's outcome", () => {
    it.each<[string, BaseResult, string | undefined]>([
        ['värde is shown on its own', base('value'), undefined],
        [
            'a base that cannot be computed',
            base('rank', { value: null, text: 'rang i Länet' }),
            'rang i Länet: kan inte beräknas'
        ],
        ['a rank of how many', base('rank', { value: 11, rank: 11, ranked: 290 }), 'rang 11 av 290'],
        ['a rank in a group', base('rank', { value: 3, rank: 3, ranked: 12 }, 'Länet'), 'rang 3 av 12 i Länet'],
        ['a rank without its count', base('rank', { value: 4 }, 'Länet'), 'rang 4 i Länet'],
        [
            'a quartile with its rank',
            base('quartile', { value: 1, quartile: 1, rank: 11, ranked: 290 }),
            'kvartil 1 (rang 11 av 290)'
        ],
        ['a quartile alone', base('quartile', { value: 2 }, 'Länet'), 'kvartil 2 i Länet'],
        ['against riket', base('diffNational', { national: sourced(60.5) }), `+2,5 mot riket (riket 60,5${NBSP}%)`],
        ['against riket unknown', base('diffNational', { value: -1.25 }), `${MINUS}1,25 mot riket`],
        [
            'against the mean',
            base('diffMean', { mean: { value: 63.1, count: 290 } as never }),
            `+2,5 mot medel (63,1${NBSP}%, 290 kommuner)`
        ],
        [
            'against the mean, no count',
            base('diffMean', { mean: { value: 63.1 } as never }),
            `+2,5 mot medel (63,1${NBSP}%)`
        ],
        ['against the mean unknown', base('diffMean'), '+2,5 mot medel'],
        [
            'against a group',
            base('diffGroup', { mean: { value: 50, count: 4 } as never }, 'Grannar'),
            `+2,5 mot Grannar (50${NBSP}%, 4 kommuner)`
        ],
        [
            'against a group, no count',
            base('diffGroup', { mean: { value: 50 } as never }, 'Grannar'),
            `+2,5 mot Grannar (50${NBSP}%)`
        ],
        ['against a group unknown', base('diffGroup', {}, 'Grannar'), '+2,5 mot Grannar'],
        ['against the målvärde', base('diffTarget', { target: sourced(90) }), `+2,5 mot målvärdet (90${NBSP}%)`],
        ['against the målvärde unknown', base('diffTarget'), '+2,5 mot målvärdet'],
        [
            'since last year',
            base('change', { value: -0.4, previous: sourced(7.2, 2018) }),
            `${MINUS}0,4 sedan 2018 (7,2${NBSP}%)`
        ],
        ['since an unknown year', base('change', { value: 0 }), '0 sedan föregående år']
    ])('%s', (_name, outcome, expected) => {
        expect(baseOutcomeText(outcome, '%')).toBe(expected);
    });

    it("lists a measure's outcomes in order, without its value, in the measure's unit unless told", () => {
        const measure = result({
            unit: 'kr',
            bases: [base('value'), base('diffNational', { national: sourced(10) }), base('rank', { value: 2 })]
        });
        expect(comparisonTexts(measure)).toEqual([`+2,5 mot riket (riket 10${NBSP}kr)`, 'rang 2']);
        expect(comparisonTexts(measure, '%')).toEqual([`+2,5 mot riket (riket 10${NBSP}%)`, 'rang 2']);
    });
});

describe("a measure's value and its source", () => {
    it('shows the value with its unit, saknas without one, and where it came from', () => {
        expect(measureValueText(result({ value: 87.5, unit: '%' }))).toBe(`87,5${NBSP}%`);
        expect(measureValueText(result({ value: 87.5, unit: '%' }), 'dagar')).toBe(`87,5${NBSP}dagar`);
        expect(measureValueText(result({ value: null }))).toBe('saknas');
        expect(valueSourceText(result({ valueSource: sourced(1) }), '/m')).toBe('d.csv rad 2');
        expect(valueSourceText(result({}), '/m')).toBeUndefined();
    });
});
