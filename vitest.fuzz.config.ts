import { defineConfig } from 'vitest/config';

/** The long fuzz run only (scripts/fuzz.mjs); `npm test` runs the bounded fuzz test instead. */
export default defineConfig({
    test: {
        include: ['test/**/*.fuzz.ts'],
        testTimeout: 24 * 3600_000,
        pool: 'threads'
    }
});
