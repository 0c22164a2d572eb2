/**
 * A threshold's calibration in words (fulfilment/calibration.ts): how many municipalities meet the line in the
 * year, and in which of the municipality's last five years it would have held. The hover on a `hel`/`halv` line
 * shows these sentences; they are made here so any other surface says them the same way.
 */
import type { Calibration, CalibrationOutcome } from '../../fulfilment/calibration.js';
import { joinSwedish } from './words.js';

/** `Nås av 37 av 290 kommuner 2024.`, among a group `Nås av 4 av 11 kommuner i Mellannyckeln 2024.` */
export function calibrationReach(calibration: Calibration, groupTitle?: string, hasKpi = true): string {
    const { decided, met, undecided, year, among } = calibration;
    const where = among.kind === 'group' ? ` i ${groupTitle ?? among.id}` : '';
    if (!hasKpi) {
        return 'Ingen jämförelse med andra kommuner: måttet har inget nyckeltal, bara egna värden.';
    }
    if (decided === 0) {
        return undecided > 0
            ? `För ${year} kan det inte avgöras för någon kommun${where}.`
            : `Inga kommuner${where} har värden för ${year} att jämföra med.`;
    }
    const noun = decided === 1 ? 'kommun' : 'kommuner';
    const rest = undecided > 0 ? ` För ${undecided} till kan det inte avgöras.` : '';
    return `Nås av ${met} av ${decided} ${noun}${where} ${year}.${rest}`;
}

const OUTCOME_WORDS: Record<CalibrationOutcome, string> = {
    holds: 'nås',
    fails: 'inte',
    undecided: 'kan inte avgöras',
    'no-value': 'inget värde'
};

/** `Kommunens senaste fem år (2020–2024): nås 2022 och 2024, inte 2020, 2021 och 2023.` */
export function calibrationHistory(calibration: Calibration): string {
    const history = calibration.history;
    const first = history[0]?.year;
    const last = history[history.length - 1]?.year;
    const parts: string[] = [];
    for (const outcome of ['holds', 'fails', 'undecided', 'no-value'] as const) {
        const years = history.filter(h => h.outcome === outcome).map(h => String(h.year));
        if (years.length > 0) parts.push(`${OUTCOME_WORDS[outcome]} ${joinSwedish(years)}`);
    }
    return `Kommunens senaste ${history.length} år (${first}–${last}): ${parts.join(', ')}.`;
}
