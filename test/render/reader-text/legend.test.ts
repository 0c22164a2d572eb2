/** The legend: each status and what it means, with the bounds as the planner wrote them (decimal comma). */
import { describe, expect, it } from 'vitest';
import { LEGEND_NOTE, legendRows } from '../../../src/render/reader-text/index.js';

const NBSP = '\u00a0';

describe('legendRows', () => {
    it.each<[{ achieved: number; partly: number }, string, string]>([
        [{ achieved: 0.75, partly: 0.5 }, `75${NBSP}%`, `50${NBSP}%`],
        [{ achieved: 0.755, partly: 0.333 }, `75,5${NBSP}%`, `33,3${NBSP}%`],
        [{ achieved: 1, partly: 0 }, `100${NBSP}%`, `0${NBSP}%`]
    ])('%j', (bounds, achieved, partly) => {
        expect(legendRows(bounds)).toEqual([
            {
                measure: ['hel'],
                goal: 'uppfyllt',
                meaning: `Måttet når gränsvärdet för hel (1 poäng). Målet når minst ${achieved}.`
            },
            {
                measure: ['halv'],
                goal: 'delvis',
                meaning: `Måttet når gränsvärdet för halv (0,5 poäng). Målet når minst ${partly}.`
            },
            {
                measure: ['ingen'],
                goal: 'ej_uppfyllt',
                meaning: `Måttet når inget gränsvärde (0 poäng). Målet når under ${partly}.`
            },
            {
                measure: ['saknas', 'ej_bedomd'],
                goal: 'saknas',
                meaning:
                    'Värdet saknas, gränsvärdet kan inte avgöras eller måttet har inga gränsvärden. Räknas inte, aldrig som 0.'
            }
        ]);
    });

    it('says under the rows how a goal is computed and how colour is used', () => {
        expect(LEGEND_NOTE).toBe(
            'Ett måls uppfyllelse är det viktade medelvärdet av dess mått och av de mål som bidrar till det. ' +
                '”Mått med värde” visar hur många av målets mått, nämndmålens inräknade, som har ett värde för året. ' +
                'Färgen står alltid tillsammans med sitt ord.'
        );
    });
});
