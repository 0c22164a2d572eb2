/**
 * The engine's output: every number a renderer, hover or report shows, with where it came from.
 * Plain, JSON-serialisable objects (no Maps, no class instances) so that the language server can send
 * them to the preview webview as they are.
 */
import type { FollowUpDate } from '../model/follow-up-date.js';
import type { Base, Comparison, Condition, Direction, GoalLevel, SourceLocation } from '../model/model-view.js';
import type { Cause } from './cause.js';

/** ASCII status keys, as in CLI.md's `report --format json`. Display words live in status.ts. */
export type MeasureStatus = 'hel' | 'halv' | 'ingen' | 'saknas' | 'ej_bedomd';
export type GoalStatus = 'uppfyllt' | 'delvis' | 'ej_uppfyllt' | 'saknas';
export type Status = MeasureStatus | GoalStatus;

/** Where one number came from: a data file row, or a line of an `utfall`/`riket`/`medel` block. */
export type Origin =
    | { kind: 'data'; file: string; line: number; sheet?: string }
    | { kind: 'model'; block: 'utfall' | 'riket' | 'medel' | 'målvärde'; location: SourceLocation };

export interface SourcedValue {
    year: number;
    value: number;
    origin: Origin;
}

/** How a jämförelsegrupp was used by a base. */
export interface GroupUse {
    id: string;
    /**
     * The municipalities the base looked at: the group's listed codes and Kolada group members, and for
     * `rang i`/`kvartil i` also the model's own municipality.
     */
    members: string[];
    /** Members with a value for the year, i.e. the ones ranked or averaged. */
    withValue: string[];
    /** Members without a value for the year: left out, never counted as 0. */
    withoutValue: string[];
}

/** A mean the base compared against: typed in `medel { }` (origin) or computed from data (count). */
export interface MeanUse {
    value: number;
    /** Set when the mean was typed in the model. */
    origin?: Origin;
    /** Set when the mean was computed: how many municipalities had a value. */
    count?: number;
}

/**
 * One base of one measure for one year (`rang i Länet`), shared by every comparison that uses it.
 * `value` is the base's number (the rank, the difference, ...); null when it cannot be computed, with
 * `cause` saying why.
 */
export interface BaseResult {
    base: Base;
    /** The base as a planner writes it: `värde`, `rang i Länet`, `skillnad mot riket`. */
    text: string;
    value: number | null;
    cause?: Cause;
    /** The measure's own value the base started from. */
    own?: SourcedValue;
    /** `rang`/`kvartil` (with or without a group): the rank (1 = best) and how many were ranked. */
    rank?: number;
    ranked?: number;
    /** `kvartil`: 1..4. */
    quartile?: number;
    /** `skillnad mot riket`: the national value (data code 0000 or `riket { }`). */
    national?: SourcedValue;
    /** `skillnad mot medel` and `skillnad mot Grupp`: the mean compared against. */
    mean?: MeanUse;
    /** `skillnad mot målvärde`: the target that applied (its `year` is the line's, maybe before the year). */
    target?: SourcedValue;
    /** `förändring`: the previous year's value. */
    previous?: SourcedValue;
    group?: GroupUse;
}

export interface ComparisonResult {
    comparison: Comparison;
    /** `rang <= 10`. */
    text: string;
    base: BaseResult;
    /** null: the base could not be computed. */
    holds: boolean | null;
}

export interface ConditionResult {
    which: 'full' | 'half';
    condition: Condition;
    /** The `från` year of the line that applied; undefined for a line without `från`. */
    from?: number;
    /** The whole `hel när`/`halv när` line that applied this year (provenance). */
    line: SourceLocation;
    /** `rang <= 10 och värde >= 80`. */
    text: string;
    /** true: every part holds; null: some part cannot be computed (undecidable); false otherwise. */
    holds: boolean | null;
    parts: ComparisonResult[];
    /** Why undecidable: the first undecidable part's cause. */
    cause?: Cause;
    /**
     * The base of that part. Kept beside the cause because a compact report leaves out `parts`, and two bases
     * can share a cause (`rang` and `skillnad mot medel` both lack a `nyckeltal`).
     */
    undecidedBase?: Base;
}

/** One year of a measure's series (for sparklines). */
export interface SeriesValue {
    year: number;
    value: number;
    origin: Origin;
}

/** Measure statuses a follow-up can assess with. */
export type AssessedMeasureStatus = 'hel' | 'halv' | 'ingen';
/** Goal statuses a follow-up can assess (or forecast) with. */
export type AssessedGoalStatus = 'uppfyllt' | 'delvis' | 'ej_uppfyllt';

/**
 * `bedömning STATUS "motivering"` (or `prognos`) as the engine applied it; `location` is the follow-up's line.
 * A renderer shows it marked *bedömd*, with the motivation, beside the computed result.
 */
export interface Judgement<S extends Status> {
    status: S;
    motivation: string;
    location: SourceLocation;
}

/** One `analys` or `åtgärd` line of the follow-up for the result's year. */
export interface FollowUpNote {
    text: string;
    location: SourceLocation;
}

/** The `uppföljning` the result was computed with: the year's final one, or an interim one (`per`). */
export interface FollowUpInfo {
    year: number;
    /** The interim follow-up's date (LANGUAGE.md section 9); undefined for the year's final follow-up. */
    per?: FollowUpDate;
    title: string;
    location: SourceLocation;
}

/** A municipality in a standing: its code, value, and name when a metadata file gives one. */
export interface StandingEntry {
    code: string;
    value: number;
    name?: string;
}

/**
 * How the municipality stands among the others for the year (READERS.md 4; standing.ts): every municipality
 * with a value (the own one with its own value), unordered (a renderer sorts what it draws); the rank in the measure's direction; Riket; the
 * group the conditions compare with; kvinnor and män where the data divides the KPI by gender.
 */
export interface Standing {
    year: number;
    own: StandingEntry;
    /** How many municipalities have a value (the own one included). */
    count: number;
    /** 1 = best (ties share the better rank), as `rang` ranks; absent without a direction. */
    rank?: number;
    direction?: Direction;
    lowest: StandingEntry;
    median: number;
    highest: StandingEntry;
    /** Riket's value (data code 0000 or `riket { }`). */
    national?: number;
    /** Every municipality's code and value, in the data's order (shared between results: never change them). */
    codes: string[];
    values: number[];
    /** The members of the group a condition compares with, the own municipality first when it is not one. */
    group?: { id: string; title?: string; members: Array<{ code: string; value: number | null; name?: string }> };
    /** The own value for kvinnor and män, where the data has both. */
    genders?: { women: number; men: number };
}

export interface MeasureResult {
    id: string;
    title: string;
    goal: string;
    location: SourceLocation;
    /** The measure's `enhet`, so that every surface shows the value with it. */
    unit?: string;
    year: number;
    value: number | null;
    /** Where `value` came from. */
    valueSource?: SourcedValue;
    /** The final status: the follow-up's assessment when there is one, else `computedStatus`. */
    status: MeasureStatus;
    /** 1, 0.5 or 0 for hel, halv, ingen; null when not counted (saknas, ej bedömd). Final, like `status`. */
    score: number | null;
    /** What the thresholds give (section 4), whether or not the measure is assessed. */
    computedStatus: MeasureStatus;
    computedScore: number | null;
    /** The follow-up's `bedömning` for the year. */
    assessment?: Judgement<AssessedMeasureStatus>;
    /** The follow-up's `analys` and `åtgärd` lines for the year (empty without a follow-up). */
    analysis: FollowUpNote[];
    actions: FollowUpNote[];
    /** The `målvärde` that applied for the year, with its line; null when the measure has none for the year. */
    target: SourcedValue | null;
    weight: number;
    /**
     * The `hel`/`halv` lines that applied this year (section 7), both always evaluated (so hover can show
     * every base); see `decidedBy`. Absent when no line of that level applies.
     */
    full?: ConditionResult;
    half?: ConditionResult;
    /** The condition the computed decision stopped at; undefined for ej bedömd and for a missing value. */
    decidedBy?: 'full' | 'half';
    /** Why the computed status is saknas or ej bedömd. */
    cause?: Cause;
    /** Every distinct base the measure's conditions use, in order of appearance. */
    bases: BaseResult[];
    /** Every year with a value (from `utfall` when the measure has one, else from data), ascending. */
    series: SeriesValue[];
    /** How the municipality stands among the others this year; absent without data for other municipalities. */
    standing?: Standing;
}

/** One item of a goal's (or the vision's) weighted mean. */
export interface Contribution {
    kind: 'measure' | 'goal';
    id: string;
    weight: number;
    /** Measure score or goal fulfilment, 0..1. */
    score: number;
}

export interface Exclusion {
    kind: 'measure' | 'goal';
    id: string;
    /** Swedish: why it is left out of the mean (`saknas`, `ej bedömd`, `vikt 0`, `cykel`). */
    reason: string;
}

export interface Coverage {
    /** The goal's own measures. */
    measures: number;
    measuresWithValue: number;
    /** Own measures plus those of every goal contributing to it, recursively, each measure once. */
    totalMeasures: number;
    totalMeasuresWithValue: number;
}

interface RollUpResult {
    id: string;
    title: string;
    location: SourceLocation;
    /** 0..1; null when nothing was counted. Final: 1, 0.5 or 0 when the goal is assessed. */
    fulfilment: number | null;
    /** Final: the assessment when there is one. */
    status: GoalStatus;
    /** The items of the weighted mean, with their weights. */
    counted: Contribution[];
    /** Items present but left out of the mean, with the reason. */
    excluded: Exclusion[];
    coverage: Coverage;
    /** Ids of the goals that contribute (`bidrar till`) to this one, in model order. */
    contributors: string[];
}

export interface GoalResult extends RollUpResult {
    /** Section 4's number from its measures and contributing goals (as assessed), without its own assessment. */
    computedFulfilment: number | null;
    computedStatus: GoalStatus;
    /** The follow-up's `bedömning` for the year. */
    assessment?: Judgement<AssessedGoalStatus>;
    /** The follow-up's `prognos`: shown beside the status, changes nothing. */
    forecast?: Judgement<AssessedGoalStatus>;
    analysis: FollowUpNote[];
    actions: FollowUpNote[];
    level: GoalLevel;
    weight: number;
    /** Ids of its own measures, in model order. */
    measures: string[];
}

export type VisionResult = RollUpResult;

/**
 * One inriktning's roll-up (area-roll-up.ts): the weighted mean of its KF goals, and how many goals and
 * measures under it are in each status. `id` null gathers the KF goals without a known inriktning.
 */
export interface AreaResult {
    id: string | null;
    /** Ids of its KF goals, in model order. */
    goals: string[];
    fulfilment: number | null;
    status: GoalStatus;
    counted: Contribution[];
    excluded: Exclusion[];
    /** The KF goals, every goal contributing to them and all their measures, each counted once. */
    counts: { goals: Partial<Record<GoalStatus, number>>; measures: Partial<Record<MeasureStatus, number>> };
}

export interface ModelResult {
    model: string;
    title: string;
    /** The model's `kommun`; undefined when the model names none (then every data value is missing). */
    municipality?: string;
    year: number;
    bounds: { achieved: number; partly: number };
    vision?: VisionResult;
    /** One per inriktning in model order, then (id null) the KF goals without one, if any. */
    areas?: AreaResult[];
    /** The follow-up computed with: the year's final one, or the interim one asked for; none without. */
    followUp?: FollowUpInfo;
    /** In model order. */
    goals: GoalResult[];
    /** In model order (goal by goal, measure by measure). */
    measures: MeasureResult[];
}
