import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices, UriUtils, WorkspaceCache } from 'langium';
import { type Document, isDocument } from './generated/ast.js';

/**
 * Which model a document belongs to. A model is its header file plus the `del av` files that join it; the
 * key is the model id and the header's folder, so two copies of a model in different folders (a consultant's
 * workspace, a repository with examples) stay apart. A `del av X` file joins the header X in its own folder or
 * the nearest folder above it. Two models never see each other's names: scoping and model-wide checks ask here.
 */
export class ModelMembership {
    private readonly documents: LangiumSharedCoreServices['workspace']['LangiumDocuments'];
    /** Rebuilt once the changed documents are parsed and indexed (and when documents are deleted). */
    private readonly cache: WorkspaceCache<'index', MembershipIndex>;
    private readonly facts = new WeakMap<object, DocumentFacts>();

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    /** The model id a document declares (header name or `del av` target), or undefined for neither. */
    modelIdOf(document: LangiumDocument): string | undefined {
        const root = document.parseResult.value;
        return isDocument(root) ? modelIdOfRoot(root) : undefined;
    }

    /** The key of the model the document belongs to; undefined for a file with neither header nor `del av`. */
    modelKeyOf(document: LangiumDocument): string | undefined {
        return this.index().keyOf.get(document.uri.toString());
    }

    /** The key of the model of the document at this URI, as last indexed (before a change is parsed: the old one). */
    modelKeyOfUri(uri: string): string | undefined {
        return this.index().keyOf.get(uri);
    }

    /** Every document of the model, header file first, then by URI. */
    documentsOf(key: string): LangiumDocument<Document>[] {
        return this.index().byKey.get(key) ?? [];
    }

    /** The URIs of the documents that share a model with this one (just itself when it has no model). */
    urisSharingModelWith(document: LangiumDocument): Set<string> {
        const key = this.modelKeyOf(document);
        const docs = key === undefined ? [document] : this.documentsOf(key);
        return new Set(docs.map(d => d.uri.toString()));
    }

    /** Keys of the models that have a header. */
    modelKeys(): string[] {
        return [...this.index().byKey.entries()].filter(([, docs]) => docs.some(hasHeader)).map(([key]) => key);
    }

    /**
     * A value derived from a model's documents, computed once until the next change; model-wide checks use it
     * so that a check run for each of thousands of goals does not rescan the model each time.
     */
    memo<T>(key: string, name: string, compute: () => T): T {
        const memos = this.index().memos;
        const id = `${name}\u0001${key}`;
        if (!memos.has(id)) memos.set(id, compute());
        return memos.get(id) as T;
    }

    private index(): MembershipIndex {
        return this.cache.get('index', () => this.buildIndex());
    }

    private buildIndex(): MembershipIndex {
        const all = this.documents.all.toArray() as LangiumDocument<Document>[];
        const facts = all.map(doc => this.factsOf(doc));
        const headersById = new Map<string, DocumentFacts[]>();
        for (const fact of facts) {
            if (!fact.header || fact.id === undefined) continue;
            const list = headersById.get(fact.id);
            if (list) list.push(fact);
            else headersById.set(fact.id, [fact]);
        }
        const keyOf = new Map<string, string>();
        const byKey = new Map<string, LangiumDocument<Document>[]>();
        const factsByKey = new Map<string, DocumentFacts[]>();
        all.forEach((doc, i) => {
            const fact = facts[i] as DocumentFacts;
            if (fact.id === undefined) return;
            const key = fact.header ? keyFor(fact.id, fact) : partKey(fact.id, fact, headersById.get(fact.id) ?? []);
            keyOf.set(fact.uri, key);
            const list = factsByKey.get(key);
            if (list) list.push(fact);
            else factsByKey.set(key, [fact]);
        });
        for (const [key, list] of factsByKey) {
            list.sort((a, b) => Number(b.header) - Number(a.header) || a.uri.localeCompare(b.uri));
            byKey.set(
                key,
                list.map(fact => fact.document)
            );
        }
        return { byKey, keyOf, memos: new Map() };
    }

    /**
     * What the index needs of a document, worked out once per parse (a change gives the document a new root),
     * so that an edit in one file of a 580-file workspace does not redo it for the other 579.
     */
    private factsOf(document: LangiumDocument<Document>): DocumentFacts {
        const root = document.parseResult.value;
        let facts = this.facts.get(root);
        if (facts === undefined) {
            facts = {
                document,
                id: isDocument(root) ? modelIdOfRoot(root) : undefined,
                header: hasHeader(document),
                uri: document.uri.toString(),
                folder: UriUtils.dirname(document.uri).toString()
            };
            this.facts.set(root, facts);
        }
        return facts;
    }
}

interface DocumentFacts {
    document: LangiumDocument<Document>;
    /** The model id it declares (header or `del av`). */
    id: string | undefined;
    header: boolean;
    uri: string;
    folder: string;
}

interface MembershipIndex {
    byKey: Map<string, LangiumDocument<Document>[]>;
    keyOf: Map<string, string>;
    memos: Map<string, unknown>;
}

export function modelIdOfRoot(root: Document): string | undefined {
    const header = root.headers?.[0];
    if (header?.name) return header.name;
    const part = root.parts?.[0];
    return part?.model?.$refText ? part.model.$refText.normalize('NFC') : undefined;
}

/** The model id within a key. */
export function idOfKey(key: string): string {
    return key.split('\u0000')[0];
}

function hasHeader(doc: LangiumDocument): boolean {
    const root = doc.parseResult.value;
    return isDocument(root) && root.headers.length > 0 && !!root.headers[0].name;
}

function keyFor(id: string, header: DocumentFacts): string {
    return `${id}\u0000${header.folder}`;
}

/** A `del av` file joins the header of its id in the same folder or the nearest one above it (else the closest one). */
function partKey(id: string, part: DocumentFacts, candidates: DocumentFacts[]): string {
    if (candidates.length === 0) return `${id}\u0000`;
    const folder = part.folder + '/';
    const score = (header: DocumentFacts) => {
        const headerFolder = header.folder + '/';
        if (folder.startsWith(headerFolder)) return 10_000 + headerFolder.length;
        let common = 0;
        while (common < folder.length && folder[common] === headerFolder[common]) common++;
        return common;
    };
    const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a));
    return keyFor(id, best);
}
