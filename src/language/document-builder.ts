import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import type { StyrmodellLanguageServices } from './styrmodell-module.js';

/**
 * Model-wide checks (unique names, one header, follow-up) look at every file of a model, so a change in one
 * file re-checks the model's other files too, not only those whose references point into it.
 */
export class StyrmodellDocumentBuilder extends DefaultDocumentBuilder {
    /** The models the last update's changed files belong to; shouldRelink is asked once per workspace file. */
    private changedModels?: { uris: Set<string>; keys: Set<string | undefined> };

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const membership = (this.serviceRegistry.getServices(document.uri) as StyrmodellLanguageServices).references
            .ModelMembership;
        if (this.changedModels?.uris !== changedUris) {
            const changed = this.langiumDocuments.all.filter(d => changedUris.has(d.uri.toString()));
            this.changedModels = {
                uris: changedUris,
                keys: new Set(changed.map(d => membership.modelKeyOf(d)).filter(k => k !== undefined))
            };
        }
        return this.changedModels.keys.has(membership.modelKeyOf(document));
    }
}
