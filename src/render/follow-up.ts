/**
 * The yearly follow-up (LANGUAGE.md section 8) as every report format shows it: an assessment marked
 * *bedömd* with its motivation, the computed result beside it (so a judgement is never mistaken for a
 * computation), the forecast, the analysis and the actions. Pure data for the Markdown, HTML and Word renderers.
 */
import type { GoalResult, Judgement, MeasureResult, ModelResult, Status } from '../fulfilment/result.js';
import { dateWords, interimAssessmentLabel } from '../model/follow-up-date.js';
import { measureKey } from '../model/measure-key.js';
import { formatPercent, formatValue } from './format.js';
import { shownLocation } from './measure-facts.js';
import type { GoalNode, MeasureNode, ReportTree } from './report-model.js';

/** The word every surface puts beside an assessed status. */
export const ASSESSED = 'bedömd';

export interface JudgementFact {
    status: Status;
    motivation: string;
    /** `uppfoljning-2019.styr rad 4`: the follow-up's line. */
    where: string;
}

export interface FollowUpFacts {
    /**
     * What the assessment is called: `Bedömning`, or in an interim follow-up (LANGUAGE.md section 9)
     * `Prognos för helåret, bedömd per 31 augusti`.
     */
    assessmentLabel: string;
    assessment?: JudgementFact;
    /** What section 4 gives, shown beside an assessment: the status and `37 %` (a goal) or `86,2 %` (a measure's value). */
    computed?: { status: Status; detail: string };
    forecast?: JudgementFact;
    analysis: string[];
    actions: string[];
    /** In an interim report: the previous year's final status of the goal or measure. */
    previous?: { year: number; status: Status };
}

/** A report's heading for its result: `Uppföljning 2024`, or `Delårsrapport 2024 per 31 augusti` (section 9). */
export function reportHeading(result: Pick<ModelResult, 'year' | 'followUp'>): string {
    const per = result.followUp?.per;
    return per ? `Delårsrapport ${result.year} per ${dateWords(per)}` : `Uppföljning ${result.year}`;
}

/** What the renderers pass in: the shown result's interim date, and the goal's or measure's previous year. */
export interface FollowUpContext {
    label: string;
    previous?: { year: number; status: Status };
}

/** The interim date and previous year's final status of a node of the tree (nothing beyond the label for a final report). */
export function followUpContext(tree: ReportTree, node: GoalNode | MeasureNode): FollowUpContext {
    const per = tree.result.followUp?.per;
    const context: FollowUpContext = { label: per ? interimAssessmentLabel(per) : 'Bedömning' };
    const previous = tree.previous;
    if (per && previous) {
        const status =
            node.kind === 'goal'
                ? previous.goals.find(g => g.id === node.view.id)?.status
                : previous.measures.find(m => measureKey(m) === measureKey(node.view))?.status;
        if (status) context.previous = { year: previous.year, status };
    }
    return context;
}

function judgement(j: Judgement<Status>, base: string | undefined): JudgementFact {
    return { status: j.status, motivation: j.motivation, where: shownLocation(j.location, base) };
}

function baseFacts(
    result: GoalResult | MeasureResult,
    context: FollowUpContext = { label: 'Bedömning' }
): FollowUpFacts {
    const facts: FollowUpFacts = {
        assessmentLabel: context.label,
        analysis: (result.analysis ?? []).map(n => n.text),
        actions: (result.actions ?? []).map(n => n.text)
    };
    if (context.previous) facts.previous = context.previous;
    return facts;
}

export function goalFollowUp(result: GoalResult, base: string | undefined, context?: FollowUpContext): FollowUpFacts {
    const facts = baseFacts(result, context);
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
    base: string | undefined,
    context?: FollowUpContext
): FollowUpFacts {
    const facts = baseFacts(result, context);
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
        facts.previous !== undefined ||
        facts.analysis.length > 0 ||
        facts.actions.length > 0
    );
}

/** Lines of a text from the model (a motivation written with `\n` keeps its lines). */
export function textLines(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}
