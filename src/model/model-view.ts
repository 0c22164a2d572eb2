/**
 * A typed, Langium-free view of one parsed and linked styrmodell (all its files).
 * The language layer builds it; the fulfilment engine, the CLI, the renderers and the diff consume it.
 * References are resolved to ids (NFC-normalised names); locations point back into the .styr files.
 */
import type { FollowUpDate } from './follow-up-date.js';

/** A place in a source file: `file` is an absolute path (or URI string for unsaved editor documents). */
export interface SourceLocation {
    file: string;
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
    endLine: number;
    endColumn: number;
}

export type GoalLevel = 'fullmäktige' | 'nämnd';
export type Operator = '>=' | '>' | '<=' | '<' | '=';
/** `högre är bättre` is 'higher', `lägre är bättre` is 'lower'. */
export type Direction = 'higher' | 'lower';
/** Kolada's gender codes: T totalt, K kvinnor, M män. */
export type Gender = 'T' | 'K' | 'M';

/** What a condition compares (LANGUAGE.md section 3, "Bases"). `group` is a jämförelsegrupp id. */
export type Base =
    | { kind: 'value' }
    | { kind: 'rank'; group?: string }
    | { kind: 'quartile'; group?: string }
    | { kind: 'diffNational' }
    | { kind: 'diffMean' }
    | { kind: 'diffGroup'; group: string }
    /** `skillnad mot målvärde`: the value minus the `målvärde` that applies for the year (section 7). */
    | { kind: 'diffTarget' }
    | { kind: 'change' };

export interface Comparison {
    base: Base;
    operator: Operator;
    value: number;
    location: SourceLocation;
}

/** `BAS OP TAL (och BAS OP TAL)*`: every part must hold. */
export interface Condition {
    parts: Comparison[];
    location: SourceLocation;
}

/**
 * One `hel när ...` or `halv när ...` line. A measure may hold several of each level, told apart by `från`
 * (LANGUAGE.md section 7): for a year the line with the greatest `från` at or before it applies, and a line
 * without `från` applies before the first `från`.
 */
export interface ThresholdLine {
    level: 'full' | 'half';
    /** `från ÅR`; undefined when the line has none. */
    from?: number;
    condition: Condition;
    /** The whole line. */
    location: SourceLocation;
}

/** One `ÅR VÄRDE` line of an `utfall`, `riket`, `medel` or `målvärde` block. */
export interface SeriesPoint {
    year: number;
    value: number;
    location: SourceLocation;
}

export interface MeasureView {
    id: string;
    title: string;
    /** Id of the goal the measure stands in. */
    goal: string;
    /** Kolada id (`U21468`) or an own series id (`telefon-direktsvar`). */
    kpi?: string;
    unit?: string;
    direction?: Direction;
    gender: Gender;
    weight: number;
    /** `utfall { }`: own values; when present they are the measure's values (data is not consulted). */
    actual?: SeriesPoint[];
    /** `riket { }`: the national value typed in the model; overrides data code 0000. */
    national?: SeriesPoint[];
    /** `medel { }`: the mean typed in the model; overrides the mean computed from data. */
    mean?: SeriesPoint[];
    /** `målvärde { }`: the target per year; a year without a line takes the latest earlier one. */
    target?: SeriesPoint[];
    /** Every `hel när` and `halv när` line, in source order. */
    thresholds: ThresholdLine[];
    location: SourceLocation;
}

export interface GoalView {
    id: string;
    title: string;
    level: GoalLevel;
    /** False while the goal does not say its level (half-typed): `level` is then only the engine's default. */
    levelStated?: boolean;
    /** Inriktning id. */
    area?: string;
    /** Nämnd or förvaltning id. */
    owner?: string;
    /** Ids of the goals (or the vision) this goal serves. */
    contributesTo: string[];
    municipalityWide: boolean;
    programmes: string[];
    weight: number;
    description?: string;
    measures: MeasureView[];
    location: SourceLocation;
}

export interface NamedView {
    id: string;
    title: string;
    description?: string;
    location: SourceLocation;
}

export interface AdministrationView extends NamedView {
    /** The nämnd it is under. */
    committee?: string;
}

export interface PeerGroupView extends NamedView {
    /** Codes written with `kommuner "NNNN" ...`. */
    municipalities: string[];
    /** Kolada group ids written with `kolada GNNNN`; their members come from a groups metadata file. */
    koladaGroups: string[];
}

export interface DataSourceView {
    /** As written in the model. */
    path: string;
    /** Absolute path, resolved against the file that names it. */
    resolvedPath: string;
    /** `nyckeltal K` on the data line: the file holds this one KPI. */
    kpi?: string;
    /** `blad "namn"` on the data line: the workbook sheet to read (the first when absent). */
    sheet?: string;
    location: SourceLocation;
}

/** Goal classification bounds as fractions of full fulfilment (defaults 0.75 and 0.5). */
export interface AssessmentBounds {
    achieved: number;
    partly: number;
}

/**
 * A status a follow-up writes in `bedömning` or `prognos`, in the report's JSON words. The grammar accepts both
 * kinds' words on goals and measures (a check reports the wrong kind); the engine only applies the right kind.
 */
export type JudgedStatus = 'hel' | 'halv' | 'ingen' | 'uppfyllt' | 'delvis' | 'ej_uppfyllt';

/** `bedömning STATUS "motivering"` or `prognos STATUS "motivering"`; `location` is the line (provenance). */
export interface JudgementView {
    status: JudgedStatus;
    motivation: string;
    location: SourceLocation;
}

/** One `analys "..."` or `åtgärd "..."` line. */
export interface FollowUpTextView {
    text: string;
    location: SourceLocation;
}

/** What one `uppföljning` says about one goal (`mål Id { }`) or one measure (`mått MålId.MåttId { }`). */
export interface FollowUpEntryView {
    kind: 'goal' | 'measure';
    /** The goal's id; for a measure, the goal it stands in. */
    goal: string;
    /** The measure's id (kind 'measure' only). */
    measure?: string;
    assessment?: JudgementView;
    analysis: FollowUpTextView[];
    actions: FollowUpTextView[];
    /** Goals only. */
    forecast?: JudgementView;
    location: SourceLocation;
}

/**
 * `uppföljning ÅR "titel" { ... }` (LANGUAGE.md section 8), the year's final follow-up (årsredovisning), or with
 * `per DAG MÅNAD` an interim follow-up of that date (delårsrapport, section 9).
 */
export interface FollowUpView {
    year: number;
    /** The interim follow-up's date; undefined for the year's final follow-up. */
    per?: FollowUpDate;
    title: string;
    /** In source order; an entry named twice is a check's concern, the engine takes the first. */
    entries: FollowUpEntryView[];
    location: SourceLocation;
}

export interface ModelView {
    id: string;
    title: string;
    /** Kolada municipality code (four digits). */
    municipality?: string;
    year?: number;
    dataSources: DataSourceView[];
    bounds: AssessmentBounds;
    vision?: NamedView;
    areas: NamedView[];
    programmes: NamedView[];
    committees: NamedView[];
    administrations: AdministrationView[];
    groups: PeerGroupView[];
    /** Every goal of the model in source order (header file first, then the other files by path). */
    goals: GoalView[];
    /**
     * Every `uppföljning` of the model, final and interim, in file order; a valid model has at most one final
     * follow-up a year and one interim follow-up per year and date.
     */
    followUps: FollowUpView[];
    /** The model's files, header file first. */
    files: string[];
    location: SourceLocation;
}

export const DEFAULT_BOUNDS: AssessmentBounds = { achieved: 0.75, partly: 0.5 };
