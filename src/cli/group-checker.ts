import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { DataFileCache } from '../data/index.js';
import { packedDataFile } from '../data/parsed-data-transfer.js';
import type { Document } from '../language/generated/ast.js';
import { createStyrmodellServices } from '../services.js';
import { toCliDiagnostic } from './diagnostics.js';
import type { GroupAnswer, SharedDataFile, ValidateChunk } from './validate-worker-protocol.js';

/** What checks groups in the main thread beside the workers (a {@link GroupChecker}; a stand-in in tests). */
export interface GroupCheck {
    /** Reads a data file for the checks in this thread; its parse (if it could be read) for the workers. */
    readData(path: string): SharedDataFile;
    check(chunk: ValidateChunk): Promise<GroupAnswer>;
    /** Forgets the group's documents once it is answered. */
    release(chunk: ValidateChunk): Promise<void>;
}

/**
 * Builds and checks groups of models (src/cli/model-groups.ts) one after the other with one set of services, in
 * a validate worker thread and in the main thread. One set for all groups: making Langium's parser again for each
 * cost more than checking a group's files (about 5 % of a worker's time).
 */
export class GroupChecker implements GroupCheck {
    private readonly services = createStyrmodellServices(NodeFileSystem).Styrmodell;

    /** `beforeChecks` runs after the parse and link and before the checks: a worker waits there for the data. */
    constructor(
        year: number | undefined,
        private readonly beforeChecks: (chunk: ValidateChunk) => Promise<void> = () => Promise.resolve()
    ) {
        this.services.analysis.ModelAnalysis.setYear(year);
        this.services.analysis.ModelAnalysis.resultsForChecksOnly();
    }

    get dataCache(): DataFileCache {
        return this.services.analysis.ModelAnalysis.dataCache;
    }

    readData(path: string): SharedDataFile {
        this.dataCache.load(path);
        const entry = this.dataCache.entry(path);
        return { path, read: entry && { mtimeNs: entry.mtimeNs, size: entry.size, data: packedDataFile(entry.data) } };
    }

    async check(chunk: ValidateChunk): Promise<GroupAnswer> {
        const langiumDocuments = this.services.shared.workspace.LangiumDocuments;
        const builder = this.services.shared.workspace.DocumentBuilder;
        const documents: LangiumDocument<Document>[] = [];
        for (const file of chunk.files) {
            documents.push((await langiumDocuments.getOrCreateDocument(URI.file(file))) as LangiumDocument<Document>);
        }
        // Parse, index and link first: in a worker the main thread may still be reading the data the checks need.
        await builder.build(documents, { validation: false });
        const ids = new Set(chunk.ids);
        const membership = this.services.references.ModelMembership;
        const stray = documents.find(document => {
            const id = membership.modelIdOf(document);
            return id !== undefined && !ids.has(id);
        });
        if (stray) return { kind: 'ungrouped', index: chunk.index, file: stray.uri.fsPath };
        await this.beforeChecks(chunk);
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

    async release(chunk: ValidateChunk): Promise<void> {
        // The next group must not see this one's names, and its documents can go.
        await this.services.shared.workspace.DocumentBuilder.update(
            [],
            chunk.files.map(file => URI.file(file))
        );
    }
}
