/**
 * Where the text of a chart goes, so that it never collides (READERS.md 5): labels of lines stacked in their
 * own column at least one line of text apart, and year labels thinned to what the plot's width can hold.
 * Pure arithmetic in CSS pixels, shared by the HTML chart and the chart image of the Word report.
 */

/** Chart text is never smaller than this many CSS pixels (READERS.md 5). */
export const CHART_FONT_PX = 12.5;
/** The height one label takes, with a little air. */
export const LABEL_GAP_PX = 16;

/**
 * Label positions as close as possible to `wanted` (each label's line's height) with every two at least `gap`
 * apart and all within [`top`, `bottom`]; in the order given. When they cannot all fit, they keep `gap` and
 * run past `bottom` (a chart with more lines than its height holds grows rather than overlapping).
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
    const order = wanted
        .map((y, index) => ({ y: Math.min(Math.max(y, top), bottom), index }))
        .sort((a, b) => a.y - b.y);
    // Down from the top: each label at least `gap` below the one above it.
    for (let i = 1; i < order.length; i++) {
        order[i]!.y = Math.max(order[i]!.y, order[i - 1]!.y + gap);
    }
    // Up from the bottom: labels pushed past the bottom move back up, as far as the top allows.
    const last = order.length - 1;
    if (last >= 0 && order[last]!.y > bottom) {
        order[last]!.y = Math.max(bottom, top + last * gap);
        for (let i = last - 1; i >= 0; i--) {
            order[i]!.y = Math.min(order[i]!.y, order[i + 1]!.y - gap);
        }
    }
    const placed: number[] = new Array<number>(wanted.length);
    for (const label of order) {
        placed[label.index] = label.y;
    }
    return placed;
}

/** The width a year label (`2019`, or a rank `#144` under it) takes, with the air between two. */
export const YEAR_LABEL_PX = 34;

/**
 * Every how many years a label fits on a plot `width` pixels wide: 1, 2, 3, 5 or 10. Labels count back from the
 * year shown, so it always has one.
 */
export function yearLabelStep(years: number, width: number): number {
    for (const step of [1, 2, 3, 5, 10]) {
        if (Math.ceil(years / step) * YEAR_LABEL_PX <= width) {
            return step;
        }
    }
    return Math.ceil((years * YEAR_LABEL_PX) / Math.max(width, YEAR_LABEL_PX));
}

/** Whether the year at `index` (of `count`, the year shown at `current`) carries a label at `step`. */
export function hasYearLabel(index: number, current: number, step: number): boolean {
    return Math.abs(index - current) % step === 0;
}
