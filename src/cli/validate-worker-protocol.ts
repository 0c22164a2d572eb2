import type { PackedDataFile } from '../data/parsed-data-transfer.js';
import type { CliDiagnostic } from './diagnostics.js';

/** One group of models (src/cli/model-groups.ts) for a thread to build and check. */
export interface ValidateChunk {
    /** The group's index, which the answer repeats. */
    index: number;
    /** Every file of the group's models, sorted. */
    files: string[];
    /** Those whose diagnostics are wanted. */
    requested: string[];
    /** The model ids the files declare by the scan (ModelGroup.ids); the checker checks its parse says no other. */
    ids: string[];
    /** Data files the group names (ModelGroup.dataPaths): a worker waits for each before the checks. */
    dataPaths: string[];
}

/**
 * A data file the main thread read, for the worker's data cache (DataFileCache.adopt); without `data` when it
 * could not be read, so the worker reads it itself and reports what the one-thread check reports.
 */
export interface SharedDataFile {
    path: string;
    read?: { mtimeNs: bigint; size: bigint; data: PackedDataFile };
}

/** What the main thread starts a worker with (`workerData`). */
export interface ValidateWorkerInput {
    year?: number;
    /** Every group; each thread takes the next one nobody has taken through `claims` (GroupClaims). */
    chunks: ValidateChunk[];
    claims: SharedArrayBuffer;
    /** The worker's number in GroupClaims (the main thread is 0). */
    thread: number;
}

/** The data files of all groups, sent once after the main thread has read them. */
export type ToWorker = { kind: 'data'; files: SharedDataFile[] };

export type GroupAnswer =
    /** The diagnostics of each requested file of the group, in the order of `requested`. */
    | { kind: 'result'; index: number; diagnostics: CliDiagnostic[][] }
    /** The parse put a file in a model the scan did not see: the groups are not self-contained; check serially. */
    | { kind: 'ungrouped'; index: number; file: string };

/** A group's answer, or `done`: every group is taken, and the worker has answered each it took. */
export type FromWorker = GroupAnswer | { kind: 'done' };
