import {
    type AstNodeDescription,
    AstUtils,
    DefaultScopeProvider,
    DocumentState,
    type LangiumDocument,
    MapScope,
    type ReferenceInfo,
    type Scope,
    type Stream,
    WorkspaceCache
} from 'langium';
import { type Goal, isMeasureFollowUp, ModelHeader } from './generated/ast.js';
import type { ModelMembership } from './model-membership.js';
import type { StyrmodellLanguageServices } from './styrmodell-module.js';

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
    /** One scope per model and reference type; building it per reference made big models quadratic. */
    private readonly modelScopes: WorkspaceCache<string, Scope>;

    constructor(services: StyrmodellLanguageServices) {
        super(services);
        this.membership = services.references.ModelMembership;
        this.modelScopes = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    override getScope(context: ReferenceInfo): Scope {
        if (isMeasureFollowUp(context.container) && context.property === 'measure') {
            return this.measuresOfGoal(context.container.goal?.ref);
        }
        const type = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const key = `${this.membership.modelKeyOf(document) ?? document.uri.toString()}\u0001${type}`;
        return this.modelScopes.get(key, () => this.createModelScope(document, type));
    }

    /** `mått MålId.MåttId` in a follow-up: the measure is looked up among the named goal's own measures. */
    private measuresOfGoal(goal: Goal | undefined): Scope {
        const measures = goal?.measures.filter(measure => typeof measure.name === 'string') ?? [];
        return new NormalisingScope(
            measures.map(measure => this.descriptions.createDescription(measure, measure.name))
        );
    }

    private createModelScope(document: LangiumDocument, type: string): Scope {
        const uris = this.membership.urisSharingModelWith(document);
        if (type === ModelHeader.$type) {
            // `del av X` links to the header of the model the file joined (the nearest X), else to any X.
            const own = this.indexManager.allElements(type, uris).toArray();
            return new NormalisingScope(own.length > 0 ? own : this.indexManager.allElements(type));
        }
        return new NormalisingScope(this.indexManager.allElements(type, uris));
    }
}
