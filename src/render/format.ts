/**
 * How numbers, paths and provenance read in the reports and the preview: Swedish conventions (decimal
 * comma, a space before `%`, thousands grouped from five digits), so a committee can paste them as they are.
 * Pure string functions: shared by the Node renderer and the browser bundle.
 */
import type { Origin } from '../fulfilment/result.js';
import type { SourceLocation } from '../model/model-view.js';

const NBSP = '\u00a0';

/**
 * A value as shown: decimal comma, at most `maxDecimals` decimals without trailing zeros, thousands
 * grouped with a no-break space from 10 000 up, ASCII minus (as planners type it in thresholds).
 */
export function formatDecimal(value: number, maxDecimals = 2): string {
    if (!Number.isFinite(value)) {
        return String(value);
    }
    let decimals = maxDecimals;
    // A small non-zero value keeps two significant digits instead of rounding to 0.
    while (decimals < 6 && value !== 0 && Math.abs(value) < Math.pow(10, 1 - decimals)) {
        decimals++;
    }
    const factor = Math.pow(10, decimals);
    const rounded = Math.round(Math.abs(value) * factor) / factor;
    const negative = value < 0 && rounded !== 0;
    const [integer = '0', fraction] = rounded.toFixed(decimals).split('.');
    const trimmed = fraction?.replace(/0+$/, '') ?? '';
    const grouped = integer.length > 4 ? integer.replace(/\B(?=(\d{3})+$)/g, NBSP) : integer;
    return `${negative ? '-' : ''}${grouped}${trimmed ? ',' + trimmed : ''}`;
}

/** `+2,3`, `-1,5`, `0`: a difference or a change, always with its sign. */
export function formatSigned(value: number): string {
    const text = formatDecimal(value);
    return value > 0 && text !== '0' ? `+${text}` : text;
}

/** A value with its unit: `87,5 %`, `62,8 index`, `12 kr`, or the bare number without a unit. */
export function formatValue(value: number, unit?: string): string {
    const number = formatDecimal(value);
    return unit ? `${number}${NBSP}${unit}` : number;
}

/** A fulfilment 0..1 as a whole percentage: `56 %`. */
export function formatPercent(fraction: number): string {
    return `${Math.round(fraction * 100)}${NBSP}%`;
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

/**
 * `file` relative to the directory `base`, with `/`; unchanged when it is already relative, when `base` is
 * empty, or when the two do not share a root (another drive, a URI).
 */
export function relativePath(file: string, base: string | undefined): string {
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

/** Where a number came from, in words: `data/resultat.csv rad 123` or `utfall, styrmodell.styr rad 62`. */
export function originText(origin: Origin, base: string | undefined): string {
    return origin.kind === 'data'
        ? locationText(origin, base)
        : `${origin.block}, ${locationText(origin.location, base)}`;
}
