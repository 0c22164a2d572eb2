/**
 * What every report format says about a measure beyond its status, built once here so Markdown, HTML,
 * the preview and Word say the same: the thresholds that applied that year in the model's words and in
 * plain Swedish, the last five years with their statuses, and where the numbers come from.
 */
import type { ConditionResult, MeasureResult, Status } from '../fulfilment/result.js';
import { conditionText } from '../fulfilment/text.js';
import { isKoladaId } from '../model/kolada-id.js';
import type { Condition, MeasureView, ModelView } from '../model/model-view.js';
import { formatFixed, formatValue, relativePath, sharedDecimals } from './format.js';
import { type PlainContext, plainCondition } from './plain-threshold.js';
import type { GoalNode, MeasureNode, ReportTree } from './report-model.js';

/** How many years a measure's history shows (the year shown and the four before it). */
const HISTORY_YEARS = 5;

/** What a report says in place of the thresholds of a measure that has none. */
export const NO_THRESHOLDS = 'inga (måttet bedöms inte mot ett gränsvärde)';

export interface ThresholdFact {
    which: 'hel' | 'halv';
    /** The line's `från` year, when it has one. */
    from?: number;
    /** As the model says it: `hel när rang <= 10`. */
    model: string;
    /** In plain Swedish: `topp 10 bland landets kommuner`. */
    plain: string;
}

export interface YearFact {
    year: number;
    /** `87,5 %`, or `–` without a value. */
    value: string;
    status: Status;
    /** The status is a follow-up's assessment (*bedömd*), not a computation. */
    assessed: boolean;
    /** The `målvärde` that applied that year, as shown; undefined when none did. */
    target?: string;
    /** The year the report shows. */
    current: boolean;
}

export interface MeasureFacts {
    thresholds: ThresholdFact[];
    /** The last five years up to the year shown that the report has results for, oldest first. */
    history: YearFact[];
    /** `Kolada U21468: Andel …`, `utfall i modellen (ks.styr rad 62)`, `egen serie i data/resultat.csv`. */
    source: string;
    /** `90 %` (`målvärde` for 2019, or `för 2018` when an earlier line still applies); undefined without one. */
    target?: string;
}

function plainContext(view: ModelView, measure: MeasureView, result?: MeasureResult): PlainContext {
    const titles = new Map(view.groups.map(g => [g.id, g.title]));
    const context: PlainContext = { groupTitle: id => titles.get(id) };
    // Stryker disable next-line OptionalChaining: every caller passes the result
    if (result?.target) {
        context.target = result.target.value;
    }
    if (measure.unit !== undefined) {
        context.unit = measure.unit;
    }
    if (measure.direction !== undefined) {
        context.direction = measure.direction;
    }
    return context;
}

/**
 * The condition of the line that applied: the engine's own copy when it kept it, else the view's line at the
 * same place, or with the same text (the HTML report leaves the engine's copy out to stay small).
 */
function appliedCondition(result: ConditionResult, measure: MeasureView): Condition | undefined {
    if (result.condition !== undefined) {
        return result.condition;
    }
    const level = result.which;
    const lines = measure.thresholds.filter(line => line.level === level);
    const atLine = result.line
        ? lines.find(line => line.location.line === result.line.line && line.location.file === result.line.file)
        : undefined;
    return (atLine ?? lines.find(line => conditionText(line.condition) === result.text))?.condition;
}

/** The `hel` and `halv` lines that applied in the result's year, each in the model's words and in plain Swedish. */
export function thresholdFacts(view: ModelView, measure: MeasureView, result: MeasureResult): ThresholdFact[] {
    const context = plainContext(view, measure, result);
    const facts: ThresholdFact[] = [];
    for (const [which, applied] of [
        ['hel', result.full],
        ['halv', result.half]
    ] as const) {
        if (applied === undefined) {
            continue;
        }
        const condition = appliedCondition(applied, measure);
        const from = applied.from !== undefined ? ` från ${applied.from}` : '';
        const fact: ThresholdFact = {
            which,
            model: `${which} när ${applied.text}${from}`,
            plain: condition ? plainCondition(condition, context) : applied.text
        };
        if (applied.from !== undefined) {
            fact.from = applied.from;
        }
        facts.push(fact);
    }
    return facts;
}

/**
 * The measure's value and status in each of the last five years up to the year shown. The values and targets of
 * the table share one number of decimals (READERS.md 1: `75,0 %` beside `75,5 %`, never `75 %`).
 */
export function historyFacts(tree: ReportTree, measure: MeasureView): YearFact[] {
    const rows = tree
        .measureSeries(measure)
        .filter(({ year }) => year <= tree.year)
        .slice(-HISTORY_YEARS);
    const numbers = rows.flatMap(({ result }) => [result?.value, result?.target?.value]);
    // Stryker disable next-line MethodExpression: sharedDecimals leaves out what is not a finite number itself; this filter is for the type checker
    const decimals = sharedDecimals(numbers.filter((n): n is number => typeof n === 'number'));
    return rows.map(({ year, result }) => {
        const fact: YearFact = {
            year,
            value: result?.value == null ? '–' : formatFixed(result.value, decimals, measure.unit),
            status: result?.status ?? 'saknas',
            assessed: result?.assessment !== undefined,
            current: year === tree.year
        };
        if (result?.target) {
            fact.target = formatFixed(result.target.value, decimals, measure.unit);
        }
        return fact;
    });
}

/** A path as a report may show it: relative to `base`, and never absolute (then only the file's name). */
export function shownPath(file: string, base: string | undefined): string {
    const relative = relativePath(file, base);
    return /^([\\/]|[A-Za-z]:[\\/])/.test(relative) ? relative.split(/[\\/]/).pop()! : relative;
}

/**
 * Where the measure's numbers come from, in one line a committee can read: the Kolada id and title, or the
 * data file's name relative to the model's folder; never an own series' id or the model's file and line.
 */
export function sourceFact(tree: ReportTree, measure: MeasureView, base: string | undefined): string {
    if (measure.actual !== undefined) {
        return measure.actual.length > 0 ? 'värden skrivna i styrmodellen' : 'inga värden skrivna i styrmodellen';
    }
    if (measure.kpi === undefined) {
        return 'ingen datakälla: måttet anger varken nyckeltal eller egna värden';
    }
    const titles = tree.input.kpiTitles;
    const title = titles !== undefined && Object.hasOwn(titles, measure.kpi) ? titles[measure.kpi] : undefined;
    if (title !== undefined) {
        return `Kolada ${measure.kpi}: ${title}`;
    }
    const files = dataFilesOf(tree, measure).map(f => shownPath(f, base));
    if (!isKoladaId(measure.kpi)) {
        return files.length > 0
            ? `egen dataserie i ${files.join(', ')}`
            : 'egen dataserie; ingen datafil har värden för den';
    }
    return `Kolada ${measure.kpi} (${files.length > 0 ? files.join(', ') : 'ingen datafil har värden för det'})`;
}

/** The data files the measure's values came from in any year, in the order first seen. */
function dataFilesOf(tree: ReportTree, measure: MeasureView): string[] {
    const files = new Set<string>();
    for (const { result } of tree.measureSeries(measure)) {
        const origin = result?.valueSource?.origin;
        if (origin?.kind === 'data') {
            files.add(origin.file);
        }
    }
    return [...files];
}

/** `90 %`, with `(målvärde för 2018)` when the line that applies was written for an earlier year. */
function targetFact(result: MeasureResult, unit: string | undefined): string | undefined {
    if (!result.target) {
        return undefined;
    }
    const value = formatValue(result.target.value, unit);
    return result.target.year === result.year ? value : `${value} (målvärdet för ${result.target.year} gäller)`;
}

export function measureFacts(tree: ReportTree, node: MeasureNode, base: string | undefined): MeasureFacts {
    const facts: MeasureFacts = {
        thresholds: thresholdFacts(tree.view, node.view, node.result),
        history: historyFacts(tree, node.view),
        source: sourceFact(tree, node.view, base)
    };
    const target = targetFact(node.result, node.view.unit);
    if (target !== undefined) {
        facts.target = target;
    }
    return facts;
}

/** The titles of the programmes a goal serves (`Digitala Kumla 2025`). */
export function goalProgrammes(tree: ReportTree, goal: GoalNode): string[] {
    const titles = new Map(tree.view.programmes.map(p => [p.id, p.title]));
    return goal.view.programmes.map(id => titles.get(id) ?? id);
}

/** `ks.styr rad 12`, never an absolute path. */
export function shownLocation(location: { file: string; line: number }, base: string | undefined): string {
    return `${shownPath(location.file, base)} rad ${location.line}`;
}
