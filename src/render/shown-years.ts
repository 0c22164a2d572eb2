/**
 * Which years the reports and the preview offer (the year selector, the five-year tables): a year in which
 * one of the model's measures has a value for the model's own municipality, or that has a follow-up,
 * and always the year evaluated. A year that only other municipalities have data for would show nothing
 * but "saknas", so it is left out.
 */
import type { ModelResult } from '../fulfilment/result.js';

function hasContent(result: ModelResult): boolean {
    return result.followUp !== undefined || result.measures.some(measure => measure.value !== null);
}

/** The results worth showing, in their order: those with content, and the one for `year`. */
export function shownResults(results: readonly ModelResult[], year: number): ModelResult[] {
    return results.filter(result => result.year === year || hasContent(result));
}
