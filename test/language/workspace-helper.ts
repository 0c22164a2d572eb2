import { type Cancellation, EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Document } from '../../src/language/generated/ast.js';
import { createStyrmodellServices, type StyrmodellServices } from '../../src/services.js';

export interface TestWorkspace {
    services: StyrmodellServices;
    /** The documents by file name, as given. */
    documents: Record<string, LangiumDocument<Document>>;
    /** The diagnostics of one file, as `line:code message` (1-based lines), sorted. */
    diagnostics(file: string): string[];
    raw(file: string): Diagnostic[];
}

export function fileUri(name: string): URI {
    return URI.parse(`file:///workspace/${encodeURI(name)}`);
}

/** Builds an in-memory workspace of `.styr` files (name → text), linked and validated together. */
export async function buildWorkspace(
    files: Record<string, string>,
    options: { validation?: boolean; cancelToken?: Cancellation.CancellationToken } = {}
): Promise<TestWorkspace> {
    const services = createStyrmodellServices(EmptyFileSystem).Styrmodell;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: Record<string, LangiumDocument<Document>> = {};
    for (const [name, text] of Object.entries(files)) {
        const document = factory.fromString<Document>(text, fileUri(name));
        langiumDocuments.addDocument(document);
        documents[name] = document;
    }
    await services.shared.workspace.DocumentBuilder.build(
        Object.values(documents),
        { validation: options.validation ?? true },
        options.cancelToken
    );
    const raw = (file: string) => documents[file].diagnostics ?? [];
    return {
        services,
        documents,
        raw,
        diagnostics: file =>
            raw(file)
                .map(
                    d =>
                        `${d.range.start.line + 1}:${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`
                )
                .sort()
    };
}
