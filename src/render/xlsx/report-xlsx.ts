/**
 * `report --format xlsx` (CLI.md `report`): a workbook for those who work on with the results in Excel. Four
 * sheets, every year the model has results for: *Sammanfattning*, *Mål* (goal × year), *Mått* (measure × year)
 * and *Uppföljning*. Only a layout: every word (status, reason, threshold, source, opening sentence) comes from
 * the reader text and the one formatter; numbers are stored as numbers, with the formatter's decimals.
 */
import type { GoalResult, MeasureResult, ModelResult, Status } from '../../fulfilment/result.js';
import { statusDisplay } from '../../fulfilment/status.js';
import { interimAssessmentLabel } from '../../model/follow-up-date.js';
import { measureKey } from '../../model/measure-key.js';
import type { GoalView, MeasureView } from '../../model/model-view.js';
import { ownerScope } from '../../model/owners.js';
import { ASSESSED, type FollowUpFacts, goalFollowUp, measureFollowUp } from '../follow-up.js';
import { dirname, originText, sharedDecimals } from '../format.js';
import { NO_THRESHOLDS, sourceFact } from '../measure-facts.js';
import {
    municipalityText,
    openingSentence,
    qualityNotes,
    statusReason,
    thresholdLines,
    yearOutsideData
} from '../reader-text/index.js';
import type { RenderInput } from '../render-input.js';
import { buildReportTree, ownerInfo, type ReportTree } from '../report-model.js';
import { type CellStyle, MAX_DECIMALS, writeXlsx, type XlsxCell, type XlsxSheet } from './xlsx-writer.js';

export interface XlsxOptions {
    /** Paths are shown relative to this directory (the CLI passes the current folder); default the model's folder. */
    baseDir?: string;
    /** `report --ansvarig`: only the goals this nämnd or förvaltning owns and their measures, with the chain above. */
    owner?: string;
}

/** Which goals get rows, and whose measures: all of them, or an owner's with the goals above for context. */
interface Selection {
    goal(id: string): boolean;
    measuresOf(goal: string): boolean;
}

function selection(input: RenderInput, owner: string | undefined): Selection {
    if (owner === undefined) return { goal: () => true, measuresOf: () => true };
    const scope = ownerScope(input.view, owner);
    return { goal: id => scope.owned.has(id) || scope.chain.has(id), measuresOf: id => scope.owned.has(id) };
}

export const SHEET_NAMES = {
    summary: 'Sammanfattning',
    goals: 'Mål',
    measures: 'Mått',
    followUp: 'Uppföljning'
} as const;

export function renderXlsxReport(input: RenderInput, options: XlsxOptions = {}): Uint8Array {
    const base = options.baseDir ?? dirname(input.view.files[0] ?? input.view.location.file);
    const tree = buildReportTree(input, { owner: options.owner });
    const shown = selection(input, options.owner);
    return writeXlsx([
        summarySheet(input, tree, options.owner),
        goalSheet(input, shown),
        measureSheet(input, tree, base, shown),
        followUpSheet(input, shown)
    ]);
}

/** A status as its word in its colour: the colour never alone (LANGUAGE.md 4.5). */
function statusCell(status: Status): XlsxCell {
    const display = statusDisplay(status);
    return { value: display.word, style: display.colour satisfies CellStyle };
}

function summarySheet(input: RenderInput, tree: ReportTree | undefined, owner: string | undefined): XlsxSheet {
    const rows: XlsxCell[][] = [
        ['Modell', input.view.title],
        ['Kommun', municipalityText(input.view.municipality, input.municipalityName) ?? 'ingen kommun angiven'],
        ['År', input.year]
    ];
    const result = input.results.find(r => r.year === input.year);
    if (owner !== undefined) {
        // Stryker disable next-line OptionalChaining: ownerInfo names an unknown owner by its id, undefined only for no id
        const title = ownerInfo(input.view, owner)?.title ?? owner;
        rows.push(['Urval', `mål som ${title} ansvarar för, med målen ovanför`]);
    }
    if (tree) rows.push(['Sammanfattning', { value: openingSentence(tree), style: 'wrap' }]);
    if (result?.vision) {
        rows.push(['Vision', statusCell(result.vision.status)]);
        if (result.vision.fulfilment !== null)
            rows.push(['Visionens uppfyllelse', { value: result.vision.fulfilment, style: 'percent' }]);
    }
    const outside = yearOutsideData(input);
    if (outside) rows.push(['Data', { value: outside, style: 'wrap' }]);
    // The quality notes themselves: a workbook has no appendix to refer to.
    for (const section of qualityNotes(input).sections) {
        for (const item of section.items) rows.push([section.heading, { value: item, style: 'wrap' }]);
    }
    rows.push(
        ['År med resultat', input.results.map(r => r.year).join(', ')],
        [
            'Bladen',
            {
                value: 'Mål: mål × år. Mått: mått × år. Uppföljning: bedömningar, prognoser, analyser och åtgärder.',
                style: 'wrap'
            }
        ]
    );
    return { name: SHEET_NAMES.summary, header: ['Uppgift', 'Värde'], rows, widths: [24, 90] };
}

function goalSheet(input: RenderInput, shown: Selection): XlsxSheet {
    const view = input.view;
    const goals = new Map(view.goals.map(goal => [goal.id, goal]));
    const areas = new Map(view.areas.map(area => [area.id, area.title]));
    const rows: XlsxCell[][] = [];
    for (const result of input.results) {
        for (const goal of result.goals) {
            if (!shown.goal(goal.id)) continue;
            const goalView = goals.get(goal.id);
            rows.push([
                goal.title,
                goal.id,
                goal.level === 'fullmäktige' ? 'fullmäktige' : 'nämnd',
                ownerInfo(view, goalView?.owner)?.title ?? null,
                goalView?.area !== undefined ? (areas.get(goalView.area) ?? goalView.area) : null,
                result.year,
                statusCell(goal.status),
                goal.assessment ? ASSESSED : null,
                goal.fulfilment === null ? null : { value: goal.fulfilment, style: 'percent' },
                goal.coverage.totalMeasuresWithValue,
                goal.coverage.totalMeasures
            ]);
        }
    }
    return {
        name: SHEET_NAMES.goals,
        header: [
            'Mål',
            'Id',
            'Nivå',
            'Ansvarig',
            'Inriktning',
            'År',
            'Status',
            'Bedömd',
            'Uppfyllelse',
            'Mått med värde',
            'Mått'
        ],
        rows,
        widths: [50, 20, 12, 30, 26, 8, 14, 10, 13, 16, 8]
    };
}

function measureSheet(input: RenderInput, tree: ReportTree | undefined, base: string, shown: Selection): XlsxSheet {
    const view = input.view;
    const measures = new Map<string, { goal: GoalView; measure: MeasureView }>();
    for (const goal of view.goals)
        for (const measure of goal.measures) measures.set(measureKey(measure), { goal, measure });
    // One number format per measure, as the reports show its values side by side (READERS.md 1).
    const decimals = new Map<string, CellStyle>();
    for (const [key] of measures) {
        const values = input.results.flatMap(r => r.measures.filter(m => measureKey(m) === key).map(m => m.value));
        const shown = Math.min(sharedDecimals(values.filter((v): v is number => v !== null)), MAX_DECIMALS);
        decimals.set(key, `decimals${shown}` as CellStyle);
    }
    const goalTitles = new Map(view.goals.map(goal => [goal.id, goal.title]));
    const rows: XlsxCell[][] = [];
    for (const result of input.results) {
        for (const measure of result.measures) {
            const key = measureKey(measure);
            const found = measures.get(key);
            if (!found || !shown.measuresOf(found.goal.id)) continue;
            rows.push(measureRow(input, tree, base, result, measure, found.measure, goalTitles, decimals.get(key)));
        }
    }
    return {
        name: SHEET_NAMES.measures,
        header: [
            'Mål',
            'Mått',
            'Id',
            'År',
            'Värde',
            'Enhet',
            'Status',
            'Bedömd',
            'Skäl',
            'Gränsvärden',
            'Målvärde',
            'Källa',
            'Värdet från'
        ],
        rows,
        widths: [40, 50, 20, 8, 12, 10, 12, 10, 60, 50, 12, 40, 36]
    };
}

function measureRow(
    input: RenderInput,
    tree: ReportTree | undefined,
    base: string,
    result: ModelResult,
    measure: MeasureResult,
    measureView: MeasureView,
    goalTitles: ReadonlyMap<string, string>,
    style: CellStyle | undefined
): XlsxCell[] {
    const number = (value: number | null | undefined): XlsxCell =>
        // Stryker disable next-line StringLiteral: every measure of the sheet has its style, the fallback is never taken
        value === null || value === undefined ? null : { value, style: style ?? 'decimals2' };
    const thresholds = thresholdLines(input.view, measureView, measure).map(line => line.text);
    return [
        goalTitles.get(measure.goal) ?? measure.goal,
        measure.title,
        measure.id,
        result.year,
        number(measure.value),
        measure.unit ?? null,
        statusCell(measure.status),
        measure.assessment ? ASSESSED : null,
        { value: statusReason({ view: input.view, measure: measureView }, measure), style: 'wrap' },
        { value: thresholds.length > 0 ? thresholds.join('\n') : NO_THRESHOLDS, style: 'wrap' },
        number(measure.target?.value),
        tree ? { value: sourceFact(tree, measureView, base), style: 'wrap' } : null,
        measure.valueSource ? originText(measure.valueSource.origin, base) : null
    ];
}

function followUpSheet(input: RenderInput, shown: Selection): XlsxSheet {
    const rows: XlsxCell[][] = [];
    // Each year's final follow-up, then each delårsrapport (LANGUAGE.md section 9) under its own wording.
    for (const result of [...input.results, ...(input.interims ?? [])]) {
        const per = result.followUp?.per;
        const context = { label: per ? interimAssessmentLabel(per) : 'Bedömning' };
        for (const goal of result.goals) {
            if (!shown.goal(goal.id)) continue;
            pushFollowUp(rows, result.year, 'mål', goal, goalFollowUp(goal, undefined, context));
        }
        for (const measure of result.measures) {
            if (!shown.measuresOf(measure.goal)) continue;
            pushFollowUp(
                rows,
                result.year,
                'mått',
                measure,
                measureFollowUp(measure, measure.unit, undefined, context)
            );
        }
    }
    return {
        name: SHEET_NAMES.followUp,
        header: ['År', 'Gäller', 'Id', 'Titel', 'Slag', 'Status', 'Text', 'Beräknat'],
        rows,
        widths: [8, 8, 20, 50, 12, 14, 80, 30]
    };
}

function pushFollowUp(
    rows: XlsxCell[][],
    year: number,
    kind: 'mål' | 'mått',
    item: GoalResult | MeasureResult,
    facts: FollowUpFacts
): void {
    const start = [year, kind, item.id, item.title];
    if (facts.assessment) {
        const computed = facts.computed
            ? `${statusDisplay(facts.computed.status).word}, ${facts.computed.detail}`
            : null;
        rows.push([
            ...start,
            facts.assessmentLabel,
            statusCell(facts.assessment.status),
            { value: facts.assessment.motivation, style: 'wrap' },
            computed
        ]);
    }
    if (facts.forecast) {
        rows.push([
            ...start,
            'Prognos',
            statusCell(facts.forecast.status),
            { value: facts.forecast.motivation, style: 'wrap' },
            null
        ]);
    }
    for (const text of facts.analysis) rows.push([...start, 'Analys', null, { value: text, style: 'wrap' }, null]);
    for (const text of facts.actions) rows.push([...start, 'Åtgärd', null, { value: text, style: 'wrap' }, null]);
}
