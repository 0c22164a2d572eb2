/**
 * The composition root: the one place that wires the language's module and the editor features' module into
 * Langium's defaults. It sits above `language/` and `lsp/`, so `lsp/` may use `language/` but never the reverse.
 */
import { inject } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumSharedServices
} from 'langium/lsp';
import { registerValidationChecks } from './language/checks/index.js';
import { StyrmodellGeneratedModule, StyrmodellGeneratedSharedModule } from './language/generated/module.js';
import { StyrmodellModule, StyrmodellSharedModule } from './language/styrmodell-module.js';
import { StyrmodellLspModule, StyrmodellLspSharedModule } from './lsp/lsp-module.js';
import type { StyrmodellServices } from './lsp/lsp-services.js';

export type { StyrmodellServices } from './lsp/lsp-services.js';

/** Creates the shared and language services; the language server, the CLI and the tests all start here. */
export function createStyrmodellServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Styrmodell: StyrmodellServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        StyrmodellGeneratedSharedModule,
        StyrmodellSharedModule,
        StyrmodellLspSharedModule
    );
    const Styrmodell = inject(
        createDefaultModule({ shared }),
        StyrmodellGeneratedModule,
        StyrmodellModule,
        StyrmodellLspModule
    );
    shared.ServiceRegistry.register(Styrmodell);
    registerValidationChecks(Styrmodell);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; mark it initialised so builds can run.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Styrmodell };
}
