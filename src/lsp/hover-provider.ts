import { type AstNode, AstUtils, CstUtils, type GrammarAST, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { ModelAnalysis } from '../language/analysis/model-analysis.js';
import {
    isDataStatement,
    isGoal,
    isKpiStatement,
    isMeasure,
    isThresholdStatement,
    isVision
} from '../language/generated/ast.js';
import { sameMeasure } from '../model/measure-key.js';
import { calibrationMarkdown } from './calibration-markdown.js';
import { KEYWORD_DOCS } from './keyword-docs.js';
import type { KoladaCatalog } from './kolada-catalog.js';
import { describeKpi } from './kpi-markdown.js';
import type { StyrmodellServices } from './lsp-services.js';
import { describeGoal, describeMeasure, describeVision } from './result-markdown.js';
import { shownResultOf } from './shown-result.js';
import { workspaceName } from './workspace-names.js';

/** Hover says where every number comes from: measures show value, base, threshold and data row; goals their roll-up. */
export class StyrmodellHoverProvider extends AstNodeHoverProvider {
    private readonly analysis: ModelAnalysis;
    private readonly catalog: KoladaCatalog;
    private readonly styrmodell: StyrmodellServices;

    constructor(services: StyrmodellServices) {
        super(services);
        this.analysis = services.analysis.ModelAnalysis;
        this.styrmodell = services;
        this.catalog = services.lsp.KoladaCatalog;
    }

    /** A Kolada id after `nyckeltal` is neither a name nor a reference, so Langium would say nothing about it. */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const owner = leaf?.astNode;
        if (
            leaf &&
            owner &&
            (isKpiStatement(owner) || isDataStatement(owner)) &&
            owner.kpi &&
            leaf.text.replace(/"/g, '') === owner.kpi
        ) {
            return {
                contents: { kind: 'markdown', value: await this.describeKpi(document, owner.kpi) },
                range: leaf.range
            };
        }
        const threshold = owner && AstUtils.getContainerOfType(owner, isThresholdStatement);
        if (leaf && threshold) {
            const calibration = calibrationMarkdown(threshold, this.analysis.analyseDocument(document));
            if (calibration) {
                // A keyword of the line keeps its explanation, after what the line means in the data.
                const keyword = leaf.grammarSource?.$type === 'Keyword' ? KEYWORD_DOCS[leaf.text] : undefined;
                const value = keyword ? `${calibration}\n\n---\n\n\`${leaf.text}\`: ${keyword}` : calibration;
                return { contents: { kind: 'markdown', value }, range: threshold.$cstNode?.range ?? leaf.range };
            }
        }
        return super.getHoverContent(document, params);
    }

    private async describeKpi(document: LangiumDocument, id: string): Promise<string> {
        const lookup = this.analysis.analyseDocument(document)?.data.lookup;
        const catalog = await this.catalog.content();
        const catalogued = catalog.details.get(id);
        const title = catalog.kpis.get(id) ?? lookup?.kpiTitle(id);
        return describeKpi(id, title, catalogued ?? lookup?.kpiDetails(id), catalogued?.file);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const document: LangiumDocument = AstUtils.getDocument(node);
        if (!isMeasure(node) && !isGoal(node) && !isVision(node)) {
            const titled = node as AstNode & { title?: string; name?: string };
            return titled.title ? `**${titled.title}** (${titled.name})` : undefined;
        }
        // The same result as the code lenses, inlay hints and preview; during a syntax error the last valid one, marked.
        const shown = shownResultOf(this.styrmodell, document);
        const result = shown?.analysis?.result;
        const marked = (text: string) => (shown?.note ? `*${shown.note}.*\n\n${text}` : text);
        if (isMeasure(node)) {
            const measure = result?.measures.find(m => sameMeasure(m, { goal: node.$container.name, id: node.name }));
            const folders = this.styrmodell.shared.workspace.WorkspaceManager.workspaceFolders;
            if (measure) return marked(describeMeasure(measure, file => workspaceName(file, folders)));
            return shown?.note
                ? marked(`**${node.title}**`)
                : `**${node.title}**\n\nIngen beräkning: modellen saknar år eller huvud.`;
        }
        if (isGoal(node)) {
            const goal = result?.goals.find(g => g.id === node.name);
            return marked(goal ? describeGoal(goal) : `**${node.title}**`);
        }
        return marked(result?.vision ? describeVision(result.vision) : `**${node.title}**`);
    }

    protected override getKeywordHoverContent(node: GrammarAST.AbstractElement): MaybePromise<Hover | undefined> {
        const keyword = (node as GrammarAST.Keyword).value;
        const doc = keyword ? KEYWORD_DOCS[keyword] : undefined;
        return doc ? { contents: { kind: 'markdown', value: `\`${keyword}\`: ${doc}` } } : undefined;
    }
}
