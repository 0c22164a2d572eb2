/**
 * A typed, Langium-free view of one parsed and linked styrmodell (all its files).
 * The language layer builds it; the fulfilment engine, the CLI, the renderers and the diff consume it.
 * References are resolved to ids (NFC-normalised names); locations point back into the .styr files.
 */

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

/** One `ÅR VÄRDE` line of an `utfall`, `riket` or `medel` block. */
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
    full?: Condition;
    half?: Condition;
    location: SourceLocation;
}

export interface GoalView {
    id: string;
    title: string;
    level: GoalLevel;
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
    location: SourceLocation;
}

/** Goal classification bounds as fractions of full fulfilment (defaults 0.75 and 0.5). */
export interface AssessmentBounds {
    achieved: number;
    partly: number;
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
    /** The model's files, header file first. */
    files: string[];
    location: SourceLocation;
}

export const DEFAULT_BOUNDS: AssessmentBounds = { achieved: 0.75, partly: 0.5 };
