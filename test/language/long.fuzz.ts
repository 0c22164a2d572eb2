import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createFuzzer, GENERATORS, mutate, random } from './fuzz-core.js';

/**
 * The long fuzz run (`npm run fuzz -- --count N --seed S`, scripts/fuzz.mjs): N mutants in-process, a tenth of
 * them from the crash-kind generators, through validate's checks and formats, every report format, textconv and
 * format. Prints the crash kinds with how often each occurred and fails when there is one.
 */
const COUNT = Number(process.env['FUZZ_COUNT'] ?? 1000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 1);
const ROOT = join(import.meta.dirname, '..', '..');

function styrFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? styrFiles(path) : name.endsWith('.styr') ? [path] : [];
    });
}

it(
    `${COUNT} mutants from seed ${SEED}`,
    async () => {
        const originals = [...styrFiles(join(ROOT, 'test', 'resources')), ...styrFiles(join(ROOT, 'examples'))]
            .sort()
            .map(file => readFileSync(file, 'utf8'));
        const kinds = Object.keys(GENERATORS);
        const next = random(SEED);
        const crashes = new Map<string, { count: number; first: number }>();
        let fuzz = createFuzzer({ everyFormat: true });
        const started = Date.now();
        let text = '';
        for (let i = 0; i < COUNT; i++) {
            // Fresh services now and then, so the run's memory stays bounded.
            if (i % 500 === 0) fuzz = createFuzzer({ everyFormat: true });
            if (i % 10 === 0) text = GENERATORS[kinds[Math.floor(next() * kinds.length)]!]!(next, 2_000);
            else text = mutate(i % 3 === 1 ? originals[Math.floor(next() * originals.length)]! : text, next);
            for (const kind of await fuzz(text, 'fuzz.styr')) {
                const known = crashes.get(kind);
                if (known) known.count++;
                else crashes.set(kind, { count: 1, first: i });
            }
            if ((i + 1) % 100 === 0) {
                // console: vitest passes a test's console to the terminal, not a worker's stdout.
                console.log(
                    `fuzz: ${i + 1}/${COUNT} mutants, ${crashes.size} crash kinds, ${Math.round((Date.now() - started) / 1000)} s`
                );
            }
        }
        console.log(
            `fuzz: ${COUNT} mutants from seed ${SEED} in ${Math.round((Date.now() - started) / 1000)} s: ${crashes.size} crash kinds\n` +
                [...crashes].map(([kind, { count, first }]) => `  ${count}× (first at #${first}) ${kind}\n`).join('')
        );
        expect([...crashes.keys()]).toEqual([]);
    },
    24 * 3600_000
);
