import { AstUtils } from 'langium';
import { calibrate } from '../fulfilment/index.js';
import type { ModelAnalysisResult } from '../language/analysis/model-analysis.js';
import { isGoal, isMeasure, type ThresholdStatement } from '../language/generated/ast.js';
import { fileOf } from '../language/model-view/locations.js';
import { sameMeasure } from '../model/measure-key.js';
import { calibrationHistory, calibrationReach } from '../render/reader-text/index.js';

/**
 * The hover on a `hel`/`halv` line (Build item 5 of issue 16): how many municipalities meet the line in the model's
 * year and in which of the municipality's last five years it would have held. The engine computes it from the
 * data the model already reads; the reader text words it. Undefined when the line is not in the model's view
 * (a parse error) or the model has no year.
 */
export function calibrationMarkdown(
    statement: ThresholdStatement,
    analysis: ModelAnalysisResult | undefined
): string | undefined {
    if (analysis?.year === undefined) return undefined;
    const measureNode = statement.$container;
    const goalNode = isMeasure(measureNode) ? measureNode.$container : undefined;
    if (!isMeasure(measureNode) || !isGoal(goalNode)) return undefined;
    const measure = analysis.view.goals
        .find(goal => goal.id === goalNode.name)
        ?.measures.find(m => sameMeasure(m, { goal: goalNode.name, id: measureNode.name }));
    const line = (statement.$cstNode?.range.start.line ?? -1) + 1;
    const file = fileOf(AstUtils.getDocument(statement));
    const threshold = measure?.thresholds.find(t => t.location.line === line && t.location.file === file);
    if (!measure || !threshold) return undefined;
    const calibration = calibrate(analysis.view, analysis.data.lookup, analysis.year, measure, threshold);
    const group =
        calibration.among.kind === 'group'
            ? analysis.view.groups.find(g => g.id === (calibration.among as { id: string }).id)?.title
            : undefined;
    return [
        `**Hur svårt är gränsvärdet?** (${analysis.year})`,
        '',
        calibrationReach(calibration, group, measure.kpi !== undefined),
        '',
        calibrationHistory(calibration)
    ].join('\n');
}
