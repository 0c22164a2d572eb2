import { type AstNode, AstUtils, CstUtils, GrammarAST, GrammarUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, type RenameParams, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { isGoal, isMeasure } from '../language/generated/ast.js';
import { modelElementsOf, where } from '../language/model-elements.js';
import type { ModelMembership } from '../language/model-membership.js';
import { isNamedTopElement } from '../language/named-elements.js';
import type { StyrmodellServices } from './lsp-services.js';

/**
 * Renames only to a name the model can hold: an identifier that is not a keyword and not already taken in the
 * model (a measure's name: in its goal). A refused rename is an error the editor shows, never a broken model.
 */
export class StyrmodellRenameProvider extends DefaultRenameProvider {
    private readonly keywords: Set<string>;
    private readonly identifier: RegExp;
    private readonly membership: ModelMembership;

    constructor(services: StyrmodellServices) {
        super(services);
        const grammar = services.Grammar;
        this.keywords = new Set(
            AstUtils.streamAllContents(grammar)
                .filter(GrammarAST.isKeyword)
                .map(k => k.value)
        );
        const id = grammar.rules.find(
            rule => GrammarAST.isTerminalRule(rule) && rule.name === 'ID'
        ) as GrammarAST.TerminalRule;
        this.identifier = new RegExp(`^(?:${GrammarUtils.terminalRegex(id).source})$`, 'u');
        this.membership = services.references.ModelMembership;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const refusal = this.refusal(document, params);
        if (refusal) throw new ResponseError(ErrorCodes.InvalidParams, refusal);
        return super.rename(document, params);
    }

    private refusal(document: LangiumDocument, params: RenameParams): string | undefined {
        const name = params.newName.normalize('NFC');
        if (this.keywords.has(name))
            return `"${name}" är ett nyckelord i språket och kan inte vara ett namn. Välj ett annat namn.`;
        if (!this.identifier.test(name)) {
            return `"${name}" kan inte vara ett namn: ett namn börjar med en bokstav och har bara bokstäver, siffror och _ (inga mellanslag). Skriv till exempel ${suggestion(name)}.`;
        }
        const target = this.target(document, params);
        if (!target || (target as { name?: string }).name === name) return undefined;
        const taken = this.holderOf(target, name);
        return taken ? `Namnet ${name} används redan (${where(taken as never)}). Välj ett annat namn.` : undefined;
    }

    private target(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf =
            root &&
            CstUtils.findDeclarationNodeAtOffset(
                root,
                document.textDocument.offsetAt(params.position),
                this.grammarConfig.nameRegexp
            );
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    /** The element that already has `name` where `target` lives: its goal for a measure, else its model. */
    private holderOf(target: AstNode, name: string): AstNode | undefined {
        if (isMeasure(target)) {
            const goal = AstUtils.getContainerOfType(target, isGoal);
            return goal?.measures.find(m => m !== target && m.name === name);
        }
        const model = modelElementsOf(target, this.membership);
        return (
            model.elements.find(e => e !== target && isNamedTopElement(e) && e.name === name) ??
            model.headers.find(h => h !== target && h.name === name)
        );
    }
}

/** The name with what an identifier cannot hold replaced: `God omsorg` → `God_omsorg`. */
function suggestion(name: string): string {
    const cleaned = name
        .trim()
        .replace(/[^\p{L}\p{N}_]+/gu, '_')
        .replace(/^[^\p{L}_]+/u, '');
    return cleaned === '' ? 'NyttNamn' : cleaned;
}
