/**
 * The one formatter: how every number reads on every surface (Markdown and HTML report, preview, hover,
 * inlay hints, diff), so that a committee sees the same figure wherever it looks and can paste it as it is.
 * Pure string functions: shared by the Node side and the browser bundle.
 *
 * One rule per kind of number:
 * - **Value** (a measure's value, the national value, a mean, last year's value): decimal comma; rounded
 *   half away from zero to at most 2 decimals, trailing zeros dropped (`87,5`, `76,82`); a non-zero value
 *   below 0,1 keeps two significant digits instead of becoming 0 (`0,0034`); thousands grouped with a
 *   no-break space from five integer digits on (`1234`, `12 345`); negative numbers with the Unicode minus
 *   sign `−` (U+2212); the unit after a no-break space (`87,5 %`, `62,8 index`).
 * - **Difference** (skillnad mot riket/medel/grupp, förändring): a value with its sign always shown
 *   (`+2,3`, `−1,5`, `0`).
 * - **Percentage** (a goal's or the vision's fulfilment, 0..1): whole percent, rounded *down* (`55 %` for
 *   0,556), so a shown percentage never reaches a bound (75 %, 50 %) its status has not reached; a
 *   fulfilment within 1e-9 of the next whole percent counts as reaching it, as the status does.
 * - **Rank** (rang, kvartil, a count): a whole number, grouped like a value (`11 av 290`).
 * - **Bound** (a `bedömning` bound, 0..1): the percentage the planner wrote, not rounded (`75,5 %`).
 * - **Values shown together** (one table or chart): `formatFixed` with `sharedDecimals`, so they all have the
 *   same number of decimals (`75,0` beside `75,5`).
 * A number that is not finite is shown as `–`; no surface ever shows `NaN` or `Infinity`.
 *
 * Numbers quoted from the model's own text (the threshold in `hel när rang <= 10`, a weight) are written the
 * way the planner wrote them: `formatModelNumber` in model/model-number.ts (full precision, ASCII `-`), so that
 * the quote matches the line it points at.
 */
import type { Origin } from '../fulfilment/result.js';
import type { SourceLocation } from '../model/model-view.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';
/** What a number that cannot be shown (not finite) reads as. */
export const NO_NUMBER = '–';
/** Fulfilments this close below a whole percent reach it (the same tolerance as the engine's `reaches`). */
const PERCENT_EPSILON = 1e-9;

function group(integer: string): string {
    return integer.length > 4 ? integer.replace(/\B(?=(\d{3})+$)/g, NBSP) : integer;
}

/** A value as shown, without a unit: `87,5`, `76,82`, `12 345`, `−3,2`. */
export function formatDecimal(value: number, maxDecimals = 2): string {
    if (!Number.isFinite(value)) {
        return NO_NUMBER;
    }
    let decimals = maxDecimals;
    // A small non-zero value keeps two significant digits instead of rounding to 0.
    while (decimals < 6 && value !== 0 && Math.abs(value) < Math.pow(10, 1 - decimals)) {
        decimals++;
    }
    return decimalText(value, decimals, true);
}

/** `value` rounded half away from zero to `decimals`, grouped, with the minus sign; `trim`: drop trailing zeros. */
function decimalText(value: number, decimals: number, trim: boolean): string {
    const factor = Math.pow(10, decimals);
    const rounded = Math.round(Math.abs(value) * factor) / factor;
    const negative = value < 0 && rounded !== 0;
    const [integer = '0', fraction] = rounded.toFixed(decimals).split('.');
    const shown = (trim ? fraction?.replace(/0+$/, '') : fraction) ?? '';
    return `${negative ? MINUS : ''}${group(integer)}${shown ? ',' + shown : ''}`;
}

/** How many decimals `formatDecimal` shows for a value (a workbook's number format uses it too). */
export function shownDecimals(value: number): number {
    const text = formatDecimal(value);
    const comma = text.indexOf(',');
    // Stryker disable next-line EqualityOperator: a formatted number never starts with its comma
    return comma < 0 ? 0 : text.length - comma - 1;
}

/**
 * The decimals for values shown together, in one table or chart (READERS.md 1): as many as the most precise of
 * them shows alone, so `75` beside `75,5` reads `75,0`.
 */
export function sharedDecimals(values: readonly number[]): number {
    // Stryker disable next-line MethodExpression: a number that is not finite shows no decimals (`–`), which never raises the maximum over 0
    return Math.max(0, ...values.filter(Number.isFinite).map(shownDecimals));
}

/** A value with exactly `decimals` decimals (see `sharedDecimals`), with its unit when one is given: `75,0 %`. */
export function formatFixed(value: number, decimals: number, unit?: string): string {
    if (!Number.isFinite(value)) {
        return NO_NUMBER;
    }
    const number = decimalText(value, decimals, false);
    return unit ? `${number}${NBSP}${unit}` : number;
}

/** A value with its unit: `87,5 %`, `62,8 index`, `12 kr`, or the bare number without a unit. */
export function formatValue(value: number, unit?: string): string {
    const number = formatDecimal(value);
    return unit && number !== NO_NUMBER ? `${number}${NBSP}${unit}` : number;
}

/** A difference or a change, always with its sign: `+2,3`, `−1,5`, `0`; with the unit when one is given. */
export function formatSigned(value: number, unit?: string): string {
    const text = formatValue(value, unit);
    return value > 0 && Number.isFinite(value) && formatDecimal(value) !== '0' ? `+${text}` : text;
}

/** A fulfilment 0..1 as a whole percentage, rounded down: `55 %`; `–` without one. */
export function formatPercent(fraction: number | null | undefined): string {
    if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) {
        return NO_NUMBER;
    }
    return `${group(String(Math.floor(fraction * 100 + PERCENT_EPSILON * 100)))}${NBSP}%`;
}

/** A `bedömning` bound 0..1 as the planner wrote it: `75 %`, `75,5 %`. */
export function formatBound(fraction: number): string {
    return formatValue(fraction * 100, '%');
}

/** A rank or a count: a whole number, `11`; with how many were ranked: `11 av 290`. */
export function formatRank(rank: number, ranked?: number): string {
    const whole = (n: number) => (Number.isFinite(n) ? group(String(Math.round(n))) : NO_NUMBER);
    return ranked === undefined ? whole(rank) : `${whole(rank)} av ${whole(ranked)}`;
}

/** `3 av 4 mått har värde`; `inga mått` when there is nothing to count. */
export function coverageText(withValue: number, total: number): string {
    if (total === 0) {
        return 'inga mått';
    }
    return `${withValue} av ${total} mått har värde`;
}

/** The directory part of a path or URI string (`/a/b/c.styr` gives `/a/b`). */
export function dirname(path: string): string {
    const index = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return index <= 0 ? (index === 0 ? path.slice(0, 1) : '') : path.slice(0, index);
}

/** `scheme://authority` and the path of a URI string; undefined for a plain path. */
const URI_PARTS = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/.*)?$/i;

function decodedPath(path: string | undefined): string {
    try {
        return decodeURIComponent(path ?? '/');
    } catch {
        // Stryker disable next-line StringLiteral: only a defined path can fail to decode
        return path ?? '/';
    }
}

/**
 * `file` relative to the directory `base`, with `/`; unchanged when it is already relative, when `base` is
 * empty, or when the two do not share a root (another drive). A URI (VS Code for the Web names every file
 * `vscode-remote://…`, percent-encoded) is decoded and made relative to a `base` on the same host, or to a plain
 * `base` when it is a `file:` URI; on another host it is shown by its decoded name.
 */
export function relativePath(file: string, base: string | undefined): string {
    const fileUri = URI_PARTS.exec(file);
    if (fileUri) {
        const path = decodedPath(fileUri[2]);
        const baseUri = base ? URI_PARTS.exec(base) : null;
        if (baseUri && baseUri[1]!.toLowerCase() === fileUri[1]!.toLowerCase()) {
            return relativePath(path, decodedPath(baseUri[2]));
        }
        if (!baseUri && base && fileUri[1]!.toLowerCase().startsWith('file:')) {
            return relativePath(path, base);
        }
        return path.slice(path.lastIndexOf('/') + 1);
    }
    if (!base || !isAbsolute(file) || !isAbsolute(base)) {
        return file;
    }
    const fileParts = file.split(/[\\/]/);
    const baseParts = base.split(/[\\/]/).filter((part, index) => part !== '' || index === 0);
    if (fileParts[0] !== baseParts[0]) {
        return file;
    }
    let common = 0;
    while (common < baseParts.length && common < fileParts.length - 1 && fileParts[common] === baseParts[common]) {
        common++;
    }
    const up = baseParts.slice(common).map(() => '..');
    return [...up, ...fileParts.slice(common)].join('/');
}

function isAbsolute(path: string): boolean {
    return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/** `nämnderna.styr rad 12`. */
export function locationText(location: Pick<SourceLocation, 'file' | 'line'>, base: string | undefined): string {
    return `${relativePath(location.file, base)} rad ${location.line}`;
}

/**
 * Where a number came from, in words: `data/resultat.csv rad 123`, `data/egna.xlsx blad "Enkät" rad 5` or
 * `utfall, styrmodell.styr rad 62`.
 */
export function originText(origin: Origin, base: string | undefined): string {
    return origin.kind === 'data'
        ? `${relativePath(origin.file, base)} ${rowText(origin)}`
        : `${origin.block}, ${locationText(origin.location, base)}`;
}

/** A data file's line in words: `rad 123`, or for a workbook `blad "Enkät" rad 5`. */
export function rowText(origin: { line: number; sheet?: string }): string {
    return origin.sheet === undefined ? `rad ${origin.line}` : `blad "${origin.sheet}" rad ${origin.line}`;
}
