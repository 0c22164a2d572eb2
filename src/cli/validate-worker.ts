// The entry of a validate worker thread (bundled as out/cli/validate-worker.js beside out/cli/main.js): takes
// groups of models (src/cli/model-groups.ts) one after the other, as the main thread does beside it, builds and
// checks each and posts its diagnostics; says `done` when no group is left.
import { parentPort, workerData } from 'node:worker_threads';
import type { ParsedDataFile } from '../data/index.js';
import { unpackedDataFile } from '../data/parsed-data-transfer.js';
import { GroupChecker } from './group-checker.js';
import { GroupClaims } from './group-claims.js';
import type {
    FromWorker,
    SharedDataFile,
    ToWorker,
    ValidateChunk,
    ValidateWorkerInput
} from './validate-worker-protocol.js';

const port = parentPort;
if (port === null) throw new Error('validate-worker runs only as a worker thread');
const { year, chunks, claims: buffer, thread } = workerData as ValidateWorkerInput;
const claims = new GroupClaims(buffer);

/** The data files the main thread sent, unpacked once and shared by every group (their lookups are cached per file). */
const dataFiles = new Map<string, { read?: { mtimeNs: bigint; size: bigint; data: ParsedDataFile } }>();
let dataArrived: () => void = () => undefined;

port.on('message', (message: ToWorker) => {
    for (const file of message.files) dataFiles.set(file.path, unpacked(file));
    dataArrived();
});

function unpacked(file: SharedDataFile): { read?: { mtimeNs: bigint; size: bigint; data: ParsedDataFile } } {
    return file.read ? { read: { ...file.read, data: unpackedDataFile(file.read.data) } } : {};
}

const checker = new GroupChecker(year, async (chunk: ValidateChunk) => {
    while (!chunk.dataPaths.every(path => dataFiles.has(path))) {
        await new Promise<void>(resolve => (dataArrived = resolve));
    }
    for (const path of chunk.dataPaths) {
        const read = dataFiles.get(path)?.read;
        if (read) checker.dataCache.adopt(path, read.mtimeNs, read.size, read.data);
    }
});

const post = (message: FromWorker): void => port.postMessage(message);

for (let index = claims.take(thread); index !== undefined; index = claims.take(thread)) {
    const chunk = chunks[index] as ValidateChunk;
    const answer = await checker.check(chunk);
    post(answer);
    if (answer.kind === 'ungrouped') break;
    await checker.release(chunk);
}
post({ kind: 'done' });
