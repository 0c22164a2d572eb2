/**
 * Which years the reports and the preview offer (the year selector, the five-year tables): a year in which
 * one of the model's measures has a value for the model's own municipality, or that has a follow-up,
 * and always the year evaluated. A year that only other municipalities have data for would show nothing
 * but "saknas", so it is left out.
 */
import type { ModelResult } from '../fulfilment/result.js';
import { dateWords, type FollowUpDate, isoDate } from '../model/follow-up-date.js';

function hasContent(result: ModelResult): boolean {
    return result.followUp !== undefined || result.measures.some(measure => measure.value !== null);
}

/** The results worth showing, in their order: those with content, and the one for `year`. */
export function shownResults(results: readonly ModelResult[], year: number): ModelResult[] {
    return results.filter(result => result.year === year || hasContent(result));
}

/** One entry of the year selector: a year (its final follow-up), or a year's interim follow-up (delårsrapport). */
export interface YearChoice {
    /** The `<option>` value: `2024`, or `2024-08-31` for the interim follow-up per 31 augusti. */
    value: string;
    label: string;
    year: number;
    per?: FollowUpDate;
}

/** The selector's value for a year, or for a year's interim follow-up of a date. */
export function yearChoiceValue(year: number, per?: FollowUpDate): string {
    return per ? isoDate(year, per) : String(year);
}

/** The year (and interim date) a selector value names; undefined for anything else. */
export function parseYearChoice(value: string): { year: number; per?: FollowUpDate } | undefined {
    const parsed = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value);
    if (!parsed) return undefined;
    const year = Number(parsed[1]);
    return parsed[2] === undefined ? { year } : { year, per: { month: Number(parsed[2]), day: Number(parsed[3]) } };
}

/**
 * What the year selector offers, newest first: each year, followed by its delårsrapporter (LANGUAGE.md section
 * 9), latest date first, so that a year's interim report sits beside the year.
 */
export function yearChoices(years: readonly number[], interims: readonly ModelResult[] = []): YearChoice[] {
    const choices: YearChoice[] = [];
    const allYears = [...new Set([...years, ...interims.map(r => r.year)])].sort((a, b) => b - a);
    for (const year of allYears) {
        if (years.includes(year)) choices.push({ value: String(year), label: String(year), year });
        const dated = interims
            .filter(r => r.year === year && r.followUp?.per !== undefined)
            .map(r => r.followUp!.per!)
            .sort((a, b) => b.month - a.month || b.day - a.day);
        for (const per of dated) {
            choices.push({
                value: yearChoiceValue(year, per),
                label: `${year} delårsrapport per ${dateWords(per)}`,
                year,
                per
            });
        }
    }
    return choices;
}
