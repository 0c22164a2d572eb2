import { AstNodeHoverProvider } from 'langium/lsp';
import { AstUtils, type AstNode, type GrammarAST, type LangiumDocument, type MaybePromise } from 'langium';
import type { Hover } from 'vscode-languageserver';
import { isGoal, isMeasure, isVision } from '../language/generated/ast.js';
import type { ModelAnalysis } from '../language/analysis/model-analysis.js';
import type { StyrmodellServices } from './lsp-services.js';
import { describeGoal, describeMeasure, describeVision } from './result-markdown.js';
import { KEYWORD_DOCS } from './keyword-docs.js';
import { sameMeasure } from '../model/measure-key.js';

/** Hover says where every number comes from: measures show value, base, threshold and data row; goals their roll-up. */
export class StyrmodellHoverProvider extends AstNodeHoverProvider {
    private readonly analysis: ModelAnalysis;

    constructor(services: StyrmodellServices) {
        super(services);
        this.analysis = services.analysis.ModelAnalysis;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const document: LangiumDocument = AstUtils.getDocument(node);
        const result = this.analysis.analyseDocument(document)?.result;
        if (isMeasure(node)) {
            const measure = result?.measures.find(m => sameMeasure(m, { goal: node.$container.name, id: node.name }));
            return measure ? describeMeasure(measure) : `**${node.title}**\n\nIngen beräkning: modellen saknar år eller huvud.`;
        }
        if (isGoal(node)) {
            const goal = result?.goals.find(g => g.id === node.name);
            return goal ? describeGoal(goal) : `**${node.title}**`;
        }
        if (isVision(node)) {
            return result?.vision ? describeVision(result.vision) : `**${node.title}**`;
        }
        const titled = node as AstNode & { title?: string; name?: string };
        return titled.title ? `**${titled.title}** (${titled.name})` : undefined;
    }

    protected override getKeywordHoverContent(node: GrammarAST.AbstractElement): MaybePromise<Hover | undefined> {
        const keyword = (node as GrammarAST.Keyword).value;
        const doc = keyword ? KEYWORD_DOCS[keyword] : undefined;
        return doc ? { contents: { kind: 'markdown', value: `\`${keyword}\`: ${doc}` } } : undefined;
    }
}
