import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { isDocument, type Document } from './generated/ast.js';

/**
 * Which model a document belongs to: the id of its `styrmodell` header or of its `del av`.
 * Two models in one workspace never see each other's names, so scoping and model-wide checks ask here.
 */
export class ModelMembership {
    private readonly documents: LangiumSharedCoreServices['workspace']['LangiumDocuments'];
    private cache?: Map<string, LangiumDocument<Document>[]>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate(() => this.cache = undefined);
        builder.onBuildPhase(DocumentState.IndexedContent, () => this.cache = undefined);
    }

    /** The model id a document declares, or undefined for a file with neither header nor `del av`. */
    modelIdOf(document: LangiumDocument): string | undefined {
        const root = document.parseResult.value;
        return isDocument(root) ? modelIdOfRoot(root) : undefined;
    }

    /** Every document of the model, header file first, then by URI. */
    documentsOf(modelId: string): LangiumDocument<Document>[] {
        return this.index().get(modelId) ?? [];
    }

    /** The URIs of the documents that share a model with this one (just itself when it has no model). */
    urisSharingModelWith(document: LangiumDocument): Set<string> {
        const id = this.modelIdOf(document);
        const docs = id === undefined ? [document] : this.documentsOf(id);
        return new Set(docs.map(d => d.uri.toString()));
    }

    modelIds(): string[] {
        return [...this.index().keys()];
    }

    sameModel(a: LangiumDocument, b: URI): boolean {
        return this.urisSharingModelWith(a).has(b.toString());
    }

    private index(): Map<string, LangiumDocument<Document>[]> {
        if (!this.cache) {
            const map = new Map<string, LangiumDocument<Document>[]>();
            for (const doc of this.documents.all) {
                const id = this.modelIdOf(doc);
                if (id === undefined) continue;
                const list = map.get(id) ?? [];
                list.push(doc as LangiumDocument<Document>);
                map.set(id, list);
            }
            for (const list of map.values()) {
                list.sort((a, b) => headerFirst(a) - headerFirst(b) || a.uri.toString().localeCompare(b.uri.toString()));
            }
            this.cache = map;
        }
        return this.cache;
    }
}

export function modelIdOfRoot(root: Document): string | undefined {
    const header = root.headers[0];
    if (header?.name) return header.name;
    const part = root.parts[0];
    return part?.model?.$refText ? part.model.$refText.normalize('NFC') : undefined;
}

function headerFirst(doc: LangiumDocument<Document>): number {
    return doc.parseResult.value.headers?.length ? 0 : 1;
}
