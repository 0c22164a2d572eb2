/**
 * The trend mark against the previous year: ↑ bättre, ↓ sämre, → oförändrat, each with its word, so that a
 * screen reader and a black-and-white printout say the same as the arrow.
 */

export type TrendDirection = 'better' | 'worse' | 'same';

export interface TrendMark {
    direction: TrendDirection;
    /** `↑`, `↓`, `→`. */
    symbol: string;
    /** `bättre`, `sämre`, `oförändrat`. */
    word: string;
    /** The year compared with. */
    since: number;
    /** `↑ bättre än 2022`: the mark with its words, for text and accessible names. */
    text: string;
}

const MARKS: Readonly<Record<TrendDirection, { symbol: string; word: string }>> = {
    better: { symbol: '↑', word: 'bättre' },
    worse: { symbol: '↓', word: 'sämre' },
    same: { symbol: '→', word: 'oförändrat' }
};

/** Fulfilments closer than this are the same (the engine's tolerance). */
const EPSILON = 1e-9;

/**
 * The mark for a fulfilment (0..1) against the previous year's; undefined when either is missing (there
 * is nothing to compare, and no mark is better than a wrong one).
 */
export function trendMark(
    current: number | null | undefined,
    previous: number | null | undefined,
    since: number
): TrendMark | undefined {
    if (current == null || previous == null || !Number.isFinite(current) || !Number.isFinite(previous)) {
        return undefined;
    }
    const direction: TrendDirection =
        Math.abs(current - previous) < EPSILON ? 'same' : current > previous ? 'better' : 'worse';
    const { symbol, word } = MARKS[direction];
    const text = direction === 'same' ? `${symbol} ${word} sedan ${since}` : `${symbol} ${word} än ${since}`;
    return { direction, symbol, word, since, text };
}
