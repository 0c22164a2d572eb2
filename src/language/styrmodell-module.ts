import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { StyrmodellGeneratedModule, StyrmodellGeneratedSharedModule } from './generated/module.js';
import { registerValidationChecks } from './checks/index.js';
import { StyrmodellDocumentBuilder } from './document-builder.js';
import { StyrmodellDocumentValidator } from './document-validator.js';
import { ModelMembership } from './model-membership.js';
import { ModelAnalysis } from './analysis/model-analysis.js';
import { SwedishLexerErrorMessageProvider, SwedishParserErrorMessageProvider } from './parser-messages.js';
import { StyrmodellScopeProvider } from './scope-provider.js';
import { StyrmodellValueConverter } from './value-converter.js';
import { StyrmodellTokenBuilder } from './token-builder.js';
import { StyrmodellLspModule, type StyrmodellLspAddedServices } from '../lsp/lsp-module.js';
import { StyrmodellWorkspaceSymbolProvider } from '../lsp/workspace-symbol-provider.js';

/** Services this language adds to Langium's defaults. */
export interface StyrmodellAddedServices {
    references: {
        ModelMembership: ModelMembership;
    };
    analysis: {
        ModelAnalysis: ModelAnalysis;
    };
}

export type StyrmodellServices = LangiumServices & StyrmodellAddedServices & StyrmodellLspAddedServices;

/** The language's own services, each overriding one default. */
export const StyrmodellModule: Module<StyrmodellServices, PartialLangiumServices & StyrmodellAddedServices> = {
    parser: {
        ValueConverter: () => new StyrmodellValueConverter(),
        TokenBuilder: () => new StyrmodellTokenBuilder(),
        ParserErrorMessageProvider: () => new SwedishParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SwedishLexerErrorMessageProvider()
    },
    references: {
        ModelMembership: services => new ModelMembership(services.shared),
        ScopeProvider: services => new StyrmodellScopeProvider(services)
    },
    analysis: {
        ModelAnalysis: services => new ModelAnalysis(services)
    },
    validation: {
        DocumentValidator: services => new StyrmodellDocumentValidator(services)
    }
};

export const StyrmodellSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: shared => new StyrmodellDocumentBuilder(shared)
    },
    lsp: {
        WorkspaceSymbolProvider: shared => new StyrmodellWorkspaceSymbolProvider(shared)
    }
};

/** Creates the shared and language services; the language server, the CLI and the tests all start here. */
export function createStyrmodellServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Styrmodell: StyrmodellServices } {
    const shared = inject(createDefaultSharedModule(context), StyrmodellGeneratedSharedModule, StyrmodellSharedModule);
    const Styrmodell = inject(createDefaultModule({ shared }), StyrmodellGeneratedModule, StyrmodellModule, StyrmodellLspModule);
    shared.ServiceRegistry.register(Styrmodell);
    registerValidationChecks(Styrmodell);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; mark it initialised so builds can run.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Styrmodell };
}
