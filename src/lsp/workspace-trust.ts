import type { LangiumSharedServices } from 'langium/lsp';
import { WorkspaceTrustedNotification } from '../protocol.js';
import type { StyrmodellServices } from './lsp-services.js';
import { rebuildDocuments } from './rebuild.js';

/**
 * VS Code's workspace trust: a client that says `trusted: false` in its initialisation options gets the language
 * (parsing, checks, navigation, formatting) but no data file or metadata file is read, until it sends
 * WorkspaceTrustedNotification. Clients that say nothing (Neovim, the CLI) are trusted.
 */
export function registerWorkspaceTrust(shared: LangiumSharedServices, services: StyrmodellServices): void {
    const analysis = services.analysis.ModelAnalysis;
    const catalog = services.lsp.KoladaCatalog;
    const allow = (allowed: boolean) => {
        analysis.setReadsData(allowed);
        catalog.setReadsFiles(allowed);
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        allow((params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false);
    });
    shared.lsp.Connection?.onNotification(WorkspaceTrustedNotification, () => {
        if (analysis.readsData) return;
        allow(true);
        rebuildDocuments(shared);
    });
}
