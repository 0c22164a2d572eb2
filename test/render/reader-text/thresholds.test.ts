/** A measure's `hel`/`halv` lines as a reader reads them, with the year a line applies from; the model's words apart. */
import { describe, expect, it } from 'vitest';
import { computeMeasure } from '../../../src/fulfilment/compute.js';
import { NO_THRESHOLDS, thresholdLine, thresholdLines } from '../../../src/render/reader-text/index.js';
import { goal, line, measure, memoryData, model } from '../../fulfilment/helpers.js';

describe('thresholdLine', () => {
    it.each<[Parameters<typeof thresholdLine>[0], ReturnType<typeof thresholdLine>]>([
        [
            { which: 'hel', plain: 'topp 10 bland landets kommuner', model: 'hel när rang <= 10' },
            { which: 'hel', text: 'Hel: topp 10 bland landets kommuner', model: 'hel när rang <= 10' }
        ],
        [
            { which: 'halv', from: 2021, plain: 'minst 80 %', model: 'halv när värde >= 80 från 2021' },
            { which: 'halv', text: 'Halv från 2021: minst 80 %', model: 'halv när värde >= 80 från 2021' }
        ]
    ])('%j', (fact, expected) => {
        expect(thresholdLine(fact)).toEqual(expected);
    });
});

describe('thresholdLines', () => {
    it('gives each line that applied in the year, hel first, and none for a measure without lines', () => {
        const view = model({
            goals: [
                goal('G', { level: 'fullmäktige' }, [
                    {
                        ...measure('M', {
                            kpi: 'K',
                            unit: '%',
                            direction: 'higher',
                            thresholds: [line('half', 'värde >= 50', 2019), line('full', 'värde >= 80')]
                        }),
                        goal: 'G'
                    },
                    { ...measure('N', { kpi: 'K', unit: '%' }), goal: 'G' }
                ])
            ]
        });
        const data = memoryData([['K', '1881', 2019, 64]]);
        const [m, n] = view.goals[0]!.measures;
        expect(thresholdLines(view, m!, computeMeasure(view, data, 2019, m!)).map(l => l.text)).toEqual([
            'Hel: minst 80\u00a0%',
            'Halv från 2019: minst 50\u00a0%'
        ]);
        expect(thresholdLines(view, n!, computeMeasure(view, data, 2019, n!))).toEqual([]);
        expect(NO_THRESHOLDS).toBe('inga (måttet bedöms inte mot ett gränsvärde)');
    });
});
