/**
 * The legend: what each status means, with the model's bounds as the planner wrote them (`minst 75,5 %`).
 * One definition for every layout, so that no report can round a bound differently from another.
 */
import type { GoalStatus, MeasureStatus } from '../../fulfilment/result.js';
import { formatBound } from '../format.js';

export interface LegendRow {
    /** The measure statuses of the row (`saknas` and `ej bedömd` share one). */
    measure: MeasureStatus[];
    goal: GoalStatus;
    /** One or two whole sentences. */
    meaning: string;
}

export function legendRows(bounds: { achieved: number; partly: number }): LegendRow[] {
    return [
        {
            measure: ['hel'],
            goal: 'uppfyllt',
            meaning: `Måttet når gränsvärdet för hel (1 poäng). Målet når minst ${formatBound(bounds.achieved)}.`
        },
        {
            measure: ['halv'],
            goal: 'delvis',
            meaning: `Måttet når gränsvärdet för halv (0,5 poäng). Målet når minst ${formatBound(bounds.partly)}.`
        },
        {
            measure: ['ingen'],
            goal: 'ej_uppfyllt',
            meaning: `Måttet når inget gränsvärde (0 poäng). Målet når under ${formatBound(bounds.partly)}.`
        },
        {
            measure: ['saknas', 'ej_bedomd'],
            goal: 'saknas',
            meaning:
                'Värdet saknas, gränsvärdet kan inte avgöras eller måttet har inga gränsvärden. Räknas inte, aldrig som 0.'
        }
    ];
}

/** The sentences under the legend's rows. */
export const LEGEND_NOTE =
    'Ett måls uppfyllelse är det viktade medelvärdet av dess mått och av de mål som bidrar till det. ' +
    '”Mått med värde” visar hur många av målets mått, nämndmålens inräknade, som har ett värde för året. ' +
    'Färgen står alltid tillsammans med sitt ord.';

/** The trend marks' meaning, for the legend. */
export const TREND_NOTE = '↑ bättre, ↓ sämre och → oförändrat jämför uppfyllelsen med året innan.';
