import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { AstUtils, GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { CompletionItemKind } from 'vscode-languageserver';
import { isGoal, isVision } from '../language/generated/ast.js';
import { goalLevel, isMunicipalityWide } from '../language/model-elements.js';
import type { StyrmodellServices } from './lsp-services.js';
import type { KoladaCatalog } from './kolada-catalog.js';

/**
 * Keywords and references of the right kind only (a committee goal's `bidrar till` offers KF goals), plus
 * Kolada ids with titles and municipality codes with names from metadata files in the workspace.
 */
export class StyrmodellCompletionProvider extends DefaultCompletionProvider {
    private readonly catalog: KoladaCatalog;

    constructor(services: StyrmodellServices) {
        super(services);
        this.catalog = services.lsp.KoladaCatalog;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (refInfo.property !== 'targets') return candidates;
        const goal = AstUtils.getContainerOfType(refInfo.container, isGoal);
        const level = goal ? goalLevel(goal) : undefined;
        return candidates.filter(description => {
            const target = description.node;
            if (level === 'nämnd') return isGoal(target) && goalLevel(target) === 'fullmäktige' && !isMunicipalityWide(target);
            if (level === 'fullmäktige') return isVision(target) || description.type === 'Vision';
            return target !== goal;
        });
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = GrammarAST.isRuleCall(next.feature) ? next.feature.rule.ref?.name : undefined;
        if (assignment?.feature === 'kpi' && rule === 'ID') {
            for (const [id, title] of this.catalog.kpis()) {
                acceptor(context, { label: id, kind: CompletionItemKind.Value, detail: title, filterText: `${id} ${title}`, sortText: id });
            }
            return;
        }
        if ((assignment?.feature === 'code' || assignment?.feature === 'codes') && rule === 'STRING') {
            for (const [code, name] of this.catalog.municipalities()) {
                acceptor(context, { label: `"${code}"`, kind: CompletionItemKind.Value, detail: name, filterText: `"${code}" ${name}`, sortText: code });
            }
            return;
        }
        return super.completionFor(context, next, acceptor);
    }
}

