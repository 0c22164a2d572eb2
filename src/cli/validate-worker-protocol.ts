import type { PackedDataFile } from '../data/parsed-data-transfer.js';
import type { CliDiagnostic } from './diagnostics.js';

/** One group of models (src/cli/model-groups.ts) for a validate worker to build and check. */
export interface ValidateChunk {
    kind: 'chunk';
    /** The group's index, which the answer repeats. */
    index: number;
    /** Every file of the group's models, sorted. */
    files: string[];
    /** Those whose diagnostics are wanted. */
    requested: string[];
    /** The model ids the files declare by the scan (ModelGroup.ids); the worker checks its parse says no other. */
    ids: string[];
    /** Data files the group names (ModelGroup.dataPaths): the worker waits for each before the checks. */
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
}

export type ToWorker = ValidateChunk | { kind: 'data'; files: SharedDataFile[] };

export type FromWorker =
    /** The diagnostics of each requested file of the group, in the order of `requested`. */
    | { kind: 'result'; index: number; diagnostics: CliDiagnostic[][] }
    /** The parse put a file in a model the scan did not see: the groups are not self-contained; check serially. */
    | { kind: 'ungrouped'; index: number; file: string };
