import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { type GoalResult, statusWord } from '../fulfilment/index.js';
import { type Document, isGoal } from '../language/generated/ast.js';
import type { GoalView, ModelView } from '../model/model-view.js';
import { type ShowPreviewAtArguments, ShowPreviewAtCommand } from '../protocol.js';
import { formatPercent } from '../render/format.js';
import type { StyrmodellServices } from './lsp-services.js';
import { shownResultOf } from './shown-result.js';

/**
 * Above each goal: what serves it and how it stands, "3 nämndmål · 8 mått · delvis 56 % (2019)". The lens opens
 * the preview at that goal (a client command; clients without it still show the text). While the model has a
 * syntax error the lens shows the last valid result, marked as such, like every other surface; or no lens.
 */
export class StyrmodellCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: StyrmodellServices) {}

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const shown = shownResultOf(this.services, document);
        const analysis = shown?.analysis;
        if (!analysis) return [];
        const note = shown.note ? ` · ${shown.note}` : '';
        const lenses: CodeLens[] = [];
        for (const goal of (document.parseResult.value as Document).elements.filter(isGoal)) {
            const view = analysis.view.goals.find(g => g.id === goal.name);
            const name = GrammarUtils.findNodeForProperty(goal.$cstNode, 'name');
            if (!view || !goal.$cstNode || !name) continue;
            const result = analysis.result?.goals.find(g => g.id === goal.name);
            const args: ShowPreviewAtArguments = [document.uri.toString(), goal.name];
            lenses.push({
                range: { start: goal.$cstNode.range.start, end: name.range.end },
                command: {
                    title: goalLensText(analysis.view, view, result, analysis.result?.year) + note,
                    command: ShowPreviewAtCommand,
                    arguments: args
                }
            });
        }
        return lenses;
    }
}

/** `3 nämndmål · 8 mått · delvis 56 % (2019)`: serving goals by level, every measure under the goal, the status. */
function goalLensText(
    model: ModelView,
    goal: GoalView,
    result: GoalResult | undefined,
    year: number | undefined
): string {
    const serving = model.goals.filter(g => g.contributesTo.includes(goal.id));
    const parts: string[] = [];
    const committee = serving.filter(g => g.level === 'nämnd').length;
    const council = serving.length - committee;
    if (council > 0) parts.push(`${council} KF-mål`);
    if (committee > 0) parts.push(`${committee} nämndmål`);
    parts.push(`${result ? result.coverage.totalMeasures : goal.measures.length} mått`);
    if (result && year !== undefined) {
        parts.push(
            `${statusWord(result.status)}${result.fulfilment === null ? '' : ` ${formatPercent(result.fulfilment)}`} (${year})`
        );
    }
    return parts.join(' · ');
}
