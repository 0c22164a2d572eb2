import { defineConfig } from 'vitest/config';

/** The real clients (code-server + Chromium, Neovim, the report in Chromium); run by `npm run test:e2e`. */
export default defineConfig({
    test: {
        include: ['test-e2e/**/*.e2e.test.ts'],
        testTimeout: 180_000,
        hookTimeout: 300_000,
        fileParallelism: false,
        pool: 'forks'
    }
});
