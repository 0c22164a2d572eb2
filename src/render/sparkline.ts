/**
 * A small inline SVG of a measure over the years: a line through the values (broken where a year has none),
 * a dot on the year shown, coloured by its status. The SVG's `<title>` (its accessible
 * name and tooltip) lists every year's value and status, so the picture is never the only way to read the trend.
 *
 * The value scale spans at least `minSpan` (READERS.md 5): a change smaller than what separates the measure's
 * `hel` and `halv` bounds is drawn small, not stretched over the whole height (spark-scale.ts picks it).
 */
import type { Status } from '../fulfilment/result.js';
import { statusDisplay } from '../fulfilment/status.js';
import { escapeHtml } from './escape.js';
import { formatValue } from './format.js';

export interface SparkPoint {
    year: number;
    /** null: no value that year (a gap in the line). */
    value: number | null;
    status?: Status;
    /** How the value reads when it is not a plain value in the unit (a goal's fulfilment: `formatPercent`). */
    text?: string;
}

export interface SparkGeometry {
    width: number;
    height: number;
    /** Inner margin, so that dots at the edges are not clipped. */
    pad: number;
}

export const SPARK_GEOMETRY: SparkGeometry = { width: 88, height: 26, pad: 4 };

/** Coordinates rounded to one decimal, as they appear in the path. */
function round1(x: number): number {
    return Math.round(x * 10) / 10 + 0;
}

/** Each point's position: x by year (gaps in years keep their distance), y by value (higher is up). */
export function sparkCoordinates(
    points: readonly SparkPoint[],
    geometry: SparkGeometry = SPARK_GEOMETRY,
    minSpan = 0
): Array<{ year: number; x: number; y: number | null }> {
    const { width, height, pad } = geometry;
    const years = points.map(p => p.year);
    const values = points.map(p => p.value).filter((v): v is number => v !== null);
    const minYear = Math.min(...years);
    const maxYear = Math.max(...years);
    // Widen a narrow range around its middle, so that the drawn height is (max − min) / minSpan of the whole.
    const low = Math.min(...values);
    const high = Math.max(...values);
    const widen = Math.max(0, minSpan - (high - low)) / 2;
    const min = low - widen;
    const max = high + widen;
    const x = (year: number) =>
        maxYear === minYear ? width / 2 : pad + ((year - minYear) / (maxYear - minYear)) * (width - 2 * pad);
    const y = (value: number) => (max === min ? height / 2 : pad + ((max - value) / (max - min)) * (height - 2 * pad));
    return points.map(p => ({ year: p.year, x: round1(x(p.year)), y: p.value === null ? null : round1(y(p.value)) }));
}

/**
 * The SVG path `d` of the line: `M` at the first value and after every gap, `L` between consecutive values.
 * Empty when no year has a value.
 */
export function sparklinePath(
    points: readonly SparkPoint[],
    geometry: SparkGeometry = SPARK_GEOMETRY,
    minSpan = 0
): string {
    if (!points.some(p => p.value !== null)) {
        return '';
    }
    const parts: string[] = [];
    let drawing = false;
    for (const c of sparkCoordinates(points, geometry, minSpan)) {
        if (c.y === null) {
            drawing = false;
            continue;
        }
        parts.push(`${drawing ? 'L' : 'M'}${c.x} ${c.y}`);
        drawing = true;
    }
    return parts.join(' ');
}

/** The text alternative: `2017: 85 %, 2018: 87,5 %, 2019: saknas`. */
export function sparklineText(points: readonly SparkPoint[], unit?: string): string {
    return points
        .map(
            p =>
                `${p.year}: ${p.value === null ? 'saknas' : (p.text ?? formatValue(p.value, unit))}${p.status ? ` (${statusDisplay(p.status).word})` : ''}`
        )
        .join(', ');
}

/**
 * The inline SVG, or an empty string when fewer than two years have a value (a single dot says nothing
 * about a trend). `current` is the year shown: its dot carries its status colour class. Four elements per
 * sparkline (svg, title, line, dot), so a tree of 2,000 nodes stays quick to draw; every year's value and
 * status is in the title. `minSpan`: the least value range drawn over the whole height (spark-scale.ts).
 */
export function renderSparkline(
    points: readonly SparkPoint[],
    current: number,
    unit?: string,
    minSpan = 0,
    geometry: SparkGeometry = SPARK_GEOMETRY
): string {
    const withValue = points.filter(p => p.value !== null);
    if (withValue.length < 2) {
        return '';
    }
    const label = `Utveckling ${sparklineText(points, unit)}`;
    const index = points.findIndex(p => p.year === current);
    const at = index >= 0 ? sparkCoordinates(points, geometry, minSpan)[index] : undefined;
    const point = index >= 0 ? points[index] : undefined;
    const dot =
        at && at.y !== null && point
            ? `<circle class="sm-spark-dot ${point.status ? statusDisplay(point.status).cssClass : 'status-grey'}" cx="${at.x}" cy="${at.y}" r="3"/>`
            : '';
    return `<svg class="sm-spark" width="${geometry.width}" height="${geometry.height}" viewBox="0 0 ${geometry.width} ${geometry.height}" role="img"><title>${escapeHtml(label)}</title><path class="sm-spark-line" fill="none" d="${sparklinePath(points, geometry, minSpan)}"/>${dot}</svg>`;
}
