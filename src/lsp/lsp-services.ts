import type { StyrmodellLanguageServices } from '../language/styrmodell-module.js';
import type { KoladaCatalog } from './kolada-catalog.js';

/** Services the editor features add to the language's. */
export interface StyrmodellLspAddedServices {
    lsp: {
        KoladaCatalog: KoladaCatalog;
    };
}

/** The language's services with the editor features: what the language server, the CLI and the tests get. */
export type StyrmodellServices = StyrmodellLanguageServices & StyrmodellLspAddedServices;
