import {
    type AstNode,
    DefaultWorkspaceManager,
    DocumentState,
    isOperationCancelled,
    type LangiumDocument,
    type LangiumDocumentFactory,
    type LangiumSharedCoreServices,
    type Stream,
    type URI
} from 'langium';
import type { CancellationToken, WorkspaceFolder } from 'vscode-languageserver';

/**
 * Loads the workspace's files without parsing them: the build parses them, the opened documents' models first
 * (StyrmodellDocumentBuilder), so opening a big workspace does not wait for every file to be parsed before the
 * opened model is checked. Langium's default parses all of them here, before any build can start.
 */
export class StyrmodellWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override loadWorkspaceDocuments(
        uris: Stream<URI>,
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        for (const uri of uris) {
            // As Langium's DocumentBuilder.update makes a document for a new file: empty until the build parses it.
            const document = this.documentFactory.fromModel({ $type: 'INVALID' } as AstNode, uri);
            document.state = DocumentState.Changed;
            collector(document);
        }
        return Promise.resolve();
    }

    /**
     * When an opened document cancels the initial build, its documents forget that build's options, so the
     * update that follows checks every file, as it did when parsing at start-up made the open always arrive
     * before the initial build began.
     */
    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        try {
            await super.initializeWorkspace(folders, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                for (const document of this.langiumDocuments.all)
                    this.documentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
            throw error;
        }
    }
}
