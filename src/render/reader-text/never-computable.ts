/**
 * A measure compared with riket or with the mean of all municipalities where no year of the data can give that
 * comparison (the check `base-never-computable`), in plain words for the quality appendix: the measure by its
 * title and the comparison in words, never the model's `skillnad mot riket` (READERS.md 1).
 */
import type { Comparison, MeasureView, ModelView } from '../../model/model-view.js';
import type { ReportWarning } from '../render-input.js';
import { holdsWarning } from './warning-place.js';

/** The measure whose text holds the warning's line, and the comparison on that line the warning is about. */
function comparisonAt(view: ModelView, warning: ReportWarning): { measure: MeasureView; part: Comparison } | undefined {
    for (const goal of view.goals) {
        for (const measure of goal.measures) {
            if (!holdsWarning(measure.location, warning)) continue;
            const part = measure.thresholds
                .flatMap(t => t.condition.parts)
                .find(
                    p =>
                        p.location.line === warning.line &&
                        (p.base.kind === 'diffNational' || p.base.kind === 'diffMean')
                );
            return part === undefined ? undefined : { measure, part };
        }
    }
    return undefined;
}

/** The sentence; undefined when the warning's line is not such a comparison in a measure (the message is used). */
export function neverComputableSentence(view: ModelView, warning: ReportWarning): string | undefined {
    const found = comparisonAt(view, warning);
    if (found === undefined) {
        return undefined;
    }
    const name = `Måttet ”${found.measure.title}”`;
    if (found.part.base.kind === 'diffMean') {
        return `${name} jämförs med medel för landets kommuner, men medelvärdet kan aldrig räknas eftersom måttet inte har något nyckeltal.`;
    }
    return found.measure.kpi === undefined
        ? `${name} jämförs med riket, men riksvärdet kan aldrig hämtas eftersom måttet inte har något nyckeltal.`
        : `${name} jämförs med riket, men datan har inget riksvärde för något år, så jämförelsen kan aldrig räknas.`;
}
