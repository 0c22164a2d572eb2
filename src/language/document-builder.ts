import { type BuildOptions, DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import type { ModelMembership } from './model-membership.js';
import type { StyrmodellLanguageServices } from './styrmodell-module.js';

/**
 * Model-wide checks (unique names, one header, follow-up) look at every file of a model, so a change in one
 * file re-checks the model's other files too, not only those whose references point into it.
 */
export class StyrmodellDocumentBuilder extends DefaultDocumentBuilder {
    /** The models the last update's changed files belong to; shouldRelink is asked once per workspace file. */
    private changedModels?: { uris: Set<string>; keys: Set<string | undefined>; membership: ModelMembership };

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.changedModels?.uris !== changedUris) {
            // Asked once per update, not once per workspace file: finding a file's services by its name costs
            // more than the rest of the question for the 580 files of a national workspace (issue 20).
            const membership = (this.serviceRegistry.getServices(document.uri) as StyrmodellLanguageServices).references
                .ModelMembership;
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
}
