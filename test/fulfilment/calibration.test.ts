import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/fulfilment/calibration.js';
import type { MeasureView } from '../../src/model/model-view.js';
import { calibrationHistory, calibrationReach } from '../../src/render/reader-text/calibration.js';
import { goal, line, measure, memoryData, model, peerGroup, points, type Row } from './helpers.js';

/** 20 municipalities 1801..1820 with values 100, 99, …, 81 in 2024; the own 1881 with `own` by year. */
function rows(own: Record<number, number>): Row[] {
    const result: Row[] = [];
    for (let i = 0; i < 20; i++) result.push(['N1', String(1801 + i), 2024, 100 - i]);
    for (const [year, value] of Object.entries(own)) result.push(['N1', '1881', Number(year), value]);
    result.push(['N1', '0000', 2024, 88], ['N1', '0000', 2023, 95]);
    return result;
}

const OWN = { 2020: 70, 2021: 95, 2023: 86, 2024: 90.5 };

function run(
    condition: string,
    init: Partial<MeasureView> = {},
    data = rows(OWN),
    groups = [peerGroup('Grannar', ['1801', '1802', '1803', '1810'])]
) {
    const threshold = line('full', condition);
    const m = measure('M', { kpi: 'N1', direction: 'higher', thresholds: [threshold], ...init });
    const view = model({ goals: [goal('G', {}, [m])], groups });
    return calibrate(view, memoryData(data), 2024, view.goals[0]!.measures[0]!, threshold);
}

describe('calibrate', () => {
    it.each([
        // 21 municipalities with a value 2024 (20 others and 1881 with 90,5).
        ['värde >= 90', 12, 21],
        ['värde > 100', 0, 21],
        ['rang <= 10', 10, 21],
        // ceil(4 × rank / 21) = 1 for ranks 1..5.
        ['kvartil = 1', 5, 21],
        // Riket 88 in 2024: 100..88 and 90,5 reach it.
        ['skillnad mot riket >= 0', 14, 21],
        ['värde >= 85 och rang <= 5', 5, 21],
        // Mean of the 21: (100+…+81 + 90,5) / 21 = 90,5.
        ['skillnad mot medel >= 0', 11, 21]
    ])('%s: met by %i of %i municipalities', (condition, met, decided) => {
        const calibration = run(condition);
        expect(calibration).toMatchObject({ year: 2024, among: { kind: 'all' }, met, decided, undecided: 0 });
    });

    it('counts among the group, for a base that compares with it', () => {
        // Members 1801 (100), 1802 (99), 1803 (98), 1810 (91): each ranked among the members and itself.
        expect(run('rang i Grannar <= 2')).toMatchObject({
            among: { kind: 'group', id: 'Grannar' },
            met: 2,
            decided: 4
        });
        // Mean of the members is 97: 1801, 1802 and 1803 are above it.
        expect(run('skillnad mot Grannar > 0')).toMatchObject({ met: 3, decided: 4 });
    });

    it('counts among the group a quartile or a later part compares with, leaving out the nation and members without a value', () => {
        const groups = [peerGroup('Grannar', ['1801', '1802', '1803', '1810', '0000', '1899'])];
        // kvartil among the four members with a value: ceil(4 × rank / 4) = 1 for the first only.
        expect(run('kvartil i Grannar = 1', {}, rows(OWN), groups)).toMatchObject({
            among: { kind: 'group', id: 'Grannar' },
            met: 1,
            decided: 4
        });
        // The group named by the second part still decides whom the line is counted among.
        expect(run('värde >= 95 och skillnad mot Grannar > 0', {}, rows(OWN), groups)).toMatchObject({
            among: { kind: 'group', id: 'Grannar' },
            met: 3,
            decided: 4
        });
    });

    it('keeps municipalities whose line cannot be decided apart, never counted as failing', () => {
        // Only 1881 has a 2023 value, so förändring is undecidable for the 20 others.
        expect(run('förändring > 0')).toMatchObject({ met: 1, decided: 1, undecided: 20 });
    });

    it('tells the municipality’s last five years: holds, fails, no value, undecidable', () => {
        expect(run('värde >= 90').history).toEqual([
            { year: 2020, outcome: 'fails' },
            { year: 2021, outcome: 'holds' },
            { year: 2022, outcome: 'no-value' },
            { year: 2023, outcome: 'fails' },
            { year: 2024, outcome: 'holds' }
        ]);
        // No Riket before 2023: undecidable, not a failure.
        expect(run('skillnad mot riket >= 0').history.map(h => h.outcome)).toEqual([
            'undecided',
            'undecided',
            'no-value',
            'fails',
            'holds'
        ]);
    });

    it('judges the others by their data and the municipality by its typed utfall', () => {
        const calibration = run('värde >= 90', { actual: points({ 2023: 91, 2024: 80 }) });
        // 1881 is judged by its utfall (80), not its data value 90,5; the 11 others at 90 or more by their data.
        expect(calibration).toMatchObject({ met: 11, decided: 21 });
        expect(calibration.history.slice(-2)).toEqual([
            { year: 2023, outcome: 'holds' },
            { year: 2024, outcome: 'fails' }
        ]);
    });

    it('has no one to compare with for a measure of typed values only', () => {
        const calibration = run('värde >= 90', { kpi: undefined, actual: points({ 2024: 92 }) });
        expect(calibration).toMatchObject({ decided: 0, met: 0 });
        expect(calibration.history[4]).toEqual({ year: 2024, outcome: 'holds' });
    });
});

describe('calibration in words', () => {
    it('says how many reach it and the municipality’s years', () => {
        const calibration = run('värde >= 90');
        expect(calibrationReach(calibration)).toBe('Nås av 12 av 21 kommuner 2024.');
        expect(calibrationHistory(calibration)).toBe(
            'Kommunens senaste 5 år (2020–2024): nås 2021 och 2024, inte 2020 och 2023, inget värde 2022.'
        );
        expect(calibrationReach(run('rang i Grannar <= 2'), 'Grannkommunerna')).toBe(
            'Nås av 2 av 4 kommuner i Grannkommunerna 2024.'
        );
        expect(calibrationReach(run('förändring > 0'))).toBe(
            'Nås av 1 av 1 kommun 2024. För 20 till kan det inte avgöras.'
        );
        expect(
            calibrationReach(run('värde >= 1', { kpi: undefined, actual: points({ 2024: 2 }) }), undefined, false)
        ).toBe('Ingen jämförelse med andra kommuner: måttet har inget nyckeltal, bara egna värden.');
    });
});
