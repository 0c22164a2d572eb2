import type { LangiumSharedServices } from 'langium/lsp';
import { isValidYear } from '../model/valid-year.js';
import type { StyrmodellServices } from './lsp-services.js';
import { rebuildDocuments } from './rebuild.js';

function validYear(value: unknown): number | undefined {
    return isValidYear(value) ? value : undefined;
}

/**
 * The client's `styrmodell.year` setting (initialisation options, then configuration updates) chooses the year
 * the checks, hover and inlay hints evaluate; changing it rebuilds every model.
 */
export function registerYearSetting(shared: LangiumSharedServices, services: StyrmodellServices): void {
    const analysis = services.analysis.ModelAnalysis;
    shared.lsp.LanguageServer.onInitialize(params => {
        analysis.setYear(validYear((params.initializationOptions as { year?: unknown } | undefined)?.year));
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'styrmodell') return;
        const year = validYear((update.configuration as { year?: unknown } | undefined)?.year);
        analysis.setYear(year);
        rebuildDocuments(shared);
    });
}
