import type { AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { isGoal } from '../language/generated/ast.js';
import { contributionTargets, goalLevel } from '../language/model-elements.js';

/** Workspace symbols name each goal's place in the goal tree: the goal or vision it contributes to. */
export class StyrmodellWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        const node = description.node;
        if (!symbol || !isGoal(node)) return symbol;
        const parent = contributionTargets(node)[0] as { name?: string } | undefined;
        return {
            ...symbol,
            kind: goalLevel(node) === 'fullmäktige' ? SymbolKind.Class : SymbolKind.Method,
            containerName: parent?.name
        };
    }
}
