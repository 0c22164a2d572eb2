import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { StyrmodellLspAddedServices, StyrmodellServices } from './lsp-services.js';
import { StyrmodellCodeActionProvider } from './code-action-provider.js';
import { StyrmodellCompletionProvider } from './completion-provider.js';
import { StyrmodellDocumentSymbolProvider } from './document-symbol-provider.js';
import { StyrmodellFormatter } from './formatter.js';
import { StyrmodellHoverProvider } from './hover-provider.js';
import { StyrmodellInlayHintProvider } from './inlay-hint-provider.js';
import { KoladaCatalog } from './kolada-catalog.js';
import { StyrmodellSemanticTokenProvider } from './semantic-token-provider.js';
import { StyrmodellWorkspaceSymbolProvider } from './workspace-symbol-provider.js';

/** One class per LSP feature, each replacing one Langium default. */
export const StyrmodellLspModule: Module<StyrmodellServices, PartialLangiumServices & StyrmodellLspAddedServices> = {
    lsp: {
        KoladaCatalog: () => new KoladaCatalog(),
        CompletionProvider: services => new StyrmodellCompletionProvider(services),
        HoverProvider: services => new StyrmodellHoverProvider(services),
        InlayHintProvider: services => new StyrmodellInlayHintProvider(services),
        CodeActionProvider: services => new StyrmodellCodeActionProvider(services),
        Formatter: () => new StyrmodellFormatter(),
        SemanticTokenProvider: services => new StyrmodellSemanticTokenProvider(services),
        DocumentSymbolProvider: services => new StyrmodellDocumentSymbolProvider(services)
    }
};

export const StyrmodellLspSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        WorkspaceSymbolProvider: shared => new StyrmodellWorkspaceSymbolProvider(shared)
    }
};
