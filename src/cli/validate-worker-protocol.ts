import type { PackedDataFile } from '../data/parsed-data-transfer.js';
import type { CliDiagnostic } from './diagnostics.js';

/** What the main thread gives a validate worker when it starts it (`workerData`). */
export interface ValidateWorkerInput {
    /** The files to build: every file of the group's models, sorted. */
    files: string[];
    /** Those whose diagnostics are wanted. */
    requested: string[];
    /** The model ids the group's files declare by the scan (ModelGroup.ids). */
    ids: string[];
    year?: number;
    /** Whether a `data` message follows: then the worker waits for it before the checks, after linking. */
    awaitsData: boolean;
}

/** A data file the main thread parsed, for the worker's data cache (DataFileCache.adopt). */
export interface SharedDataFile {
    path: string;
    mtimeNs: bigint;
    size: bigint;
    data: PackedDataFile;
}

export type ToWorker = { kind: 'data'; files: SharedDataFile[] };

export type FromWorker =
    /** The diagnostics of each requested file, in the order of `requested`. */
    | { kind: 'result'; diagnostics: CliDiagnostic[][] }
    /** The parse put a file in a model the scan did not see: the group is not self-contained; check serially. */
    | { kind: 'ungrouped'; file: string };
