import type { LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { type Document, type Goal, isGoal } from '../language/generated/ast.js';
import { contributionTargets, goalLevel } from '../language/model-elements.js';

/**
 * Symbols shaped as the goal tree: the vision holds the KF goals, a KF goal holds the committee goals that
 * contribute to it (when they stand in the same file) and its measures; the other elements stay flat.
 */
export class StyrmodellDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    override getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value as Document;
        const symbols = new Map<unknown, DocumentSymbol>();
        for (const element of root.elements) {
            const symbol = this.symbolFor(element);
            if (symbol) symbols.set(element, symbol);
        }
        const nested = new Set<unknown>();
        for (const goal of root.elements.filter(isGoal)) {
            const parent = contributionTargets(goal)
                .map(t => symbols.get(t))
                .find(Boolean);
            const symbol = symbols.get(goal);
            if (parent && symbol) {
                parent.children = [...(parent.children ?? []), symbol];
                nested.add(goal);
            }
        }
        const headers = root.headers.map(h => this.symbolFor(h)).filter((s): s is DocumentSymbol => !!s);
        return [
            ...headers,
            ...root.elements
                .filter(e => !nested.has(e))
                .map(e => symbols.get(e))
                .filter((s): s is DocumentSymbol => !!s)
        ];
    }

    private symbolFor(node: {
        $cstNode?: { range: DocumentSymbol['range'] };
        $type: string;
        name?: string;
        title?: string;
    }): DocumentSymbol | undefined {
        if (!node.$cstNode || !node.name) return undefined;
        const nameNode = this.nameProvider.getNameNode(node as never);
        const kind =
            node.$type === 'Goal'
                ? goalLevel(node as unknown as Goal) === 'fullmäktige'
                    ? SymbolKind.Class
                    : SymbolKind.Method
                : this.nodeKindProvider.getSymbolKind(node as never);
        const symbol: DocumentSymbol = {
            name: node.name,
            detail: node.title,
            kind,
            range: node.$cstNode.range,
            selectionRange: nameNode?.range ?? node.$cstNode.range
        };
        if (isGoal(node)) {
            symbol.children = node.measures
                .filter(m => m.$cstNode && m.name)
                .map(m => ({
                    name: m.name,
                    detail: m.title,
                    kind: SymbolKind.Field,
                    range: m.$cstNode!.range,
                    selectionRange: this.nameProvider.getNameNode(m)?.range ?? m.$cstNode!.range
                }));
        }
        return symbol;
    }
}
