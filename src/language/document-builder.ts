import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import type { StyrmodellServices } from './styrmodell-module.js';

/**
 * Model-wide checks (unique names, one header, follow-up) look at every file of a model, so a change in one
 * file re-checks the model's other files too, not only those whose references point into it.
 */
export class StyrmodellDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const services = this.serviceRegistry.getServices(document.uri) as StyrmodellServices;
        const sameModel = services.references.ModelMembership.urisSharingModelWith(document);
        return [...changedUris].some(uri => sameModel.has(uri));
    }
}
