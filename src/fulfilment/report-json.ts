/**
 * The machine-readable report of CLI.md (`styrmodell report --format json`). Keys are ASCII/English and
 * stable: CI jobs script against them.
 */
import { isoDate } from '../model/follow-up-date.js';
import type { GoalLevel } from '../model/model-view.js';
import type {
    AssessedGoalStatus,
    AssessedMeasureStatus,
    BaseResult,
    FollowUpNote,
    GoalResult,
    GoalStatus,
    Judgement,
    MeasureResult,
    MeasureStatus,
    ModelResult
} from './result.js';

/** `bedömning` or `prognos` in the JSON: the status in the JSON words of `status`. */
export interface ReportJudgement<S extends string> {
    status: S;
    motivation: string;
}

export interface ReportJson {
    model: string;
    municipality: string | null;
    year: number;
    /** The follow-up computed with (LANGUAGE.md section 9): `per` is the interim date, null for the final one. */
    followUp: { year: number; per: string | null; title: string } | null;
    vision: { id: string; fulfilment: number | null; status: GoalStatus } | null;
    goals: ReportGoal[];
    measures: ReportMeasure[];
}

/**
 * `fulfilment` and `status` are the final ones, after the follow-up's assessments (LANGUAGE.md section 8);
 * `computedFulfilment` and `computedStatus` are section 4's, without the goal's own assessment.
 */
export interface ReportGoal {
    id: string;
    level: GoalLevel;
    fulfilment: number | null;
    status: GoalStatus;
    computedFulfilment: number | null;
    computedStatus: GoalStatus;
    assessment: ReportJudgement<AssessedGoalStatus> | null;
    forecast: ReportJudgement<AssessedGoalStatus> | null;
    analysis: string[];
    actions: string[];
    measuresWithValue: number;
    measures: number;
}

/**
 * The rank keys appear only when the measure's conditions use the base they come from: `rank` for
 * `rang`/`kvartil`, `quartile` and `ranked` for `kvartil`, `groupRank` for `rang i`/`kvartil i`, and
 * `groupQuartile`/`groupRanked` for `kvartil i`. They are null when the base is used but cannot be computed.
 */
export interface ReportMeasure {
    id: string;
    goal: string;
    value: number | null;
    /** Final, after the follow-up's assessment. */
    status: MeasureStatus;
    /** What the thresholds that applied give. */
    computedStatus: MeasureStatus;
    assessment: ReportJudgement<AssessedMeasureStatus> | null;
    analysis: string[];
    actions: string[];
    /** The `målvärde` that applied for the year, or null. */
    target: number | null;
    /** The condition text of the `hel` and `halv` lines that applied for the year, each or null. */
    threshold: { hel: string | null; halv: string | null };
    rank?: number | null;
    quartile?: number | null;
    ranked?: number | null;
    groupRank?: number | null;
    groupQuartile?: number | null;
    groupRanked?: number | null;
}

/**
 * The report of one organisation (`report --ansvarig`): the goals it owns with their measures, and the goals
 * above them (the chain, for context) without theirs. `owner` names it at the top.
 */
export function scopedReportJson(
    json: ReportJson,
    owner: string,
    scope: { owned: ReadonlySet<string>; chain: ReadonlySet<string> }
): ReportJson & { owner: string } {
    return {
        ...json,
        owner,
        goals: json.goals.filter(goal => scope.owned.has(goal.id) || scope.chain.has(goal.id)),
        measures: json.measures.filter(measure => scope.owned.has(measure.goal))
    };
}

export function toReportJson(result: ModelResult): ReportJson {
    return {
        model: result.model,
        municipality: result.municipality ?? null,
        year: result.year,
        followUp: result.followUp
            ? {
                  year: result.followUp.year,
                  per: result.followUp.per ? isoDate(result.followUp.year, result.followUp.per) : null,
                  title: result.followUp.title
              }
            : null,
        vision: result.vision
            ? { id: result.vision.id, fulfilment: result.vision.fulfilment, status: result.vision.status }
            : null,
        goals: result.goals.map(reportGoal),
        measures: result.measures.map(reportMeasure)
    };
}

function judgement<S extends string>(
    value: Judgement<S & GoalStatus> | Judgement<S & MeasureStatus> | undefined
): ReportJudgement<S> | null {
    return value ? { status: value.status, motivation: value.motivation } : null;
}

function texts(notes: readonly FollowUpNote[]): string[] {
    return notes.map(note => note.text);
}

function reportGoal(goal: GoalResult): ReportGoal {
    return {
        id: goal.id,
        level: goal.level,
        fulfilment: goal.fulfilment,
        status: goal.status,
        computedFulfilment: goal.computedFulfilment,
        computedStatus: goal.computedStatus,
        assessment: judgement<AssessedGoalStatus>(goal.assessment),
        forecast: judgement<AssessedGoalStatus>(goal.forecast),
        analysis: texts(goal.analysis),
        actions: texts(goal.actions),
        // LANGUAGE.md 4.6: a goal's measures are its own and every goal's under it, each once (as every surface counts).
        measuresWithValue: goal.coverage.totalMeasuresWithValue,
        measures: goal.coverage.totalMeasures
    };
}

function reportMeasure(measure: MeasureResult): ReportMeasure {
    const out: ReportMeasure = {
        id: measure.id,
        goal: measure.goal,
        value: measure.value,
        status: measure.status,
        computedStatus: measure.computedStatus,
        assessment: judgement<AssessedMeasureStatus>(measure.assessment),
        analysis: texts(measure.analysis),
        actions: texts(measure.actions),
        target: measure.target?.value ?? null,
        threshold: { hel: measure.full?.text ?? null, halv: measure.half?.text ?? null }
    };
    const find = (kind: 'rank' | 'quartile', inGroup: boolean): BaseResult | undefined =>
        measure.bases.find(
            base => base.base.kind === kind && ('group' in base.base && base.base.group !== undefined) === inGroup
        );

    const rank = find('rank', false);
    const quartile = find('quartile', false);
    if (rank || quartile) {
        out.rank = (rank ?? quartile)!.rank ?? null;
    }
    if (quartile) {
        out.quartile = quartile.quartile ?? null;
        out.ranked = quartile.ranked ?? null;
    }
    const groupRank = find('rank', true);
    const groupQuartile = find('quartile', true);
    if (groupRank || groupQuartile) {
        out.groupRank = (groupRank ?? groupQuartile)!.rank ?? null;
    }
    if (groupQuartile) {
        out.groupQuartile = groupQuartile.quartile ?? null;
        out.groupRanked = groupQuartile.ranked ?? null;
    }
    return out;
}
