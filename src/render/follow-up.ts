/**
 * The yearly follow-up (LANGUAGE.md section 8) as every report format shows it: an assessment marked
 * *bedömd* with its motivation, the computed result beside it (so a judgement is never mistaken for a
 * computation), the forecast, the analysis and the actions. Pure data for the Markdown, HTML and Word renderers.
 */
import type { GoalResult, Judgement, MeasureResult, Status } from '../fulfilment/result.js';
import { formatPercent, formatValue } from './format.js';
import { shownLocation } from './measure-facts.js';

/** The word every surface puts beside an assessed status. */
export const ASSESSED = 'bedömd';

export interface JudgementFact {
    status: Status;
    motivation: string;
    /** `uppfoljning-2019.styr rad 4`: the follow-up's line. */
    where: string;
}

export interface FollowUpFacts {
    assessment?: JudgementFact;
    /** What section 4 gives, shown beside an assessment: the status and `37 %` (a goal) or `86,2 %` (a measure's value). */
    computed?: { status: Status; detail: string };
    forecast?: JudgementFact;
    analysis: string[];
    actions: string[];
}

function judgement(j: Judgement<Status>, base: string | undefined): JudgementFact {
    return { status: j.status, motivation: j.motivation, where: shownLocation(j.location, base) };
}

export function goalFollowUp(result: GoalResult, base: string | undefined): FollowUpFacts {
    const facts: FollowUpFacts = {
        analysis: (result.analysis ?? []).map(n => n.text),
        actions: (result.actions ?? []).map(n => n.text)
    };
    if (result.assessment) {
        facts.assessment = judgement(result.assessment, base);
        const percent =
            result.computedFulfilment === null
                ? 'inget mått eller mål räknas'
                : `${formatPercent(result.computedFulfilment)} uppfyllelse`;
        facts.computed = { status: result.computedStatus, detail: percent };
    }
    if (result.forecast) {
        facts.forecast = judgement(result.forecast, base);
    }
    return facts;
}

export function measureFollowUp(
    result: MeasureResult,
    unit: string | undefined,
    base: string | undefined
): FollowUpFacts {
    const facts: FollowUpFacts = {
        analysis: (result.analysis ?? []).map(n => n.text),
        actions: (result.actions ?? []).map(n => n.text)
    };
    if (result.assessment) {
        facts.assessment = judgement(result.assessment, base);
        const value = result.value === null ? 'inget värde' : `värde ${formatValue(result.value, unit)}`;
        facts.computed = { status: result.computedStatus, detail: value };
    }
    return facts;
}

export function hasFollowUp(facts: FollowUpFacts): boolean {
    return (
        facts.assessment !== undefined ||
        facts.forecast !== undefined ||
        facts.analysis.length > 0 ||
        facts.actions.length > 0
    );
}

/** Lines of a text from the model (a motivation written with `\n` keeps its lines). */
export function textLines(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}
