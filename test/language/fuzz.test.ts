import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFuzzer, GENERATORS, mutate, random } from './fuzz-core.js';

/**
 * Seeded, bounded fuzzing (the long run is `npm run fuzz`): every .styr file of the repository's test models,
 * mutated the way typing and pasting mutate text, and models from each crash kind's generator, through the
 * checks, the analysis, the reports, textconv's outline and the formatter (fuzz-core.ts). It fails on any crash
 * kind: an exception, a diagnostic without one of our codes, a message with a JavaScript word in it.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const MUTATIONS_PER_FILE = 6;
const PER_GENERATOR = 8;
const SEED = 20261127;

function styrFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? styrFiles(path) : name.endsWith('.styr') ? [path] : [];
    });
}

describe('fuzzing parser, checks, engine, reports and formatter', () => {
    const files = [...styrFiles(join(ROOT, 'test', 'resources')), ...styrFiles(join(ROOT, 'examples'))].sort();

    it(`survives ${MUTATIONS_PER_FILE} seeded mutations of each test model`, async () => {
        const fuzz = createFuzzer({ everyFormat: false });
        const next = random(SEED);
        const failures: string[] = [];
        for (const file of files) {
            const original = readFileSync(file, 'utf8');
            let text = original;
            for (let i = 0; i < MUTATIONS_PER_FILE; i++) {
                text = mutate(i % 3 === 0 ? original : text, next);
                for (const crash of await fuzz(text, file.split('/').pop()!)) failures.push(`${file} #${i}: ${crash}`);
            }
        }
        expect(failures.slice(0, 10), `${failures.length} failures (seed ${SEED})`).toEqual([]);
    }, 120_000);

    it.each(Object.keys(GENERATORS))(
        `survives ${PER_GENERATOR} models of the kind %s, in every format`,
        async kind => {
            const fuzz = createFuzzer({ everyFormat: true });
            const next = random(SEED);
            const failures: string[] = [];
            for (let i = 0; i < PER_GENERATOR; i++) {
                // Small sizes here (a 6 MB string and a 20,000-deep chain have tests of their own).
                const text = GENERATORS[kind]!(next, 2_000);
                for (const crash of await fuzz(i % 2 ? mutate(text, next) : text, 'gen.styr'))
                    failures.push(`#${i}: ${crash}`);
            }
            expect(failures, `seed ${SEED}`).toEqual([]);
        },
        120_000
    );
});
