import {
    type AstNode,
    type AstNodeLocator,
    AstUtils,
    type LangiumDocument,
    type ReferenceDescription,
    type Stream
} from 'langium';
import { AbstractCallHierarchyProvider } from 'langium/lsp';
import {
    type CallHierarchyIncomingCall,
    type CallHierarchyItem,
    type CallHierarchyOutgoingCall,
    SymbolKind
} from 'vscode-languageserver';
import { type Goal, isContributesStatement, isGoal, isVision } from '../language/generated/ast.js';
import { goalLevel } from '../language/model-elements.js';
import type { StyrmodellServices } from './lsp-services.js';

/**
 * The goal chain along `bidrar till`: incoming calls are the goals that serve a goal (or the vision), outgoing
 * calls what a goal serves.
 */
export class StyrmodellCallHierarchyProvider extends AbstractCallHierarchyProvider {
    private readonly locator: AstNodeLocator;

    constructor(services: StyrmodellServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
    }

    protected override getCallHierarchyItems(
        node: AstNode,
        document: LangiumDocument
    ): CallHierarchyItem[] | undefined {
        return isGoal(node) || isVision(node) ? super.getCallHierarchyItems(node, document) : undefined;
    }

    protected override getCallHierarchyItem(node: AstNode): Partial<CallHierarchyItem> {
        if (isGoal(node))
            return {
                kind: SymbolKind.Class,
                detail: `${goalLevel(node) === 'nämnd' ? 'nämndmål' : 'KF-mål'}: ${node.title}`
            };
        if (isVision(node)) return { kind: SymbolKind.Module, detail: `vision: ${node.title}` };
        return {};
    }

    protected override getIncomingCalls(
        _node: AstNode,
        references: Stream<ReferenceDescription>
    ): CallHierarchyIncomingCall[] {
        const calls = new Map<Goal, CallHierarchyIncomingCall>();
        for (const reference of references) {
            const document = this.documents.getDocument(reference.sourceUri);
            if (!document) continue;
            const source = this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            if (!source || !isContributesStatement(source)) continue;
            const goal = AstUtils.getContainerOfType(source, isGoal);
            const item = goal && this.getCallHierarchyItems(goal, document)?.[0];
            if (!goal || !item) continue;
            const call = calls.get(goal) ?? { from: item, fromRanges: [] };
            call.fromRanges.push(reference.segment.range);
            calls.set(goal, call);
        }
        return [...calls.values()];
    }

    protected override getOutgoingCalls(node: AstNode): CallHierarchyOutgoingCall[] {
        if (!isGoal(node)) return [];
        const calls: CallHierarchyOutgoingCall[] = [];
        for (const statement of node.statements.filter(isContributesStatement)) {
            for (const target of statement.targets) {
                const ref = target.ref;
                const range = target.$refNode?.range;
                if (!ref || !range) continue;
                const document = AstUtils.getDocument(ref);
                const item = this.getCallHierarchyItems(ref, document)?.[0];
                if (item) calls.push({ to: item, fromRanges: [range] });
            }
        }
        return calls;
    }
}
