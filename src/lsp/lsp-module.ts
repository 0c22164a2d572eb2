import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { StyrmodellCallHierarchyProvider } from './call-hierarchy-provider.js';
import { StyrmodellCodeActionProvider } from './code-action-provider.js';
import { StyrmodellCodeLensProvider } from './code-lens-provider.js';
import { StyrmodellCompletionProvider } from './completion-provider.js';
import { StyrmodellDocumentLinkProvider } from './document-link-provider.js';
import { StyrmodellDocumentSymbolProvider } from './document-symbol-provider.js';
import { StyrmodellFileOperationHandler } from './file-operation-handler.js';
import { StyrmodellFormatter } from './formatter.js';
import { StyrmodellHoverProvider } from './hover-provider.js';
import { StyrmodellInlayHintProvider } from './inlay-hint-provider.js';
import { KoladaCatalog } from './kolada-catalog.js';
import { StyrmodellLanguageServer } from './language-server.js';
import type { StyrmodellLspAddedServices, StyrmodellServices } from './lsp-services.js';
import { StyrmodellRenameProvider } from './rename-provider.js';
import { StyrmodellSemanticTokenProvider } from './semantic-token-provider.js';
import { StyrmodellWorkspaceManager } from './workspace-manager.js';
import { StyrmodellWorkspaceSymbolProvider } from './workspace-symbol-provider.js';

/** One class per LSP feature, each replacing one Langium default. */
export const StyrmodellLspModule: Module<StyrmodellServices, PartialLangiumServices & StyrmodellLspAddedServices> = {
    lsp: {
        KoladaCatalog: services => new KoladaCatalog(services.shared.workspace.FileSystemProvider),
        CompletionProvider: services => new StyrmodellCompletionProvider(services),
        HoverProvider: services => new StyrmodellHoverProvider(services),
        InlayHintProvider: services => new StyrmodellInlayHintProvider(services),
        CodeActionProvider: services => new StyrmodellCodeActionProvider(services),
        Formatter: () => new StyrmodellFormatter(),
        SemanticTokenProvider: services => new StyrmodellSemanticTokenProvider(services),
        DocumentSymbolProvider: services => new StyrmodellDocumentSymbolProvider(services),
        DocumentLinkProvider: () => new StyrmodellDocumentLinkProvider(),
        CodeLensProvider: services => new StyrmodellCodeLensProvider(services),
        CallHierarchyProvider: services => new StyrmodellCallHierarchyProvider(services),
        RenameProvider: services => new StyrmodellRenameProvider(services)
    }
};

export const StyrmodellLspSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        LanguageServer: shared => new StyrmodellLanguageServer(shared),
        WorkspaceSymbolProvider: shared => new StyrmodellWorkspaceSymbolProvider(shared),
        FileOperationHandler: shared => new StyrmodellFileOperationHandler(shared)
    },
    workspace: {
        WorkspaceManager: shared => new StyrmodellWorkspaceManager(shared)
    }
};
