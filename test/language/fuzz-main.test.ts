import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, blockMutants } from './fuzz-core.js';
import { type CrashKinds, mergeCrashes, originals, summary } from './fuzz-main.js';

/**
 * The long fuzz run (`npm run fuzz`) hands blocks of mutants to worker threads in whatever order they finish;
 * its report must not depend on that: a block's mutants depend only on seed and block, and merging blocks'
 * crashes gives the same kinds, counts and first mutant in any order.
 */
const texts = originals(join(import.meta.dirname, '..', '..'));

describe('the long fuzz run', () => {
    it('makes the same mutants for the same seed and block, and others for another block or seed', () => {
        const first = blockMutants(7, 3, BLOCK_SIZE, texts);
        expect(first).toHaveLength(BLOCK_SIZE);
        expect(blockMutants(7, 3, BLOCK_SIZE, texts)).toEqual(first);
        expect(blockMutants(7, 4, BLOCK_SIZE, texts)).not.toEqual(first);
        expect(blockMutants(8, 3, BLOCK_SIZE, texts)).not.toEqual(first);
        // A short last block is the start of the full one.
        expect(blockMutants(7, 3, 10, texts)).toEqual(first.slice(0, 10));
    });

    it('reports the same crash kinds whatever order the blocks finish in', () => {
        const blocks = [
            [{ index: 120, kind: 'B' }],
            [
                { index: 5, kind: 'A' },
                { index: 7, kind: 'B' }
            ],
            [{ index: 230, kind: 'A' }]
        ];
        const merged = (order: number[]) => {
            const kinds: CrashKinds = {};
            for (const i of order) mergeCrashes(kinds, blocks[i]!);
            return summary(kinds);
        };
        expect(merged([0, 1, 2])).toBe('  2× (first at #5) A\n  2× (first at #7) B\n');
        expect(merged([2, 0, 1])).toBe(merged([0, 1, 2]));
    });
});
