/**
 * A threshold line's calibration in words: how many municipalities meet it (one and several, none decided,
 * some undecided, among a group by its title or id, without a KPI) and the municipality's own five years.
 */
import { describe, expect, it } from 'vitest';
import type { Calibration, CalibrationOutcome } from '../../../src/fulfilment/calibration.js';
import { calibrationHistory, calibrationReach } from '../../../src/render/reader-text/index.js';

function calibration(init: Partial<Calibration> = {}): Calibration {
    return { year: 2024, among: { kind: 'all' }, decided: 290, met: 37, undecided: 0, history: [], ...init };
}
const group = { kind: 'group', id: 'Mellan' } as const;

describe('calibrationReach', () => {
    it.each<[string, Partial<Calibration>, string | undefined, boolean, string]>([
        ['all municipalities', {}, undefined, true, 'Nås av 37 av 290 kommuner 2024.'],
        ['one decided', { decided: 1, met: 1 }, undefined, true, 'Nås av 1 av 1 kommun 2024.'],
        ['two decided, none met', { decided: 2, met: 0 }, undefined, true, 'Nås av 0 av 2 kommuner 2024.'],
        [
            'some undecided',
            { decided: 280, met: 37, undecided: 10 },
            undefined,
            true,
            'Nås av 37 av 280 kommuner 2024. För 10 till kan det inte avgöras.'
        ],
        [
            'one undecided',
            { decided: 289, undecided: 1 },
            undefined,
            true,
            'Nås av 37 av 289 kommuner 2024. För 1 till kan det inte avgöras.'
        ],
        [
            'a group by its title',
            { among: group, decided: 11, met: 4 },
            'Mellannyckeln',
            true,
            'Nås av 4 av 11 kommuner i Mellannyckeln 2024.'
        ],
        [
            'a group by its id',
            { among: group, decided: 11, met: 4 },
            undefined,
            true,
            'Nås av 4 av 11 kommuner i Mellan 2024.'
        ],
        [
            'none decided, some undecided',
            { decided: 0, met: 0, undecided: 290 },
            undefined,
            true,
            'För 2024 kan det inte avgöras för någon kommun.'
        ],
        [
            'none decided in a group, some undecided',
            { among: group, decided: 0, met: 0, undecided: 3 },
            'Mellannyckeln',
            true,
            'För 2024 kan det inte avgöras för någon kommun i Mellannyckeln.'
        ],
        [
            'no values',
            { decided: 0, met: 0, undecided: 0 },
            undefined,
            true,
            'Inga kommuner har värden för 2024 att jämföra med.'
        ],
        [
            'no values in a group',
            { among: group, decided: 0, met: 0, undecided: 0 },
            'Mellannyckeln',
            true,
            'Inga kommuner i Mellannyckeln har värden för 2024 att jämföra med.'
        ],
        [
            'no KPI',
            { decided: 0, met: 0 },
            undefined,
            false,
            'Ingen jämförelse med andra kommuner: måttet har inget nyckeltal, bara egna värden.'
        ]
    ])('%s', (_name, init, title, hasKpi, sentence) => {
        expect(calibrationReach(calibration(init), title, hasKpi)).toBe(sentence);
    });
});

it('has a KPI unless told otherwise', () => {
    expect(calibrationReach(calibration({ decided: 2, met: 1 }))).toBe('Nås av 1 av 2 kommuner 2024.');
});

describe('calibrationHistory', () => {
    const history = (...outcomes: CalibrationOutcome[]) => outcomes.map((outcome, i) => ({ year: 2020 + i, outcome }));
    it.each<[CalibrationOutcome[], string]>([
        [
            ['fails', 'fails', 'holds', 'fails', 'holds'],
            'Kommunens senaste 5 år (2020–2024): nås 2022 och 2024, inte 2020, 2021 och 2023.'
        ],
        [
            ['holds', 'holds', 'holds', 'holds', 'holds'],
            'Kommunens senaste 5 år (2020–2024): nås 2020, 2021, 2022, 2023 och 2024.'
        ],
        [
            ['no-value', 'undecided', 'fails', 'holds', 'no-value'],
            'Kommunens senaste 5 år (2020–2024): nås 2023, inte 2022, kan inte avgöras 2021, inget värde 2020 och 2024.'
        ]
    ])('%j', (outcomes, sentence) => {
        expect(calibrationHistory(calibration({ history: history(...outcomes) }))).toBe(sentence);
    });
});
