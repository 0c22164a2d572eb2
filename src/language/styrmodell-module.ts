import type { Module } from 'langium';
import type {
    LangiumServices,
    LangiumSharedServices,
    PartialLangiumServices,
    PartialLangiumSharedServices
} from 'langium/lsp';
import { ModelAnalysis } from './analysis/model-analysis.js';
import { StyrmodellDocumentBuilder } from './document-builder.js';
import { StyrmodellDocumentValidator } from './document-validator.js';
import { ModelMembership } from './model-membership.js';
import { SwedishLexerErrorMessageProvider, SwedishParserErrorMessageProvider } from './parser-messages.js';
import { StyrmodellScopeComputation } from './scope-computation.js';
import { StyrmodellScopeProvider } from './scope-provider.js';
import { StyrmodellTokenBuilder } from './token-builder.js';
import { StyrmodellValueConverter } from './value-converter.js';

/** Services this language adds to Langium's defaults. */
export interface StyrmodellAddedServices {
    references: {
        ModelMembership: ModelMembership;
    };
    analysis: {
        ModelAnalysis: ModelAnalysis;
    };
}

/** The language's services without the editor features; everything under `language/` works with these. */
export type StyrmodellLanguageServices = LangiumServices & StyrmodellAddedServices;

/** The language's own services, each overriding one default. */
export const StyrmodellModule: Module<StyrmodellLanguageServices, PartialLangiumServices & StyrmodellAddedServices> = {
    parser: {
        ValueConverter: () => new StyrmodellValueConverter(),
        TokenBuilder: () => new StyrmodellTokenBuilder(),
        ParserErrorMessageProvider: () => new SwedishParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new SwedishLexerErrorMessageProvider()
    },
    references: {
        ModelMembership: services => new ModelMembership(services.shared),
        ScopeProvider: services => new StyrmodellScopeProvider(services),
        ScopeComputation: services => new StyrmodellScopeComputation(services)
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
    }
};
