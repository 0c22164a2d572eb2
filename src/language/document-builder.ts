import { type BuildOptions, DefaultDocumentBuilder, DocumentState, type LangiumDocument, URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { ModelMembership } from './model-membership.js';
import { openedModelsFirst } from './opened-models-first.js';
import type { StyrmodellLanguageServices } from './styrmodell-module.js';

/**
 * Model-wide checks (unique names, one header, follow-up) look at every file of a model, so a change in one
 * file re-checks the model's other files too, not only those whose references point into it.
 *
 * The opened documents' models are built first (parsed, linked and checked, so their diagnostics are published),
 * then the rest of the build: opening a 580-file workspace shows the opened model's diagnostics without waiting for
 * the other 289 models to be parsed. Names resolve within a model, so a model linked while other files were not
 * parsed yet is linked as in a build of all; the one exception, a file the scan placed wrongly, is caught once
 * everything is parsed: a document whose model gained or lost a file since it was linked is built again.
 */
export class StyrmodellDocumentBuilder extends DefaultDocumentBuilder {
    /** The models the last update's changed files belong to; shouldRelink is asked once per workspace file. */
    private changedModels?: { uris: Set<string>; keys: Set<string | undefined>; membership: ModelMembership };
    /** Documents linked while some workspace file was not parsed yet, with their model's files at that time. */
    private readonly provisional = new Map<LangiumDocument, string>();

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.changedModels?.uris !== changedUris) {
            // Asked once per update, not once per workspace file: finding a file's services by its name costs
            // more than the rest of the question for the 580 files of a national workspace (issue 20).
            const membership = this.membershipOf(document);
            const changed = this.langiumDocuments.all.filter(d => changedUris.has(d.uri.toString()));
            this.changedModels = {
                uris: changedUris,
                keys: new Set(changed.map(d => membership.modelKeyOf(d)).filter(k => k !== undefined)),
                membership
            };
        }
        const { keys, membership } = this.changedModels;
        return keys.has(membership.modelKeyOf(document)) || super.shouldRelink(document, changedUris);
    }

    /**
     * Langium's answer for the categories a keystroke's build asks for by name (`built-in`, `fast`), without
     * finding each workspace file's services by its name to list every category (4 ms a keystroke for the 580
     * files of a national workspace, issue 20); any other question goes to Langium.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const listed = typeof options?.validation === 'object' ? options.validation.categories : undefined;
        const executed = this.buildState.get(document.uri.toString())?.result?.validationChecks;
        if (listed === undefined || executed === undefined) return super.resultsAreIncomplete(document, options);
        return listed.some(category => !executed.includes(category));
    }

    protected override async buildDocuments(
        documents: LangiumDocument[],
        options: BuildOptions,
        cancelToken: CancellationToken
    ): Promise<void> {
        const opened = new Set(documents.filter(document => this.textDocuments?.get(document.uri) !== undefined));
        const { first, rest } =
            opened.size > 0 && opened.size < documents.length
                ? await openedModelsFirst(documents, opened, document => this.textOf(document))
                : { first: documents, rest: [] };
        await this.buildPass(first, options, cancelToken);
        if (rest.length > 0) {
            // Until the rest is built, the workspace is only as far as its least built document.
            this.currentState = Math.min(...rest.map(document => document.state));
            await this.buildPass(rest, options, cancelToken);
        }
        await this.rebuildMoved(options, cancelToken);
    }

    private async buildPass(
        documents: LangiumDocument[],
        options: BuildOptions,
        cancelToken: CancellationToken
    ): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        const unparsed = this.langiumDocuments.all.some(document => document.state < DocumentState.Parsed);
        for (const document of documents) {
            if (unparsed && document.state >= DocumentState.Linked)
                this.provisional.set(document, this.modelFiles(document));
            else this.provisional.delete(document);
        }
    }

    /**
     * Builds again, from their parse, the documents linked while other files were not parsed yet whose model has
     * gained or lost a file since, and every file of those models before and after, so their diagnostics are
     * those of a build of the whole workspace.
     */
    private async rebuildMoved(options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        if (this.provisional.size === 0) return;
        const again = new Set<string>();
        for (const [document, files] of this.provisional) {
            if (!this.langiumDocuments.hasDocument(document.uri)) {
                this.provisional.delete(document);
                continue;
            }
            if (document.state < DocumentState.Linked) continue;
            const now = this.modelFiles(document);
            if (now === files) continue;
            for (const uri of [...files.split('\n'), ...now.split('\n')]) again.add(uri);
            this.provisional.delete(document);
        }
        const documents = [...again]
            .map(uri => this.langiumDocuments.getDocument(URI.parse(uri)))
            .filter((document): document is LangiumDocument => (document?.state ?? 0) >= DocumentState.Parsed);
        for (const document of documents) this.resetToState(document, DocumentState.Parsed);
        if (documents.length > 0) await this.buildPass(documents, options, cancelToken);
        if (!this.langiumDocuments.all.some(document => document.state < DocumentState.Parsed))
            this.provisional.clear();
    }

    /** The URIs of the files of the document's model, one a line. */
    private modelFiles(document: LangiumDocument): string {
        return [...this.membershipOf(document).urisSharingModelWith(document)].sort().join('\n');
    }

    private membershipOf(document: LangiumDocument): ModelMembership {
        return (this.serviceRegistry.getServices(document.uri) as StyrmodellLanguageServices).references
            .ModelMembership;
    }

    private async textOf(document: LangiumDocument): Promise<string | undefined> {
        const open = this.textDocuments?.get(document.uri);
        if (open) return open.getText();
        try {
            return await this.fileSystemProvider.readFile(document.uri);
        } catch {
            return undefined;
        }
    }
}
