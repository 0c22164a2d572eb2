// `npm run fuzz -- --count N --seed S`: the long in-process fuzz run (test/language/long.fuzz.ts) under vitest,
// which compiles the TypeScript sources; the count and seed travel as environment variables.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } }
});
for (const [name, value] of Object.entries(values)) {
    if (!/^\d+$/.test(value)) {
        process.stderr.write(`fel: --${name} ska vara ett heltal, inte "${value}".\n`);
        process.exit(2);
    }
}
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.fuzz.config.ts', '--reporter', 'dot'], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_COUNT: values.count, FUZZ_SEED: values.seed }
});
process.exit(result.status ?? 1);
