/**
 * The year selector's entries: the years the results have (which years those are, fulfilment/model-results.ts's
 * shownResults decides) and their interim follow-ups.
 */
import type { ModelResult } from '../fulfilment/result.js';
import { dateWords, type FollowUpDate, isoDate } from '../model/follow-up-date.js';

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
