import { DefaultDocumentBuilder, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

/**
 * Model-wide checks (unique names, one header, follow-up) look at every file of a model, so a change in one
 * file re-checks the model's other files too, not only those whose references point into it.
 */
export class StyrmodellDocumentBuilder extends DefaultDocumentBuilder {
    constructor(private readonly sharedServices: LangiumSharedCoreServices) {
        super(sharedServices);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        const membership = this.sharedServices.ServiceRegistry.getServices(document.uri) as unknown as { references?: { ModelMembership?: { urisSharingModelWith(d: LangiumDocument): Set<string> } } };
        const sameModel = membership.references?.ModelMembership?.urisSharingModelWith(document);
        if (!sameModel) return false;
        for (const uri of changedUris) if (sameModel.has(uri)) return true;
        return false;
    }
}
