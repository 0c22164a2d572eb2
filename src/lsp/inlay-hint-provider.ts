import { type AstNode, AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { type CancellationToken, type InlayHint, InlayHintKind, type InlayHintParams } from 'vscode-languageserver';
import { type GoalResult, type MeasureResult, type ModelResult, statusWord } from '../fulfilment/index.js';
import { isGoal, isMeasure, isVision } from '../language/generated/ast.js';
import { type MeasureKey, measureKey } from '../model/measure-key.js';
import { formatPercent, formatValue } from '../render/format.js';
import type { StyrmodellServices } from './lsp-services.js';
import { statusBadge } from './result-markdown.js';
import { type ShownResult, shownResultOf } from './shown-result.js';

/**
 * After each goal's and measure's title: its status word (with colour marker) and percentage or value for the
 * model's year. While the model has a syntax error: the last valid result, marked, like every other surface.
 */
export class StyrmodellInlayHintProvider extends AbstractInlayHintProvider {
    /** The result shown for each document being asked about, taken once per request (requests may interleave). */
    private readonly shown = new WeakMap<LangiumDocument, ShownResult | undefined>();

    constructor(private readonly services: StyrmodellServices) {
        super();
    }

    override getInlayHints(
        document: LangiumDocument,
        params: InlayHintParams,
        cancelToken?: CancellationToken
    ): Promise<InlayHint[] | undefined> {
        this.shown.set(document, shownResultOf(this.services, document));
        return super.getInlayHints(document, params, cancelToken);
    }

    override computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (!isGoal(node) && !isMeasure(node) && !isVision(node)) return;
        const shown = this.shown.get(AstUtils.getDocument(node));
        const result = shown?.analysis?.result;
        const note = shown?.note;
        const titleNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'title');
        if (!result || !titleNode) return;
        const index = indexOf(result);
        let label: string | undefined;
        if (isMeasure(node)) {
            const measure = index.measures.get(measureKey(node.$container.name, node.name));
            // An assessed status says so, with the computed one beside it (LANGUAGE.md section 8.3).
            const assessed = measure?.assessment ? ` bedömd (beräknat ${statusWord(measure.computedStatus)})` : '';
            if (measure)
                label = `${statusBadge(measure.status)}${assessed}${measure.value !== null ? ` · ${formatValue(measure.value, measure.unit)}` : ''}`;
        } else if (isGoal(node)) {
            const goal = index.goals.get(node.name);
            const assessed = goal?.assessment
                ? ` bedömd (beräknat ${statusWord(goal.computedStatus)} ${formatPercent(goal.computedFulfilment)})`
                : '';
            if (goal) label = `${statusBadge(goal.status)} ${formatPercent(goal.fulfilment)}${assessed}`;
        } else if (result.vision && result.vision.id === node.name) {
            label = `${statusBadge(result.vision.status)} ${formatPercent(result.vision.fulfilment)}`;
        }
        if (label) {
            accept({
                position: titleNode.range.end,
                label: note ? ` ${label} (${result.year}; senaste giltiga resultat)` : ` ${label} (${result.year})`,
                kind: InlayHintKind.Parameter,
                paddingLeft: true,
                ...(note ? { tooltip: note } : {})
            });
        }
    }
}

/** Results by id, built once per result: a hint is asked for every goal and measure in view. */
const indexes = new WeakMap<
    ModelResult,
    { goals: Map<string, GoalResult>; measures: Map<MeasureKey, MeasureResult> }
>();

function indexOf(result: ModelResult): { goals: Map<string, GoalResult>; measures: Map<MeasureKey, MeasureResult> } {
    let index = indexes.get(result);
    if (!index) {
        index = {
            goals: new Map(result.goals.map(g => [g.id, g])),
            measures: new Map(result.measures.map(m => [measureKey(m), m]))
        };
        indexes.set(result, index);
    }
    return index;
}
