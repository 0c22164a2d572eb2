import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DataFileCache } from '../data/index.js';
import { packedDataFile } from '../data/parsed-data-transfer.js';
import type { CliDiagnostic } from './diagnostics.js';
import { type ModelGroup, modelGroups } from './model-groups.js';
import type {
    FromWorker,
    SharedDataFile,
    ToWorker,
    ValidateChunk,
    ValidateWorkerInput
} from './validate-worker-protocol.js';

/** Below this much model text, starting threads costs more than it saves. */
const MIN_PARALLEL_BYTES = 256 * 1024;

/**
 * Groups per thread: a worker checks its groups one after the other, so only a group's documents are alive at
 * a time (less memory), and a thread that finishes early takes the next group (the cores stay busy).
 */
const GROUPS_PER_THREAD = 3;

/**
 * Each worker's young generation, in MiB. A worker's default allows 192 MiB, which an allocation-heavy build fills:
 * two workers then peaked at 763–842 MiB for the national workspace, against 619–621 MiB with 48, for no
 * measurable CPU time.
 */
const YOUNG_GENERATION_MB = 48;

/** The environment variable that sets the number of threads (1: no worker threads). */
export const WORKERS_VARIABLE = 'STYRMODELL_WORKERS';

/** A worker thread that died or ended without an answer; its message is Swedish and says what to do. */
export class WorkerFailure extends Error {}

export interface ParallelPlan {
    groups: ModelGroup[];
    threads: number;
    entry: URL;
}

/** The worker entry beside this module: out/cli/validate-worker.js in the bundle; absent when run from source. */
function workerEntry(): URL | undefined {
    const url = new URL('./validate-worker.js', import.meta.url);
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

function threadCount(): number {
    const asked = Number(process.env[WORKERS_VARIABLE]);
    return Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism();
}

/**
 * How to check the files in parallel, or undefined to check them in this thread: one core, a small workspace
 * (unless STYRMODELL_WORKERS asks for threads), no worker entry (running from source), or files the scan
 * cannot split into at least two groups.
 */
export function parallelPlan(files: readonly string[]): ParallelPlan | undefined {
    const threads = threadCount();
    const entry = workerEntry();
    if (threads < 2 || entry === undefined || files.length < 2) return undefined;
    if (process.env[WORKERS_VARIABLE] === undefined) {
        const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
        if (bytes < MIN_PARALLEL_BYTES) return undefined;
    }
    const groups = modelGroups(files, threads * GROUPS_PER_THREAD);
    if (groups === undefined || groups.length < 2) return undefined;
    return { groups, threads: Math.min(threads, groups.length), entry };
}

type Answer = Extract<FromWorker, { kind: 'result' }>;

/**
 * Checks the groups in worker threads, each taking the next group when it is done, while this thread reads the
 * data files the groups name (once, for all of them) and hands the workers their parse. Returns each requested
 * file's diagnostics, in the order of `requested`; undefined when a worker found a group not self-contained
 * (then check serially). A worker that crashes or ends without an answer rejects with a WorkerFailure, and
 * every thread is stopped.
 */
export function validateInParallel(
    plan: ParallelPlan,
    requested: readonly string[],
    year: number | undefined,
    start: (entry: URL, input: ValidateWorkerInput) => Worker = (entry, input) =>
        new Worker(entry, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
): Promise<CliDiagnostic[][] | undefined> {
    const wanted = new Set(requested);
    const chunks: ValidateChunk[] = plan.groups.map((group, index) => ({
        kind: 'chunk',
        index,
        files: group.files,
        requested: group.files.filter(file => wanted.has(file)),
        ids: group.ids,
        dataPaths: group.dataPaths
    }));
    const queue = [...chunks];
    const workers = Array.from({ length: plan.threads }, () => start(plan.entry, { year }));
    const current: (ValidateChunk | undefined)[] = workers.map(() => undefined);
    const sent = workers.map(() => new Set<string>());
    const answers = new Map<number, Answer>();
    let shared: Map<string, SharedDataFile> | undefined;

    const post = (w: number, message: ToWorker) => workers[w]?.postMessage(message);
    const sendData = (w: number, paths: readonly string[]) => {
        const files = paths.filter(path => !sent[w]?.has(path)).map(path => shared?.get(path) ?? { path });
        for (const file of files) sent[w]?.add(file.path);
        if (files.length > 0) post(w, { kind: 'data', files });
    };
    const dispatch = (w: number) => {
        const chunk = queue.shift();
        current[w] = chunk;
        if (chunk === undefined) return;
        post(w, chunk);
        if (shared) sendData(w, chunk.dataPaths);
    };

    return new Promise((resolve, reject) => {
        let settled = false;
        const finish = (outcome: () => void) => {
            if (settled) return;
            settled = true;
            for (const worker of workers) void worker.terminate();
            outcome();
        };
        const fail = (w: number, reason: string) =>
            finish(() => reject(new WorkerFailure(failureText(current[w] ?? chunks[0], reason))));
        workers.forEach((worker, w) => {
            worker.on('message', (message: FromWorker) => {
                if (message.kind === 'ungrouped') return finish(() => resolve(undefined));
                answers.set(message.index, message);
                if (answers.size === chunks.length) return finish(() => resolve(inOrder(chunks, answers, requested)));
                dispatch(w);
            });
            worker.once('error', (error: Error) => fail(w, error.message));
            worker.once('exit', code => fail(w, `tråden avslutades med kod ${code} utan svar`));
        });
        workers.forEach((_, w) => dispatch(w));
        // The workers parse and link their first groups meanwhile.
        shared = readData(chunks);
        workers.forEach((_, w) => sendData(w, current[w]?.dataPaths ?? []));
    });
}

/** Reads each data file the groups name once; what could not be read goes without its parse. */
function readData(chunks: readonly ValidateChunk[]): Map<string, SharedDataFile> {
    const cache = new DataFileCache();
    const shared = new Map<string, SharedDataFile>();
    for (const path of new Set(chunks.flatMap(chunk => chunk.dataPaths))) {
        cache.load(path);
        const entry = cache.entry(path);
        shared.set(path, {
            path,
            read: entry && { mtimeNs: entry.mtimeNs, size: entry.size, data: packedDataFile(entry.data) }
        });
    }
    return shared;
}

function inOrder(chunks: readonly ValidateChunk[], answers: Map<number, Answer>, requested: readonly string[]) {
    const byFile = new Map<string, CliDiagnostic[]>();
    for (const chunk of chunks) {
        const answer = answers.get(chunk.index);
        chunk.requested.forEach((file, j) => byFile.set(file, answer?.diagnostics[j] ?? []));
    }
    return requested.map(file => byFile.get(file) ?? []);
}

function failureText(chunk: ValidateChunk | undefined, reason: string): string {
    const where = chunk ? `${chunk.files.length} filer, den första ${chunk.files[0]}` : 'inga filer';
    return (
        `kontrollen avbröts: en av trådarna som kontrollerar modellerna parallellt (${where}) föll bort: ${reason}. ` +
        `Det är ett fel i styrmodell; rapportera det gärna. Kontrollera under tiden i en tråd med miljövariabeln ${WORKERS_VARIABLE}=1.`
    );
}
