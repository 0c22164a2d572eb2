import type { AstNode, Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';

/** Token type by the kind of element a name declares or refers to, so goals, owners and groups read apart. */
const TYPE_BY_KIND: Record<string, string> = {
    ModelHeader: SemanticTokenTypes.namespace,
    Vision: SemanticTokenTypes.struct,
    StrategicArea: SemanticTokenTypes.enum,
    Programme: SemanticTokenTypes.interface,
    Committee: SemanticTokenTypes.type,
    Administration: SemanticTokenTypes.type,
    PeerGroup: SemanticTokenTypes.enumMember,
    Goal: SemanticTokenTypes.class,
    Measure: SemanticTokenTypes.property
};

/** Properties that hold references, and the property holding a declared name. */
const REFERENCE_PROPERTIES = [
    'model',
    'committee',
    'area',
    'owner',
    'targets',
    'programmes',
    'group',
    'goal',
    'measure'
] as const;

export class StyrmodellSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = TYPE_BY_KIND[node.$type];
        if (declared && typeof (node as { name?: unknown }).name === 'string') {
            acceptor({ node, property: 'name' as never, type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        if (node.$type === 'KpiStatement' || node.$type === 'DataStatement') {
            if ((node as { kpi?: string }).kpi)
                acceptor({ node, property: 'kpi' as never, type: SemanticTokenTypes.macro });
        }
        for (const property of REFERENCE_PROPERTIES) {
            const value = (node as unknown as Record<string, unknown>)[property];
            const references = (Array.isArray(value) ? value : [value]) as Array<Reference | undefined>;
            references.forEach((reference, index) => {
                if (!reference || typeof reference !== 'object' || !('$refText' in reference)) return;
                const type = TYPE_BY_KIND[reference.ref?.$type ?? ''] ?? SemanticTokenTypes.variable;
                acceptor({ node, property: property as never, index: Array.isArray(value) ? index : undefined, type });
            });
        }
    }
}
