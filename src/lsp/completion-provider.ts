import {
    type AstNode,
    type AstNodeDescription,
    AstUtils,
    type FileSystemProvider,
    GrammarAST,
    GrammarUtils,
    type MaybePromise,
    type ReferenceInfo,
    type Stream,
    UriUtils
} from 'langium';
import {
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    DefaultCompletionProvider,
    type NextFeature
} from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import { isGoal, isVision } from '../language/generated/ast.js';
import { kindWord } from '../language/kind-words.js';
import { goalLevel, isMunicipalityWide, modelElementsOf } from '../language/model-elements.js';
import { type FileSearch, findFiles } from './find-files.js';
import type { KoladaCatalog } from './kolada-catalog.js';
import type { StyrmodellServices } from './lsp-services.js';

/**
 * Keywords and references of the right kind only (a committee goal's `bidrar till` offers KF goals), plus
 * Kolada ids with titles and municipality codes with names from metadata files in the workspace.
 */
export class StyrmodellCompletionProvider extends DefaultCompletionProvider {
    private readonly catalog: KoladaCatalog;
    private readonly fileSystem: FileSystemProvider;

    private readonly membership: StyrmodellServices['references']['ModelMembership'];

    constructor(services: StyrmodellServices) {
        super(services);
        this.membership = services.references.ModelMembership;
        this.catalog = services.lsp.KoladaCatalog;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    /** A reference shows the element's title beside its name (`bidrar till` lists goals by what they say). */
    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node as { title?: unknown; descriptions?: Array<{ text?: string }> } | undefined;
        const title = typeof node?.title === 'string' ? node.title : undefined;
        const kind = kindWord(description.type).replace(/^(en|ett) /, '');
        const text = node?.descriptions
            ?.map(d => d.text)
            .filter(Boolean)
            .join('\n\n');
        return {
            ...item,
            detail: title ? `${kind}: ${title}` : kind,
            labelDetails: title ? { description: title } : undefined,
            filterText: title ? `${description.name} ${title}` : undefined,
            documentation: title
                ? {
                      kind: 'markdown',
                      value: `**${title}** (${kind} \`${description.name}\`)${text ? `\n\n${text}` : ''}`
                  }
                : item.documentation
        };
    }

    protected override getReferenceCandidates(
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (refInfo.property !== 'targets') return candidates;
        const goal = AstUtils.getContainerOfType(refInfo.container, isGoal);
        const level = goal ? goalLevel(goal) : undefined;
        return candidates.filter(description => {
            const target = description.node;
            if (level === 'nämnd')
                return isGoal(target) && goalLevel(target) === 'fullmäktige' && !isMunicipalityWide(target);
            if (level === 'fullmäktige') return isVision(target) || description.type === 'Vision';
            return target !== goal;
        });
    }

    protected override completionFor(
        context: CompletionContext,
        next: NextFeature,
        acceptor: CompletionAcceptor
    ): MaybePromise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = GrammarAST.isRuleCall(next.feature) ? next.feature.rule.ref?.name : undefined;
        if (assignment?.feature === 'kpi' && rule === 'ID') {
            return this.completeKpi(context, acceptor);
        }
        if (
            assignment?.feature === 'goal' &&
            AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name === 'MeasureFollowUp'
        ) {
            this.completeMeasurePairs(context, acceptor);
            return super.completionFor(context, next, acceptor);
        }
        if (assignment?.feature === 'path' && rule === 'STRING') {
            return this.completeDataPath(context, acceptor);
        }
        if ((assignment?.feature === 'code' || assignment?.feature === 'codes') && rule === 'STRING') {
            return this.catalog.content().then(({ municipalities }) => {
                for (const [code, name] of municipalities) {
                    acceptor(context, {
                        label: `"${code}"`,
                        kind: CompletionItemKind.Value,
                        detail: name,
                        filterText: `"${code}" ${name}`,
                        sortText: code
                    });
                }
            });
        }
        return super.completionFor(context, this.withOwnerType(context, next), acceptor);
    }

    /**
     * After a half-typed list (`bidrar till A, `, `program P Q`) the node at the cursor can be the goal or
     * another statement rather than the one that owns the reference, and Langium then asks the scope for a
     * reference the node does not have, which throws. Naming the owner's type makes Langium complete on a
     * synthetic node of that type inside the node at the cursor.
     */
    private withOwnerType(context: CompletionContext, next: NextFeature): NextFeature {
        if (next.type || !context.node || !GrammarAST.isCrossReference(next.feature)) return next;
        const owner = ownerType(next.feature);
        if (!owner || this.astReflection.isSubtype(context.node.$type, owner)) return next;
        return { ...next, type: owner, property: undefined };
    }

    /**
     * Kolada ids searched by id and by title: `nyckeltal behöriga` offers N15436. The edit is given here because
     * Langium would otherwise drop an item whose id does not start with what was typed.
     */
    private async completeKpi(context: CompletionContext, acceptor: CompletionAcceptor): Promise<void> {
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        const range = {
            start: context.textDocument.positionAt(context.tokenOffset),
            end: context.textDocument.positionAt(context.tokenEndOffset)
        };
        for (const [id, title] of (await this.catalog.content()).kpis) {
            if (!matchesKpi(typed, id, title)) continue;
            acceptor(context, {
                label: id,
                kind: CompletionItemKind.Value,
                detail: title,
                labelDetails: { description: title },
                filterText: `${id} ${title}`,
                sortText: id,
                textEdit: { range, newText: id }
            });
        }
    }

    /**
     * In a follow-up, `mått ` offers every measure of the model as `MålId.MåttId` (a measure is its goal and its
     * name), beside the goals Langium offers for the first part; after the dot the scope offers the goal's measures.
     */
    private completeMeasurePairs(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const range = {
            start: context.textDocument.positionAt(context.tokenOffset),
            end: context.textDocument.positionAt(context.tokenEndOffset)
        };
        for (const goal of modelElementsOf(context.document.parseResult.value, this.membership).goals) {
            for (const measure of goal.measures) {
                if (!goal.name || !measure.name) continue;
                const label = `${goal.name}.${measure.name}`;
                acceptor(context, {
                    label,
                    kind: CompletionItemKind.Reference,
                    detail: `mått: ${measure.title ?? measure.name}`,
                    labelDetails: measure.title ? { description: measure.title } : undefined,
                    filterText: `${label} ${measure.title ?? ''}`,
                    sortText: `1${label}`,
                    textEdit: { range, newText: label }
                });
            }
        }
    }

    /** Data files beside the model and in its subfolders (two levels), as paths relative to the model. */
    private async completeDataPath(context: CompletionContext, acceptor: CompletionAcceptor): Promise<void> {
        const folder = UriUtils.dirname(context.document.uri);
        for (const file of await findFiles(this.fileSystem, folder, DATA_FILE_SEARCH)) {
            const path = UriUtils.relative(folder, file);
            acceptor(context, {
                label: `"${path}"`,
                kind: CompletionItemKind.File,
                detail: 'datafil',
                sortText: `${path.split('/').length}${path}`
            });
        }
    }
}

/** The type of the node a grammar element assigns to: the nearest `{infer X}` action before it, else its rule's. */
function ownerType(feature: GrammarAST.AbstractElement): string | undefined {
    for (let node: AstNode | undefined = feature.$container; node; node = node.$container) {
        if (GrammarAST.isGroup(node) && GrammarAST.isAction(node.elements[0]))
            return GrammarUtils.getTypeName(node.elements[0]);
        if (GrammarAST.isParserRule(node)) return GrammarUtils.getTypeName(node);
    }
    return undefined;
}

/** Every word typed occurs in the title (any case), or the id starts with what was typed. */
function matchesKpi(typed: string, id: string, title: string): boolean {
    if (typed === '' || id.toLowerCase().startsWith(typed.toLowerCase())) return true;
    const lower = title.toLocaleLowerCase('sv');
    return typed
        .toLocaleLowerCase('sv')
        .split(/\s+/)
        .every(word => lower.includes(word));
}

/** Data files offered after `data "`: two folder levels below the model, as a planner keeps them. */
const DATA_FILE_SEARCH: FileSearch = {
    pattern: /\.(csv|tsv|txt|json)$/i,
    maxDepth: 2,
    skip: new Set(['node_modules'])
};
