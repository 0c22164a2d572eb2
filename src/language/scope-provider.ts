import { DefaultScopeProvider, MapScope, AstUtils, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import { ModelHeader } from './generated/ast.js';
import type { StyrmodellServices } from './styrmodell-module.js';
import type { ModelMembership } from './model-membership.js';

/** Looks names up after NFC normalisation, so a reference typed or saved in NFD still resolves. */
export class NormalisingScope extends MapScope {
    override getElement(name: string): AstNodeDescription | undefined {
        return super.getElement(name.normalize('NFC'));
    }
    override getElements(name: string): Stream<AstNodeDescription> {
        return super.getElements(name.normalize('NFC'));
    }
}

/**
 * Names resolve within one model, across its files; `del av X` resolves against every header in the workspace.
 */
export class StyrmodellScopeProvider extends DefaultScopeProvider {
    private readonly membership: ModelMembership;

    constructor(services: StyrmodellServices) {
        super(services);
        this.membership = services.references.ModelMembership;
    }

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type === ModelHeader.$type) {
            return new NormalisingScope(this.indexManager.allElements(type));
        }
        const uris = this.membership.urisSharingModelWith(AstUtils.getDocument(context.container));
        return new NormalisingScope(this.indexManager.allElements(type, uris));
    }
}
