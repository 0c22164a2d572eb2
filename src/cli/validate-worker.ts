// The entry of a validate worker thread (bundled as out/cli/validate-worker.js beside out/cli/main.js): builds
// and checks one group of models (src/cli/model-groups.ts) and posts their diagnostics to the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { unpackedDataFile } from '../data/parsed-data-transfer.js';
import type { Document } from '../language/generated/ast.js';
import { createStyrmodellServices } from '../services.js';
import { toCliDiagnostic } from './diagnostics.js';
import type { FromWorker, ToWorker, ValidateWorkerInput } from './validate-worker-protocol.js';

const port = parentPort;
if (port === null) throw new Error('validate-worker runs only as a worker thread');
const input = workerData as ValidateWorkerInput;

/** The data files the main thread read meanwhile, once it posts them (resolves at once if none will come). */
const dataArrived = new Promise<ToWorker | undefined>(resolve => {
    if (!input.awaitsData) resolve(undefined);
    else port.once('message', (message: ToWorker) => resolve(message));
});

const post = (message: FromWorker): void => port.postMessage(message);

const { Styrmodell } = createStyrmodellServices(NodeFileSystem);
const analysis = Styrmodell.analysis.ModelAnalysis;
analysis.setYear(input.year);
const langiumDocuments = Styrmodell.shared.workspace.LangiumDocuments;
const builder = Styrmodell.shared.workspace.DocumentBuilder;
const documents: LangiumDocument<Document>[] = [];
for (const file of input.files) {
    documents.push((await langiumDocuments.getOrCreateDocument(URI.file(file))) as LangiumDocument<Document>);
}
// Parse, index and link while the main thread reads the data; the checks (which need the data) come after.
await builder.build(documents, { validation: false });
const ids = new Set(input.ids);
const membership = Styrmodell.references.ModelMembership;
const stray = documents.find(document => {
    const id = membership.modelIdOf(document);
    return id !== undefined && !ids.has(id);
});
if (stray) {
    post({ kind: 'ungrouped', file: stray.uri.fsPath });
} else {
    const data = await dataArrived;
    for (const shared of data?.files ?? []) {
        analysis.dataCache.adopt(shared.path, shared.mtimeNs, shared.size, unpackedDataFile(shared.data));
    }
    await builder.build(documents, { validation: true });
    const byPath = new Map(documents.map(document => [document.uri.fsPath, document]));
    post({
        kind: 'result',
        diagnostics: input.requested.map(file => {
            const document = byPath.get(file);
            return document ? (document.diagnostics ?? []).map(d => toCliDiagnostic(document, d)) : [];
        })
    });
}
