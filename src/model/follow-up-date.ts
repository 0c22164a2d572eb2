/**
 * The date of an interim follow-up (`uppföljning 2024 per 31 augusti`, LANGUAGE.md section 9): one place for
 * the Swedish month names, the date's wording ("31 augusti"), its ISO form ("2024-08-31") and the CLI's `--per`.
 */

/** Day and month (1–12) within the follow-up's year. */
export interface FollowUpDate {
    day: number;
    month: number;
}

export const MONTH_NAMES: readonly string[] = [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december'
];

/** 1–12 for a Swedish month name in lower case, undefined for anything else. */
export function monthNumber(name: string): number | undefined {
    const index = MONTH_NAMES.indexOf(name.normalize('NFC'));
    return index < 0 ? undefined : index + 1;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of a year (February counts leap years, by the Gregorian rule). By arithmetic, not `Date`:
 * a year beyond `Date`'s range (±275,760, such as a mistyped `uppföljning 2024023`) gave NaN days, which the
 * date check then printed ("februari har NaN dagar").
 */
export function daysInMonth(year: number, month: number): number {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : (DAYS[month - 1] ?? Number.NaN);
}

/** Whether day and month make a date in the year. */
export function isValidDate(year: number, date: FollowUpDate): boolean {
    return (
        Number.isInteger(date.day) &&
        Number.isInteger(date.month) &&
        date.month >= 1 &&
        date.month <= 12 &&
        date.day >= 1 &&
        date.day <= daysInMonth(year, date.month)
    );
}

/** "31 augusti". */
export function dateWords(date: FollowUpDate): string {
    return `${date.day} ${MONTH_NAMES[date.month - 1] ?? String(date.month)}`;
}

/** "2024-08-31". */
export function isoDate(year: number, date: FollowUpDate): string {
    return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The title every surface gives an interim assessment: "Prognos för helåret, bedömd per 31 augusti". */
export function interimAssessmentLabel(date: FollowUpDate): string {
    return `Prognos för helåret, bedömd per ${dateWords(date)}`;
}

export function sameDate(a: FollowUpDate | undefined, b: FollowUpDate | undefined): boolean {
    return a === undefined || b === undefined ? a === b : a.day === b.day && a.month === b.month;
}

/**
 * The CLI's `--per`: `2024-08-31` (then with its year) or `31 augusti`. Undefined when the text is neither;
 * the date itself is checked against the year by the caller, which knows the year.
 */
export function parsePerOption(text: string): { year?: number; date: FollowUpDate } | undefined {
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
    if (iso) return { year: Number(iso[1]), date: { month: Number(iso[2]), day: Number(iso[3]) } };
    const words = /^(\d{1,2})\s+(\p{L}+)$/u.exec(text.trim());
    const month = words ? monthNumber(words[2]!.toLowerCase()) : undefined;
    if (words && month !== undefined) return { date: { day: Number(words[1]), month } };
    return undefined;
}
