/**
 * The trend mark (READERS.md 2: ↑ bättre, ↓ sämre, → oförändrat, each with its word): the direction at and
 * around the engine's tolerance, and no mark without two finite fulfilments.
 */
import { describe, expect, it } from 'vitest';
import { TREND_NOTE, trendMark } from '../../../src/render/reader-text/index.js';

const better = { direction: 'better', symbol: '↑', word: 'bättre', since: 2022, text: '↑ bättre än 2022' };
const worse = { direction: 'worse', symbol: '↓', word: 'sämre', since: 2022, text: '↓ sämre än 2022' };
const same = { direction: 'same', symbol: '→', word: 'oförändrat', since: 2022, text: '→ oförändrat sedan 2022' };

describe('trendMark', () => {
    it.each<[string, number | null | undefined, number | null | undefined, object | undefined]>([
        ['better', 0.6, 0.5, better],
        ['worse', 0.4, 0.5, worse],
        ['the same', 0.5, 0.5, same],
        ['from 0 to 1', 1, 0, better],
        ['within the tolerance above', 0.5 + 5e-10, 0.5, same],
        ['within the tolerance below', 0.5 - 5e-10, 0.5, same],
        ['just beyond the tolerance above', 0.5 + 2e-9, 0.5, better],
        ['just beyond the tolerance below', 0.5 - 2e-9, 0.5, worse],
        ['no fulfilment now', null, 0.5, undefined],
        ['no fulfilment before', 0.5, undefined, undefined],
        ['none before, null', 0.5, null, undefined],
        ['not finite now', Number.NaN, 0.5, undefined],
        ['not finite before', 0.5, Number.POSITIVE_INFINITY, undefined],
        ['zero both years', 0, 0, same]
    ])('%s', (_name, now, before, mark) => {
        expect(trendMark(now, before, 2022)).toEqual(mark);
    });

    it('explains the marks in the legend', () => {
        expect(TREND_NOTE).toBe('↑ bättre, ↓ sämre och → oförändrat jämför uppfyllelsen med året innan.');
    });
});
