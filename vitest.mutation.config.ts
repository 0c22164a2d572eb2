import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The unit tests Stryker runs against each mutant (stryker.config.mjs). Left out: tests that run the built bundle
 * or the language server in a child process (Stryker mutates the TypeScript source in its sandbox, the bundle in
 * out/ never sees a mutant, so these only cost time), the packaging tests, and the seeded fuzz and stress tests
 * (they look for crashes across everything and take seconds each; a mutant only they notice is a behaviour no
 * test asserts, which is what mutation testing is meant to find).
 */
const ROOT = import.meta.dirname;
const SPAWNS = /\brun-cli\b|\blsp-client\b|node:child_process/;

function testFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return testFiles(path);
        return entry.name.endsWith('.test.ts') ? [path] : [];
    });
}

const spawning = testFiles(join(ROOT, 'test'))
    .filter(path => SPAWNS.test(readFileSync(path, 'utf8')))
    .map(path => relative(ROOT, path).replaceAll('\\', '/'));

export default mergeConfig(
    base,
    defineConfig({
        test: {
            exclude: ['**/node_modules/**', 'test/dist/**', 'test/language/fuzz.test.ts', ...spawning]
        }
    })
);
