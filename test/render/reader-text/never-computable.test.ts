/**
 * The quality appendix's sentence for a comparison with riket or the mean that no year can give (the check
 * `base-never-computable`): the measure by its title and the comparison in words, found by the warning's line,
 * never the model's base; and the appendix falls back to the message when the line is no such comparison.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticCodes } from '../../../src/model/diagnostic-codes.js';
import type { MeasureView } from '../../../src/model/model-view.js';
import { qualityNotes } from '../../../src/render/reader-text/index.js';
import { neverComputableSentence } from '../../../src/render/reader-text/never-computable.js';
import type { ReportWarning } from '../../../src/render/render-input.js';
import { cond, goal, MODEL_FILE, measure, model } from '../../fulfilment/helpers.js';
import { fixtureInput } from '../fixture.js';

/** A measure on lines 10–14 with `hel när` on line 11 and `halv när` on line 12. */
const spanning = (init: Parameters<typeof measure>[1]): MeasureView => ({
    ...measure('M', { title: 'Nöjda brukare', ...init }),
    location: { file: MODEL_FILE, line: 10, column: 5, endLine: 14, endColumn: 6 }
});

const warning = (line: number, file = MODEL_FILE): ReportWarning => ({
    file,
    line,
    code: DiagnosticCodes.baseNeverComputable,
    message: '`skillnad mot riket` kan aldrig räknas: måttet har inget nyckeltal att hämta riksvärdet för. Skriv …'
});

describe('neverComputableSentence', () => {
    it.each<[string, Parameters<typeof measure>[1], ReportWarning, string | undefined]>([
        [
            'riket without a nyckeltal',
            { full: 'skillnad mot riket >= 0', half: 'värde >= 50' },
            warning(11),
            'Måttet ”Nöjda brukare” jämförs med riket, men riksvärdet kan aldrig hämtas eftersom måttet inte har något nyckeltal.'
        ],
        [
            'riket with a nyckeltal the data has no riksvärde for',
            { kpi: 'U00001', full: 'värde >= 50', half: 'skillnad mot riket >= -5' },
            warning(12),
            'Måttet ”Nöjda brukare” jämförs med riket, men datan har inget riksvärde för något år, så jämförelsen kan aldrig räknas.'
        ],
        [
            'the mean, on the second part of a line',
            { full: 'värde >= 50 och skillnad mot medel >= 0' },
            warning(11),
            'Måttet ”Nöjda brukare” jämförs med medel för landets kommuner, men medelvärdet kan aldrig räknas eftersom måttet inte har något nyckeltal.'
        ],
        ['a line without such a comparison', { full: 'värde >= 50' }, warning(11), undefined],
        [
            'another line of a measure that compares with riket',
            { full: 'skillnad mot riket >= 0', half: 'värde >= 40' },
            warning(12),
            undefined
        ],
        [
            'the measure’s first line',
            { full: cond('skillnad mot riket >= 0', 10) },
            warning(10),
            'Måttet ”Nöjda brukare” jämförs med riket, men riksvärdet kan aldrig hämtas eftersom måttet inte har något nyckeltal.'
        ],
        [
            'the measure’s last line',
            { full: cond('skillnad mot medel >= 0', 14) },
            warning(14),
            'Måttet ”Nöjda brukare” jämförs med medel för landets kommuner, men medelvärdet kan aldrig räknas eftersom måttet inte har något nyckeltal.'
        ],
        ['a line outside the measure', { full: 'skillnad mot riket >= 0' }, warning(15), undefined],
        ['another file', { full: 'skillnad mot riket >= 0' }, warning(11, '/models/other.styr'), undefined]
    ])('%s', (_name, init, found, sentence) => {
        const view = model({ goals: [goal('G', {}, [spanning(init)])] });
        expect(neverComputableSentence(view, found)).toBe(sentence);
    });

    it('is the appendix’s sentence for the warning, and the message’s first sentence where there is none', () => {
        const input = fixtureInput();
        input.view = model({ goals: [goal('G', {}, [spanning({ full: 'skillnad mot riket >= 0' })])] });
        // Another check's warning on the same line keeps its own words.
        input.warnings = [warning(11), warning(40), { ...warning(11), code: 'x', message: 'Något annat. Mer.' }];
        expect(qualityNotes(input).sections).toEqual([
            {
                heading: 'Anmärkningar om modellen',
                items: [
                    'Måttet ”Nöjda brukare” jämförs med riket, men riksvärdet kan aldrig hämtas eftersom måttet inte har något nyckeltal.',
                    '”skillnad mot riket” kan aldrig räknas: måttet har inget nyckeltal att hämta riksvärdet för.',
                    'Något annat.'
                ]
            }
        ]);
    });
});
