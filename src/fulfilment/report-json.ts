/**
 * The machine-readable report of CLI.md (`styrmodell report --format json`). Keys are ASCII/English and
 * stable: CI jobs script against them.
 */
import type { GoalLevel } from '../model/model-view.js';
import type { BaseResult, GoalStatus, MeasureResult, MeasureStatus, ModelResult } from './result.js';

export interface ReportJson {
    model: string;
    municipality: string | null;
    year: number;
    vision: { id: string; fulfilment: number | null; status: GoalStatus } | null;
    goals: ReportGoal[];
    measures: ReportMeasure[];
}

export interface ReportGoal {
    id: string;
    level: GoalLevel;
    fulfilment: number | null;
    status: GoalStatus;
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
    status: MeasureStatus;
    rank?: number | null;
    quartile?: number | null;
    ranked?: number | null;
    groupRank?: number | null;
    groupQuartile?: number | null;
    groupRanked?: number | null;
}

export function toReportJson(result: ModelResult): ReportJson {
    return {
        model: result.model,
        municipality: result.municipality ?? null,
        year: result.year,
        vision: result.vision
            ? { id: result.vision.id, fulfilment: result.vision.fulfilment, status: result.vision.status }
            : null,
        goals: result.goals.map((goal) => ({
            id: goal.id,
            level: goal.level,
            fulfilment: goal.fulfilment,
            status: goal.status,
            measuresWithValue: goal.coverage.measuresWithValue,
            measures: goal.coverage.measures
        })),
        measures: result.measures.map(reportMeasure)
    };
}

function reportMeasure(measure: MeasureResult): ReportMeasure {
    const out: ReportMeasure = { id: measure.id, goal: measure.goal, value: measure.value, status: measure.status };
    const find = (kind: 'rank' | 'quartile', inGroup: boolean): BaseResult | undefined =>
        measure.bases.find((base) => base.base.kind === kind && ('group' in base.base && base.base.group !== undefined) === inGroup);

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
