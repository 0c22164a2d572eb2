import type { AstNode, LangiumDocument } from 'langium';
import { type FollowUpDate, monthNumber } from '../model/follow-up-date.js';
import {
    type Base,
    type Condition,
    DEFAULT_BOUNDS,
    type FollowUpEntryView,
    type FollowUpView,
    type GoalView,
    type JudgedStatus,
    type JudgementView,
    type MeasureView,
    type ModelView,
    type NamedView,
    type SeriesPoint,
    type SourceLocation
} from '../model/model-view.js';
import { numberFits } from '../model/number-fits.js';
import { resolveDataPath } from './data-path.js';
import {
    type Base as AstBase,
    type Condition as AstCondition,
    type Document,
    type FollowUp,
    type Forecast,
    type Goal,
    isAdministration,
    isCommittee,
    isFollowUp,
    isGoal,
    isPeerGroup,
    isProgramme,
    isStrategicArea,
    isVision,
    type Judgement,
    type Measure,
    type ModelHeader
} from './generated/ast.js';

/** The file a location names: the file-system path for saved files, the URI for anything else. */
export function fileOf(document: LangiumDocument): string {
    return document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString();
}

export function locationOf(node: AstNode, file: string): SourceLocation {
    const range = node.$cstNode?.range;
    return {
        file,
        line: (range?.start.line ?? 0) + 1,
        column: (range?.start.character ?? 0) + 1,
        endLine: (range?.end.line ?? 0) + 1,
        endColumn: (range?.end.character ?? 0) + 1
    };
}

/** Builds the Langium-free view of one model from its documents (header file first). */
export function buildModelView(modelId: string, documents: LangiumDocument<Document>[]): ModelView {
    const header = documents.flatMap(d => d.parseResult.value.headers).find(h => h.name === modelId);
    const headerDoc = documents.find(d => d.parseResult.value.headers.includes(header as ModelHeader)) ?? documents[0];
    const view: ModelView = {
        id: modelId,
        title: header?.title ?? modelId,
        dataSources: [],
        bounds: { ...DEFAULT_BOUNDS },
        areas: [],
        programmes: [],
        committees: [],
        administrations: [],
        groups: [],
        goals: [],
        followUps: [],
        files: documents.map(fileOf),
        location: header
            ? locationOf(header, fileOf(headerDoc))
            : { file: fileOf(headerDoc), line: 1, column: 1, endLine: 1, endColumn: 1 }
    };
    if (header) readHeader(header, fileOf(headerDoc), view);
    for (const document of documents) {
        const file = fileOf(document);
        for (const element of document.parseResult.value.elements) {
            if (isFollowUp(element)) {
                const followUp = followUpView(element, file);
                if (followUp) view.followUps.push(followUp);
                continue;
            }
            if (!('name' in element) || typeof element.name !== 'string') continue;
            const named: NamedView = {
                id: element.name,
                title: element.title ?? element.name,
                location: locationOf(element, file),
                description: 'descriptions' in element ? element.descriptions[0]?.text : undefined
            };
            if (isVision(element)) view.vision ??= named;
            else if (isStrategicArea(element)) view.areas.push(named);
            else if (isProgramme(element)) view.programmes.push(named);
            else if (isCommittee(element)) view.committees.push(named);
            else if (isAdministration(element))
                view.administrations.push({ ...named, committee: element.committee?.$refText?.normalize('NFC') });
            else if (isPeerGroup(element)) {
                view.groups.push({
                    ...named,
                    description: element.statements.find(s => s.$type === 'Description')?.text,
                    municipalities: element.statements.flatMap(s => (s.$type === 'MembersStatement' ? s.codes : [])),
                    koladaGroups: element.statements.flatMap(s => (s.$type === 'KoladaGroupStatement' ? s.groups : []))
                });
            } else if (isGoal(element)) view.goals.push(goalView(element, file));
        }
    }
    return view;
}

function readHeader(header: ModelHeader, file: string, view: ModelView): void {
    for (const statement of header.statements) {
        switch (statement.$type) {
            case 'MunicipalityStatement':
                if (statement.code !== undefined) view.municipality ??= statement.code;
                break;
            case 'YearStatement':
                if (Number.isInteger(statement.year)) view.year ??= statement.year;
                break;
            case 'DataStatement':
                if (typeof statement.path !== 'string') break;
                view.dataSources.push({
                    path: statement.path,
                    resolvedPath: resolveDataPath(file, statement.path),
                    kpi: statement.kpi,
                    ...(statement.sheet !== undefined ? { sheet: statement.sheet } : {}),
                    location: locationOf(statement, file)
                });
                break;
            case 'AssessmentStatement':
                for (const bound of statement.bounds.filter(b => typeof b.value === 'number' && numberFits(b.value))) {
                    if (bound.kind === 'uppfyllt') view.bounds.achieved = bound.value / 100;
                    else view.bounds.partly = bound.value / 100;
                }
                break;
        }
    }
}

function refId(ref: { $refText: string } | undefined): string | undefined {
    return ref?.$refText ? ref.$refText.normalize('NFC') : undefined;
}

function goalView(goal: Goal, file: string): GoalView {
    const view: GoalView = {
        id: goal.name,
        title: goal.title ?? goal.name,
        level: 'fullmäktige',
        levelStated: false,
        contributesTo: [],
        municipalityWide: false,
        programmes: [],
        weight: 1,
        measures: [],
        location: locationOf(goal, file)
    };
    for (const statement of goal.statements) {
        switch (statement.$type) {
            case 'LevelStatement':
                if (statement.level) {
                    view.level = statement.level as GoalView['level'];
                    view.levelStated = true;
                }
                break;
            case 'AreaStatement':
                view.area = refId(statement.area);
                break;
            case 'OwnerStatement':
                view.owner = refId(statement.owner);
                break;
            case 'ContributesStatement':
                view.contributesTo.push(...statement.targets.map(refId).filter((id): id is string => !!id));
                break;
            case 'MunicipalityWideStatement':
                view.municipalityWide = true;
                break;
            case 'ProgrammesStatement':
                view.programmes.push(...statement.programmes.map(refId).filter((id): id is string => !!id));
                break;
            case 'WeightStatement':
                if (typeof statement.value === 'number' && numberFits(statement.value)) view.weight = statement.value;
                break;
            case 'Description':
                view.description ??= statement.text;
                break;
        }
    }
    // A bare `mått` line (half-typed) has no name yet: it is no measure of the model until it has one.
    view.measures = goal.measures.filter(m => typeof m.name === 'string').map(m => measureView(m, goal.name, file));
    return view;
}

function measureView(measure: Measure, goal: string, file: string): MeasureView {
    const view: MeasureView = {
        id: measure.name,
        title: measure.title ?? measure.name,
        goal,
        gender: 'T',
        weight: 1,
        thresholds: [],
        location: locationOf(measure, file)
    };
    for (const statement of measure.statements) {
        switch (statement.$type) {
            case 'KpiStatement':
                view.kpi ??= statement.kpi;
                break;
            case 'UnitStatement':
                view.unit ??= statement.unit;
                break;
            case 'DirectionStatement':
                view.direction ??= statement.direction === 'högre' ? 'higher' : 'lower';
                break;
            case 'GenderStatement':
                view.gender = statement.gender === 'kvinnor' ? 'K' : statement.gender === 'män' ? 'M' : 'T';
                break;
            case 'WeightStatement':
                if (typeof statement.value === 'number' && numberFits(statement.value)) view.weight = statement.value;
                break;
            case 'SeriesBlock': {
                const points: SeriesPoint[] = statement.points
                    .filter(p => typeof p.year === 'number' && typeof p.value === 'number' && numberFits(p.value))
                    .map(p => ({ year: p.year, value: p.value, location: locationOf(p, file) }));
                const key = ({ utfall: 'actual', riket: 'national', medel: 'mean', målvärde: 'target' } as const)[
                    statement.kind
                ];
                view[key] = [...(view[key] ?? []), ...points];
                break;
            }
            case 'ThresholdStatement': {
                if (!statement.condition) break;
                view.thresholds.push({
                    level: statement.level === 'hel' ? 'full' : 'half',
                    // A year that is no whole year is an error (invalid-year); it still orders the lines as written.
                    from: typeof statement.from === 'number' ? statement.from : undefined,
                    condition: conditionView(statement.condition, file),
                    location: locationOf(statement, file)
                });
                break;
            }
        }
    }
    return view;
}

function conditionView(condition: AstCondition, file: string): Condition {
    return {
        parts: condition.parts
            .filter(
                p =>
                    p.base !== undefined &&
                    p.operator !== undefined &&
                    typeof p.value === 'number' &&
                    numberFits(p.value)
            )
            .map(p => ({
                base: baseView(p.base),
                operator: p.operator,
                value: p.value,
                location: locationOf(p, file)
            })),
        location: locationOf(condition, file)
    };
}

function baseView(base: AstBase): Base {
    switch (base.$type) {
        case 'ValueBase':
            return { kind: 'value' };
        case 'RankBase':
            return { kind: 'rank', group: refId(base.group) };
        case 'QuartileBase':
            return { kind: 'quartile', group: refId(base.group) };
        case 'ChangeBase':
            return { kind: 'change' };
        case 'DifferenceBase':
            if (base.national) return { kind: 'diffNational' };
            if (base.mean) return { kind: 'diffMean' };
            if (base.target) return { kind: 'diffTarget' };
            return { kind: 'diffGroup', group: refId(base.group) ?? '' };
    }
}

/** A half-typed `uppföljning` without a whole year is left out of the view (its syntax error says why). */
function followUpView(followUp: FollowUp, file: string): FollowUpView | undefined {
    if (!Number.isInteger(followUp.year)) return undefined;
    const entries: FollowUpEntryView[] = [];
    for (const entry of followUp.entries) {
        const goal = refId(entry.goal);
        if (!goal) continue;
        const measure = entry.$type === 'MeasureFollowUp' ? refId(entry.measure) : undefined;
        if (entry.$type === 'MeasureFollowUp' && !measure) continue;
        const view: FollowUpEntryView = {
            kind: entry.$type === 'MeasureFollowUp' ? 'measure' : 'goal',
            goal,
            measure,
            analysis: [],
            actions: [],
            location: locationOf(entry, file)
        };
        for (const statement of entry.statements) {
            switch (statement.$type) {
                case 'Judgement':
                    view.assessment ??= judgementView(statement, file);
                    break;
                case 'Forecast':
                    view.forecast ??= judgementView(statement, file);
                    break;
                case 'AnalysisText':
                    if (typeof statement.text === 'string')
                        view.analysis.push({ text: statement.text, location: locationOf(statement, file) });
                    break;
                case 'ActionText':
                    if (typeof statement.text === 'string')
                        view.actions.push({ text: statement.text, location: locationOf(statement, file) });
                    break;
            }
        }
        entries.push(view);
    }
    const view: FollowUpView = {
        year: followUp.year,
        title: followUp.title ?? String(followUp.year),
        entries,
        location: locationOf(followUp, file)
    };
    const per = followUpDateOf(followUp);
    if (per) view.per = per;
    return view;
}

/**
 * The date of an interim follow-up as written (`per 31 augusti`); undefined for a final follow-up. A month that
 * is no month name, or a day the month does not have, still makes the follow-up an interim one (its check says
 * why), so that a typo never turns a delårsrapport into the year's final follow-up.
 */
export function followUpDateOf(followUp: FollowUp): FollowUpDate | undefined {
    if (followUp.day === undefined && followUp.month === undefined) return undefined;
    return { day: followUp.day ?? 0, month: monthNumber((followUp.month ?? '').toLowerCase()) ?? 0 };
}

/** The status in the report's JSON words; undefined when the parser read no status word. */
export function judgedStatus(statement: Judgement | Forecast): JudgedStatus | undefined {
    if (statement.notAchieved) return 'ej_uppfyllt';
    return statement.status || undefined;
}

function judgementView(statement: Judgement | Forecast, file: string): JudgementView | undefined {
    const status = judgedStatus(statement);
    if (!status) return undefined;
    return { status, motivation: statement.motivation ?? '', location: locationOf(statement, file) };
}
