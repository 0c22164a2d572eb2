// The entry of a validate worker thread (bundled as out/cli/validate-worker.js beside out/cli/main.js): builds
// and checks the groups of models (src/cli/model-groups.ts) the main thread sends, one after the other, and
// posts each group's diagnostics.
import { parentPort, workerData } from 'node:worker_threads';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { ParsedDataFile } from '../data/index.js';
import { unpackedDataFile } from '../data/parsed-data-transfer.js';
import type { Document } from '../language/generated/ast.js';
import { createStyrmodellServices } from '../services.js';
import { toCliDiagnostic } from './diagnostics.js';
import type {
    FromWorker,
    SharedDataFile,
    ToWorker,
    ValidateChunk,
    ValidateWorkerInput
} from './validate-worker-protocol.js';

const port = parentPort;
if (port === null) throw new Error('validate-worker runs only as a worker thread');
const { year } = workerData as ValidateWorkerInput;

/** The data files the main thread sent, unpacked once and shared by every group (their lookups are cached per file). */
const dataFiles = new Map<string, { read?: { mtimeNs: bigint; size: bigint; data: ParsedDataFile } }>();
let dataArrived: () => void = () => undefined;
const chunks: ValidateChunk[] = [];
let chunkArrived: () => void = () => undefined;

port.on('message', (message: ToWorker) => {
    if (message.kind === 'data') {
        for (const file of message.files) dataFiles.set(file.path, unpacked(file));
        dataArrived();
    } else {
        chunks.push(message);
        chunkArrived();
    }
});

function unpacked(file: SharedDataFile): { read?: { mtimeNs: bigint; size: bigint; data: ParsedDataFile } } {
    return file.read ? { read: { ...file.read, data: unpackedDataFile(file.read.data) } } : {};
}

async function until(ready: () => boolean, wake: (resolve: () => void) => void): Promise<void> {
    while (!ready()) await new Promise<void>(resolve => wake(resolve));
}

const post = (message: FromWorker): void => port.postMessage(message);

// One set of services for every group: making Langium's parser again for each cost more than checking a group's
// files (about 5 % of a worker's time). Each group's documents are removed once it is answered.
const { Styrmodell } = createStyrmodellServices(NodeFileSystem);
const analysis = Styrmodell.analysis.ModelAnalysis;
analysis.setYear(year);
const langiumDocuments = Styrmodell.shared.workspace.LangiumDocuments;
const builder = Styrmodell.shared.workspace.DocumentBuilder;

async function check(chunk: ValidateChunk): Promise<FromWorker> {
    const documents: LangiumDocument<Document>[] = [];
    for (const file of chunk.files) {
        documents.push((await langiumDocuments.getOrCreateDocument(URI.file(file))) as LangiumDocument<Document>);
    }
    // Parse, index and link while the main thread may still be reading the data; the checks need it.
    await builder.build(documents, { validation: false });
    const ids = new Set(chunk.ids);
    const membership = Styrmodell.references.ModelMembership;
    const stray = documents.find(document => {
        const id = membership.modelIdOf(document);
        return id !== undefined && !ids.has(id);
    });
    if (stray) return { kind: 'ungrouped', index: chunk.index, file: stray.uri.fsPath };
    await until(
        () => chunk.dataPaths.every(path => dataFiles.has(path)),
        resolve => (dataArrived = resolve)
    );
    for (const path of chunk.dataPaths) {
        const read = dataFiles.get(path)?.read;
        if (read) analysis.dataCache.adopt(path, read.mtimeNs, read.size, read.data);
    }
    await builder.build(documents, { validation: true });
    const byPath = new Map(documents.map(document => [document.uri.fsPath, document]));
    return {
        kind: 'result',
        index: chunk.index,
        diagnostics: chunk.requested.map(file => {
            const document = byPath.get(file);
            return document ? (document.diagnostics ?? []).map(d => toCliDiagnostic(document, d)) : [];
        })
    };
}

// Until the main thread stops this thread: each group as it comes.
for (;;) {
    await until(
        () => chunks.length > 0,
        resolve => (chunkArrived = resolve)
    );
    const chunk = chunks.shift() as ValidateChunk;
    post(await check(chunk));
    // The next group must not see this one's names, and its documents can go.
    await builder.update(
        [],
        chunk.files.map(file => URI.file(file))
    );
}
