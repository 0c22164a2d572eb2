import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DataFileCache } from '../data/index.js';
import { type PackedDataFile, packedDataFile } from '../data/parsed-data-transfer.js';
import type { CliDiagnostic } from './diagnostics.js';
import { type ModelGroup, modelGroups } from './model-groups.js';
import type { FromWorker, SharedDataFile, ToWorker, ValidateWorkerInput } from './validate-worker-protocol.js';

/** Below this much model text, starting threads costs more than it saves. */
const MIN_PARALLEL_BYTES = 256 * 1024;

/** The environment variable that sets the number of threads (1: no worker threads). */
export const WORKERS_VARIABLE = 'STYRMODELL_WORKERS';

/** A worker thread that died or ended without an answer; its message is Swedish and says what to do. */
export class WorkerFailure extends Error {}

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
 * The groups to check in parallel, or undefined to check in this thread: one core, a small workspace (unless
 * STYRMODELL_WORKERS asks for threads), no worker entry (running from source), or files the scan cannot split.
 */
export function parallelPlan(files: readonly string[]): { groups: ModelGroup[]; entry: URL } | undefined {
    const threads = threadCount();
    const entry = workerEntry();
    if (threads < 2 || entry === undefined || files.length < 2) return undefined;
    if (process.env[WORKERS_VARIABLE] === undefined) {
        const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
        if (bytes < MIN_PARALLEL_BYTES) return undefined;
    }
    const groups = modelGroups(files, threads);
    return groups && groups.length >= 2 ? { groups, entry } : undefined;
}

/**
 * Builds and checks each group in a worker thread, while this thread reads the data files the groups name
 * (once, for all of them) and hands each worker its parse. Returns each requested file's diagnostics, in the
 * order of `requested`; undefined when a worker found its group not self-contained (check serially instead).
 * A worker that crashes or ends without an answer rejects with a WorkerFailure, and the others are stopped.
 */
export async function validateInParallel(
    plan: { groups: ModelGroup[]; entry: URL },
    requested: readonly string[],
    year: number | undefined,
    start: (entry: URL, input: ValidateWorkerInput) => Worker = (entry, input) =>
        new Worker(entry, { workerData: input })
): Promise<CliDiagnostic[][] | undefined> {
    const wanted = new Set(requested);
    const workers = plan.groups.map(group => {
        const input: ValidateWorkerInput = {
            files: group.files,
            requested: group.files.filter(file => wanted.has(file)),
            ids: group.ids,
            year,
            awaitsData: group.dataPaths.length > 0
        };
        return { group, input, worker: start(plan.entry, input) };
    });
    const answers = workers.map(({ group, worker }) => answerOf(worker, group));
    // Stop every thread on the first failure, so nothing keeps the process alive.
    const all = Promise.all(answers).finally(() => {
        for (const { worker } of workers) void worker.terminate();
    });
    all.catch(() => undefined);
    shareData(workers);
    const results = await all;
    if (results.some(result => result.kind === 'ungrouped')) return undefined;
    const byFile = new Map<string, CliDiagnostic[]>();
    workers.forEach(({ input }, i) => {
        const result = results[i] as Extract<FromWorker, { kind: 'result' }>;
        input.requested.forEach((file, j) => byFile.set(file, result.diagnostics[j] ?? []));
    });
    return requested.map(file => byFile.get(file) ?? []);
}

/** Reads each named data file once and posts its parse to the workers whose models name it. */
function shareData(workers: { group: ModelGroup; input: ValidateWorkerInput; worker: Worker }[]): void {
    const cache = new DataFileCache();
    // Packed once however many workers get it.
    const packed = new Map<string, PackedDataFile>();
    for (const { group, input, worker } of workers) {
        if (!input.awaitsData) continue;
        const files: SharedDataFile[] = [];
        for (const path of group.dataPaths) {
            cache.load(path);
            const entry = cache.entry(path);
            if (entry === undefined) continue;
            let data = packed.get(path);
            if (data === undefined) {
                data = packedDataFile(entry.data);
                packed.set(path, data);
            }
            files.push({ path, mtimeNs: entry.mtimeNs, size: entry.size, data });
        }
        const message: ToWorker = { kind: 'data', files };
        worker.postMessage(message);
    }
}

function answerOf(worker: Worker, group: ModelGroup): Promise<FromWorker> {
    const where = `${group.files.length} filer, den första ${group.files[0]}`;
    return new Promise((resolve, reject) => {
        let answered = false;
        worker.once('message', (message: FromWorker) => {
            answered = true;
            resolve(message);
        });
        worker.once('error', (error: Error) => reject(new WorkerFailure(failureText(where, error.message))));
        worker.once('exit', code => {
            if (!answered) reject(new WorkerFailure(failureText(where, `tråden avslutades med kod ${code} utan svar`)));
        });
    });
}

function failureText(where: string, reason: string): string {
    return (
        `kontrollen avbröts: en av trådarna som kontrollerar modellerna parallellt (${where}) föll bort: ${reason}. ` +
        `Det är ett fel i styrmodell; rapportera det gärna. Kontrollera under tiden i en tråd med miljövariabeln ${WORKERS_VARIABLE}=1.`
    );
}
