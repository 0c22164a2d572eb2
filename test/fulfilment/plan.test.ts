import { describe, expect, it } from 'vitest';
import { computeFulfilment, computeMeasure } from '../../src/fulfilment/compute.js';
import { applicableLine, applicableTarget } from '../../src/fulfilment/plan.js';
import { toReportJson } from '../../src/fulfilment/report-json.js';
import type { MeasureResult, MeasureStatus } from '../../src/fulfilment/result.js';
import type { ThresholdLine } from '../../src/model/model-view.js';
import { goal, line, loc, type MeasureInit, measure, memoryData, model, points } from './helpers.js';

const NO_DATA = memoryData([]);

/** The lines of LANGUAGE.md section 7's example, plus one without `från`. */
const UNDATED = line('full', 'rang <= 30', undefined, 11);
const FROM_2025 = line('full', 'rang <= 20', 2025, 12);
const FROM_2027 = line('full', 'rang <= 10', 2027, 13);

describe('which threshold line applies in a year (section 7)', () => {
    it.each<[string, ThresholdLine[], number, ThresholdLine | undefined]>([
        ['the only line, without från, applies to every year', [UNDATED], 1990, UNDATED],
        ['without från: before the first från', [UNDATED, FROM_2025, FROM_2027], 2024, UNDATED],
        ['the first från from its year', [UNDATED, FROM_2025, FROM_2027], 2025, FROM_2025],
        ['the greatest från at or before the year', [UNDATED, FROM_2025, FROM_2027], 2026, FROM_2025],
        ['the later från from its year', [UNDATED, FROM_2025, FROM_2027], 2027, FROM_2027],
        ['the later från for every year after', [UNDATED, FROM_2025, FROM_2027], 2040, FROM_2027],
        ['order of the lines does not matter', [FROM_2027, FROM_2025, UNDATED], 2026, FROM_2025],
        ['only från lines: none before the first', [FROM_2025, FROM_2027], 2024, undefined],
        ['only från lines: from the first on', [FROM_2025, FROM_2027], 2025, FROM_2025],
        ['a line of the other level never applies', [line('half', 'rang <= 40', 2020)], 2030, undefined],
        [
            'two lines with the same från (an error): the first written',
            [FROM_2025, line('full', 'rang <= 5', 2025)],
            2025,
            FROM_2025
        ]
    ])('%s', (_name, lines, year, expected) => {
        expect(applicableLine(lines, 'full', year)).toBe(expected);
    });
});

describe('målvärde is a step function (section 7)', () => {
    const view = measure('M', { target: points({ 2025: 80, 2027: 90 }) });
    it.each<[number, number | undefined]>([
        [2024, undefined],
        [2025, 80],
        [2026, 80],
        [2027, 90],
        [2030, 90]
    ])('%i: %s', (year, expected) => {
        expect(applicableTarget(view, year)?.value).toBe(expected);
    });

    it('none without a block', () => {
        expect(applicableTarget(measure('M'), 2025)).toBeUndefined();
    });
});

/** One measure with `utfall` 2024..2028 = 70, 75, 82, 86, 91, `högre är bättre`. */
function evaluate(init: MeasureInit, year: number): MeasureResult {
    const view = model({
        goals: [
            goal('G', {}, [
                measure('M', {
                    direction: 'higher',
                    actual: points({ 2024: 70, 2025: 75, 2026: 82, 2027: 86, 2028: 91 }),
                    ...init
                })
            ])
        ]
    });
    return computeMeasure(view, NO_DATA, year, view.goals[0]!.measures[0]!);
}

describe('measures over the years', () => {
    const raised: MeasureInit = {
        thresholds: [
            line('full', 'värde >= 80', 2025, 11),
            line('full', 'värde >= 90', 2027, 12),
            line('half', 'värde >= 70', undefined, 13)
        ]
    };
    it.each<[string, MeasureInit, number, MeasureStatus, string | null, string | null]>([
        ['before any hel: halv alone decides', raised, 2024, 'halv', null, 'värde >= 70'],
        ['hel from 2025 fails (75 < 80), halv holds', raised, 2025, 'halv', 'värde >= 80', 'värde >= 70'],
        ['hel from 2025 holds (82)', raised, 2026, 'hel', 'värde >= 80', 'värde >= 70'],
        ['hel from 2027 fails (86 < 90)', raised, 2027, 'halv', 'värde >= 90', 'värde >= 70'],
        ['hel from 2027 holds (91)', raised, 2028, 'hel', 'värde >= 90', 'värde >= 70'],
        [
            'no line applies: ej bedömd',
            { thresholds: [line('full', 'värde >= 80', 2026)] },
            2025,
            'ej_bedomd',
            null,
            null
        ],
        [
            'halv from a later year: only hel this year',
            { full: 'värde >= 80', thresholds: [line('half', 'värde >= 70', 2027)] },
            2025,
            'ingen',
            'värde >= 80',
            null
        ]
    ])('%s (%i)', (_name, init, year, status, hel, halv) => {
        const result = evaluate(init, year);
        expect(result.status).toBe(status);
        expect(result.full?.text ?? null).toBe(hel);
        expect(result.half?.text ?? null).toBe(halv);
    });

    it('keeps the line that applied, with its från and place, as provenance', () => {
        const result = evaluate(raised, 2026);
        expect(result.full).toMatchObject({ from: 2025, line: loc(11) });
        expect(result.half).toMatchObject({ line: loc(13) });
        expect(result.half!.from).toBeUndefined();
    });

    it('says why no line applies', () => {
        expect(evaluate({ thresholds: [line('full', 'värde >= 80', 2026)] }, 2025).cause).toEqual({
            kind: 'noThresholdYet',
            year: 2025,
            first: 2026
        });
    });
});

describe('skillnad mot målvärde', () => {
    const targeted: MeasureInit = {
        target: points({ 2025: 80, 2027: 90 }, 30),
        full: 'skillnad mot målvärde >= 0',
        half: 'skillnad mot målvärde >= -5'
    };
    it.each<[number, MeasureStatus, number | null, number | null]>([
        [2024, 'saknas', null, null], // no target yet: the base cannot be decided
        [2025, 'halv', -5, 80], // 75 - 80
        [2026, 'hel', 2, 80], // 82 - 80: 2025's target still applies
        [2027, 'halv', -4, 90], // 86 - 90: the target rose
        [2028, 'hel', 1, 90] // 91 - 90
    ])('%i: %s', (year, status, difference, target) => {
        const result = evaluate(targeted, year);
        expect(result.status).toBe(status);
        expect(result.bases[0]!.value).toBe(difference);
        expect(result.target?.value ?? null).toBe(target);
    });

    it('names the målvärde line it used', () => {
        const result = evaluate(targeted, 2026);
        expect(result.bases[0]!.target).toEqual({
            year: 2025,
            value: 80,
            origin: { kind: 'model', block: 'målvärde', location: loc(30) }
        });
        expect(result.target).toEqual(result.bases[0]!.target);
    });

    it('says why it cannot be computed before the first målvärde', () => {
        expect(evaluate(targeted, 2024).cause).toEqual({ kind: 'noTarget', year: 2024 });
    });

    it('reports the target and the thresholds that applied in the JSON', () => {
        const view = model({
            goals: [goal('G', {}, [measure('M', { direction: 'higher', actual: points({ 2026: 82 }), ...targeted })])]
        });
        expect(toReportJson(computeFulfilment(view, NO_DATA, 2026)).measures[0]).toMatchObject({
            target: 80,
            threshold: { hel: 'skillnad mot målvärde >= 0', halv: 'skillnad mot målvärde >= -5' }
        });
    });
});
