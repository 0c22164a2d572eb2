import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { BLOCK_SIZE, blockMutants, createFuzzer, type Fuzzer } from './fuzz-core.js';

/**
 * The long fuzz run (`npm run fuzz -- --count N --seed S [--workers W]`; scripts/fuzz.mjs bundles this file and
 * runs it with plain Node). The run is cut into blocks of BLOCK_SIZE mutants (fuzz-core's blockMutants); W worker
 * threads take blocks as they finish, each on one set of services with a fresh document per mutant. The printed
 * crash kinds, their counts and the first mutant of each depend only on count and seed, not on W.
 */

export interface RunOptions {
    root: string;
    count: number;
    seed: number;
    workers: number;
    log: (line: string) => void;
}

export interface CrashKinds {
    [kind: string]: { count: number; first: number };
}

interface BlockJob {
    block: number;
    count: number;
}

interface BlockResult {
    block: number;
    count: number;
    crashes: { index: number; kind: string }[];
}

function styrFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? styrFiles(path) : name.endsWith('.styr') ? [path] : [];
    });
}

/** The test models and examples every run mutates, in a fixed order. */
export function originals(root: string): string[] {
    return [...styrFiles(join(root, 'test', 'resources')), ...styrFiles(join(root, 'examples'))]
        .sort()
        .map(file => readFileSync(file, 'utf8'));
}

/** Services are renewed after this many blocks, so a worker's memory stays bounded over a long run. */
const BLOCKS_PER_SERVICES = 5;

async function runBlocks(root: string, seed: number, jobs: AsyncIterable<BlockJob>, done: (r: BlockResult) => void) {
    const texts = originals(root);
    let fuzz: Fuzzer | undefined;
    let blocks = 0;
    for await (const { block, count } of jobs) {
        if (blocks++ % BLOCKS_PER_SERVICES === 0) fuzz = createFuzzer({ everyFormat: true });
        const crashes: BlockResult['crashes'] = [];
        const mutants = blockMutants(seed, block, count, texts);
        for (let i = 0; i < mutants.length; i++) {
            for (const kind of await fuzz!(mutants[i]!, 'fuzz.styr'))
                crashes.push({ index: block * BLOCK_SIZE + i, kind });
        }
        done({ block, count, crashes });
    }
}

/** Adds one block's crashes to the run's kinds; the first occurrence is the lowest mutant index, whatever the order. */
export function mergeCrashes(kinds: CrashKinds, crashes: BlockResult['crashes']): void {
    for (const { index, kind } of crashes) {
        const known = kinds[kind];
        if (known) {
            known.count++;
            known.first = Math.min(known.first, index);
        } else kinds[kind] = { count: 1, first: index };
    }
}

export function summary(kinds: CrashKinds): string {
    return Object.entries(kinds)
        .sort(([a, x], [b, y]) => x.first - y.first || a.localeCompare(b))
        .map(([kind, { count, first }]) => `  ${count}× (first at #${first}) ${kind}\n`)
        .join('');
}

/** Runs the fuzz campaign over `workers` threads of this very file; resolves to the crash kinds found. */
export async function runFuzz(options: RunOptions, workerFile: string): Promise<CrashKinds> {
    const { count, seed, root, log } = options;
    const blocks: BlockJob[] = [];
    for (let b = 0; b * BLOCK_SIZE < count; b++)
        blocks.push({ block: b, count: Math.min(BLOCK_SIZE, count - b * BLOCK_SIZE) });
    const kinds: CrashKinds = {};
    const started = Date.now();
    let finished = 0;
    let reported = 0;
    const onResult = (result: BlockResult) => {
        // A new kind is logged when it is found, so a long run's log shows it before the run ends.
        for (const { index, kind } of result.crashes)
            if (!(kind in kinds) && !result.crashes.some(c => c.kind === kind && c.index < index))
                log(`fuzz: new crash kind at #${index}: ${kind}`);
        mergeCrashes(kinds, result.crashes);
        finished += result.count;
        if (finished - reported >= 1000 || finished === count) {
            reported = finished;
            const seconds = (Date.now() - started) / 1000;
            log(
                `fuzz: ${finished}/${count} mutants, ${Object.keys(kinds).length} crash kinds, ${Math.round(seconds)} s (${(finished / seconds).toFixed(1)} a second)`
            );
        }
    };
    const workers = Math.max(1, Math.min(options.workers, blocks.length));
    let nextBlock = 0;
    await Promise.all(
        Array.from(
            { length: workers },
            () =>
                new Promise<void>((resolve, reject) => {
                    const worker = new Worker(workerFile, { workerData: { root, seed } });
                    const give = () => {
                        const job = blocks[nextBlock++];
                        if (job) worker.postMessage(job);
                        else void worker.terminate().then(() => resolve());
                    };
                    worker.on('message', (result: BlockResult) => {
                        onResult(result);
                        give();
                    });
                    worker.on('error', reject);
                    worker.on('exit', code =>
                        code === 0 || code === 1 ? resolve() : reject(new Error(`worker ${code}`))
                    );
                    give();
                })
        )
    );
    log(
        `fuzz: ${count} mutants from seed ${seed} in ${Math.round((Date.now() - started) / 1000)} s on ${workers} worker(s): ${Object.keys(kinds).length} crash kinds\n${summary(kinds)}`
    );
    return kinds;
}

/** A worker: takes one block at a time from the main thread and answers with its crashes. */
function serveBlocks(): void {
    const port = parentPort!;
    const { root, seed } = workerData as { root: string; seed: number };
    const queue: BlockJob[] = [];
    let wake: (() => void) | undefined;
    port.on('message', (job: BlockJob) => {
        queue.push(job);
        wake?.();
    });
    const jobs = {
        async *[Symbol.asyncIterator]() {
            for (;;) {
                while (queue.length === 0) await new Promise<void>(resolve => (wake = resolve));
                yield queue.shift()!;
            }
        }
    };
    void runBlocks(root, seed, jobs, result => port.postMessage(result));
}

if (!isMainThread && (workerData as { root?: string } | undefined)?.root !== undefined) serveBlocks();
else if (process.argv[2] === '--run') {
    // Started by scripts/fuzz.mjs as `node --enable-source-maps <bundle> --run '{"count":…}'`.
    const options = JSON.parse(process.argv[3]!) as Omit<RunOptions, 'log'>;
    void runFuzz({ ...options, log: line => process.stdout.write(`${line}\n`) }, fileURLToPath(import.meta.url)).then(
        kinds => process.exit(Object.keys(kinds).length === 0 ? 0 : 1),
        (error: unknown) => {
            process.stderr.write(`fuzz: ${error instanceof Error ? error.stack : String(error)}\n`);
            process.exit(2);
        }
    );
}
