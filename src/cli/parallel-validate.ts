import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CliDiagnostic } from './diagnostics.js';
import { type GroupCheck, GroupChecker } from './group-checker.js';
import { GroupClaims } from './group-claims.js';
import { type ModelGroup, modelGroups } from './model-groups.js';
import type { FromWorker, ToWorker, ValidateChunk, ValidateWorkerInput } from './validate-worker-protocol.js';

/** Below this much model text, starting threads costs more than it saves. */
const MIN_PARALLEL_BYTES = 256 * 1024;

/**
 * Groups per thread: a thread checks its groups one after the other, so only a group's documents are alive at
 * a time (less memory), and a thread that finishes early takes the next group (the cores stay busy).
 */
const GROUPS_PER_THREAD = 3;

/**
 * Each worker's young generation, in MiB. A worker's default allows 192 MiB, which an allocation-heavy build fills:
 * two workers then peaked at 763–842 MiB for the national workspace, against 619–621 MiB with 48, for no
 * measurable CPU time.
 */
const YOUNG_GENERATION_MB = 48;

/**
 * The environment variable that sets the number of threads that check: the main thread and one worker fewer
 * (1: no worker threads).
 */
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

/** How the main thread starts a worker; tests start stand-ins. */
export type StartWorker = (entry: URL, input: ValidateWorkerInput) => Worker;

const startWorker: StartWorker = (entry, input) =>
    new Worker(entry, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });

type Outcome = 'done' | 'ungrouped';

/**
 * Checks the groups in `plan.threads` threads: this one and `plan.threads - 1` workers, each taking the next group
 * nobody has taken (GroupClaims) when it has answered its last. This thread first reads the data files the groups
 * name (once, for all of them) and sends the workers their parse, while they parse and link their first groups;
 * then it checks groups itself, so that one V8 heap fewer is alive than with a worker for each thread. Returns each
 * requested file's diagnostics, in the order of `requested`; undefined when a thread found a group not
 * self-contained (then check serially). A worker that crashes or ends before it said it is done rejects with a
 * WorkerFailure, and every thread is stopped.
 */
export async function validateInParallel(
    plan: ParallelPlan,
    requested: readonly string[],
    year: number | undefined,
    start: StartWorker = startWorker,
    here: GroupCheck = new GroupChecker(year)
): Promise<CliDiagnostic[][] | undefined> {
    const wanted = new Set(requested);
    const chunks: ValidateChunk[] = plan.groups.map((group, index) => ({
        index,
        files: group.files,
        requested: group.files.filter(file => wanted.has(file)),
        ids: group.ids,
        dataPaths: group.dataPaths
    }));
    const claims = GroupClaims.forGroups(chunks.length);
    const workers = Array.from({ length: plan.threads - 1 }, (_, w) =>
        start(plan.entry, { year, chunks, claims: claims.buffer, thread: w + 1 })
    );
    const answers = new Map<number, CliDiagnostic[][]>();
    let stopped = false;
    const inWorkers = workersOutcome(workers, chunks, claims, answers);
    const inThisThread = (async (): Promise<Outcome> => {
        sendData(here, chunks, workers);
        for (let index = claims.take(0); index !== undefined && !stopped; index = claims.take(0)) {
            const chunk = chunks[index] as ValidateChunk;
            const answer = await here.check(chunk);
            if (answer.kind === 'ungrouped') return 'ungrouped';
            answers.set(index, answer.diagnostics);
            await here.release(chunk);
            // Let the workers' messages in between two groups: a failure or an ungrouped answer stops this thread.
            await new Promise(resolve => setImmediate(resolve));
        }
        return 'done';
    })();
    // Whichever settles first may leave the other unobserved.
    inWorkers.catch(() => undefined);
    inThisThread.catch(() => undefined);
    try {
        if ((await Promise.race([inWorkers, inThisThread])) === 'ungrouped') return undefined;
        const outcomes = await Promise.all([inWorkers, inThisThread]);
        return outcomes.includes('ungrouped') ? undefined : inOrder(chunks, answers, requested);
    } finally {
        stopped = true;
        for (const worker of workers) void worker.terminate();
    }
}

/**
 * Reads each data file the groups name once, in this thread's checker, and sends the workers its parse. Its packed
 * copy (as large as the parse's values) is not kept past the sending.
 */
function sendData(here: GroupCheck, chunks: readonly ValidateChunk[], workers: readonly Worker[]): void {
    const files = [...new Set(chunks.flatMap(chunk => chunk.dataPaths))].map(path => here.readData(path));
    for (const worker of workers) worker.postMessage({ kind: 'data', files } satisfies ToWorker);
}

/**
 * Collects the workers' answers into `answers`: `done` when every worker has said so, `ungrouped` as soon as one
 * found a group not self-contained; rejects with a WorkerFailure naming the group it had taken when one fails
 * before it is done.
 */
function workersOutcome(
    workers: readonly Worker[],
    chunks: readonly ValidateChunk[],
    claims: GroupClaims,
    answers: Map<number, CliDiagnostic[][]>
): Promise<Outcome> {
    return new Promise((resolve, reject) => {
        let working = workers.length;
        if (working === 0) resolve('done');
        workers.forEach((worker, w) => {
            let done = false;
            const fail = (reason: string) => {
                if (done) return;
                done = true;
                const unanswered = claims.takenBy(w + 1).find(index => !answers.has(index));
                reject(
                    new WorkerFailure(failureText(unanswered === undefined ? undefined : chunks[unanswered], reason))
                );
            };
            worker.on('message', (message: FromWorker) => {
                if (message.kind === 'ungrouped') return resolve('ungrouped');
                if (message.kind === 'result') return void answers.set(message.index, message.diagnostics);
                done = true;
                if (--working === 0) resolve('done');
            });
            worker.once('error', (error: Error) => fail(error.message));
            worker.once('exit', code => fail(`tråden avslutades med kod ${code} utan svar`));
        });
    });
}

function inOrder(
    chunks: readonly ValidateChunk[],
    answers: Map<number, CliDiagnostic[][]>,
    requested: readonly string[]
) {
    const byFile = new Map<string, CliDiagnostic[]>();
    for (const chunk of chunks) {
        const answer = answers.get(chunk.index);
        chunk.requested.forEach((file, j) => byFile.set(file, answer?.[j] ?? []));
    }
    return requested.map(file => byFile.get(file) ?? []);
}

function failureText(chunk: ValidateChunk | undefined, reason: string): string {
    const where = chunk
        ? `${chunk.files.length} filer, den första ${chunk.files[0]}`
        : 'innan den hade börjat på en grupp';
    return (
        `kontrollen avbröts: en av trådarna som kontrollerar modellerna parallellt (${where}) föll bort: ${reason}. ` +
        `Det är ett fel i styrmodell; rapportera det gärna. Kontrollera under tiden i en tråd med miljövariabeln ${WORKERS_VARIABLE}=1.`
    );
}
