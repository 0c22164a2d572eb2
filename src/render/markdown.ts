/**
 * The follow-up report in Markdown (`styrmodell report --format md`): what a committee pastes into its
 * minutes. Headings follow the goal chain (inriktning, KF goal, committee goal), measures are tables, every
 * status is a colour marker with its word, every value has its unit, decimal comma and source.
 */
import type { GoalStatus, MeasureStatus } from '../fulfilment/result.js';
import { GOAL_STATUSES, MEASURE_STATUSES, statusDisplay } from '../fulfilment/status.js';
import { interimAssessmentLabel } from '../model/follow-up-date.js';
import { escapeMarkdown } from './escape.js';
import { ASSESSED, followUpContext, goalFollowUp, reportHeading } from './follow-up.js';
import { coverageText, dirname, formatPercent } from './format.js';
import { followUpBlock, measureDetails, statusCell } from './markdown-facts.js';
import { goalProgrammes } from './measure-facts.js';
import { measureValueText, valueSourceText } from './measure-text.js';
import {
    comparisonLines,
    firstPage,
    LEGEND_NOTE,
    legendRows,
    municipalityText,
    qualityNotes,
    statusReason,
    TREND_NOTE,
    type TrendMark
} from './reader-text/index.js';
import type { RenderInput } from './render-input.js';
import { buildReportTree, type GoalNode, type MeasureNode, type ReportTree, statusCounts } from './report-model.js';
import { COLOUR_MARKER, statusMark } from './status-marks.js';

export interface MarkdownOptions {
    /** Show this year instead of `input.year`. */
    year?: number;
    /** Only the goals of this nämnd or förvaltning. */
    owner?: string;
    /** A data file on a *Källa* line is shown relative to this folder; default (and what READERS.md asks) the model's folder. */
    baseDir?: string;
}

export function renderMarkdownReport(input: RenderInput, options: MarkdownOptions = {}): string {
    const tree = buildReportTree(input, options);
    const out: string[] = [];
    const title = escapeMarkdown(input.view.title);
    if (!tree) {
        out.push(
            `# Uppföljning: ${title}`,
            '',
            'Det finns inga resultat att visa: modellen anger inget år och data saknas.'
        );
        return out.join('\n') + '\n';
    }
    const base = options.baseDir ?? dirname(input.view.files[0] ?? input.view.location.file);
    const { view, result } = tree;

    const per = result.followUp?.per;
    out.push(`# ${reportHeading(result)}: ${title}`, '');
    const facts: string[] = [];
    facts.push(
        `**Kommun:** ${escapeMarkdown(municipalityText(view.municipality, input.municipalityName) ?? 'anges inte i modellen')}`
    );
    const modelYear = view.year !== undefined && view.year !== tree.year ? ` (modellens år är ${view.year})` : '';
    facts.push(`**Uppföljningsår:** ${tree.year}${modelYear}`);
    if (result.followUp) {
        facts.push(`**Uppföljning:** ${escapeMarkdown(result.followUp.title)}`);
    }
    if (per) {
        facts.push(`**Delårsrapport:** varje bedömning är en ${interimAssessmentLabel(per).toLowerCase()}`);
    }
    if (tree.owner !== undefined) {
        const owner = tree.owners.find(o => o.id === tree.owner);
        facts.push(`**Urval:** mål som ${escapeMarkdown(owner?.title ?? tree.owner)} ansvarar för`);
    }
    out.push(facts.join('  \n'), '');

    if (tree.vision) {
        const { view: vision, result: visionResult } = tree.vision;
        out.push(`## ${escapeMarkdown(vision.title)}`, '');
        if (vision.description) {
            out.push(`*${escapeMarkdown(vision.description)}*`, '');
        }
        out.push(
            `${goalLine(visionResult.status, visionResult.fulfilment, visionResult.coverage.totalMeasuresWithValue, visionResult.coverage.totalMeasures)}`,
            ''
        );
    }

    out.push(...summary(tree));

    for (const area of tree.areas) {
        out.push(`## ${escapeMarkdown(area.title)}`, '');
        if (area.view?.description) {
            out.push(escapeMarkdown(area.view.description), '');
        }
        if (area.goals.length === 0) {
            out.push('Inga fullmäktigemål har denna inriktning.', '');
        }
        for (const goal of area.goals) {
            out.push(...goalSection(tree, goal, 3, base));
        }
    }
    if (tree.unattached.length > 0) {
        out.push('## Nämndmål som inte bidrar till något fullmäktigemål', '');
        for (const goal of tree.unattached) {
            out.push(...goalSection(tree, goal, 3, base));
        }
    }
    out.push(...legend(result.bounds));
    out.push(...qualityAppendix(input));
    return (
        out
            .join('\n')
            .replace(/\n{3,}/g, '\n\n')
            .trimEnd() + '\n'
    );
}

function goalLine(
    status: GoalStatus,
    fulfilment: number | null,
    withValue: number,
    total: number,
    assessed = false
): string {
    const parts = [`${statusMark(status).replace(/ (.*)$/, ' **$1**')}${assessed ? ` *(${ASSESSED})*` : ''}`];
    if (fulfilment !== null) {
        parts.push(`${formatPercent(fulfilment)} uppfyllelse`);
    }
    parts.push(coverageText(withValue, total));
    return parts.join(' · ');
}

function trendCell(trend: TrendMark | undefined): string {
    return trend ? trend.text : '–';
}

function summary(tree: ReportTree): string[] {
    const page = firstPage(tree);
    const out: string[] = ['## Sammanfattning', '', escapeMarkdown(page.opening), ''];
    if (page.quality) {
        out.push(`*${escapeMarkdown(page.quality)}*`, '');
    }
    const goals = page.areas.flatMap(a => a.goals);
    // The trend column only when there is a year before to compare with.
    const trend = page.previousYear !== undefined;
    const row = (cells: string[]) => `| ${(trend ? cells : [...cells.slice(0, 3), ...cells.slice(4)]).join(' | ')} |`;
    if (goals.length > 0) {
        out.push(
            row([
                'Inriktning och fullmäktiges mål',
                'Status',
                'Uppfyllelse',
                `Jämfört med ${page.previousYear}`,
                'Mått med värde'
            ]),
            row(['---', '---', '---', '---', '---'])
        );
        for (const area of page.areas) {
            out.push(
                row(
                    area.status !== undefined
                        ? [
                              `**${cell(area.title)}**`,
                              statusMark(area.status),
                              area.fulfilment ?? '–',
                              trendCell(area.trend),
                              ''
                          ]
                        : [`**${cell(area.title)}**`, '', '', '', '']
                )
            );
            for (const goal of area.goals) {
                const weight = goal.weight ? ` (${goal.weight})` : '';
                out.push(
                    row([
                        `${cell(goal.title)}${weight}`,
                        statusCell(goal.status, goal.assessed),
                        goal.fulfilment,
                        trendCell(goal.trend),
                        goal.coverage
                    ])
                );
            }
        }
        out.push('');
    }
    const notes = goals.flatMap(goal => [
        ...(goal.motivation ? [`**${cell(goal.title)}** *(${ASSESSED})*: ${cell(goal.motivation)}`] : []),
        ...(goal.weights ? [`**${cell(goal.title)}**: ${cell(goal.weights)}`] : [])
    ]);
    if (notes.length > 0) {
        out.push(notes.join('  \n'), '');
    }
    const counts = statusCounts(tree.result);
    const line = (label: string, statuses: readonly (GoalStatus | MeasureStatus)[], record: Record<string, number>) => {
        const parts = statuses.filter(s => (record[s] ?? 0) > 0).map(s => `${record[s]} ${statusMark(s)}`);
        return parts.length > 0 ? `**${label}:** ${parts.join(', ')}` : undefined;
    };
    const lines = [
        line('Fullmäktiges mål', GOAL_STATUSES, counts.kf),
        line('Nämndmål', GOAL_STATUSES, counts.committee),
        line('Mått', MEASURE_STATUSES, counts.measures)
    ].filter((l): l is string => l !== undefined);
    if (lines.length > 0) {
        out.push(lines.join('  \n'), '');
    }
    return out;
}

/** *Bilaga: Kvalitetskontroll*: the model's warnings and unreadable data files, last, in plain Swedish. */
function qualityAppendix(input: RenderInput): string[] {
    const notes = qualityNotes(input);
    if (notes.count === 0) {
        return [];
    }
    return [
        `## ${notes.heading}`,
        '',
        escapeMarkdown(notes.intro),
        '',
        ...notes.sections.flatMap(section => [
            `### ${escapeMarkdown(section.heading)}`,
            '',
            ...section.items.map(item => `- ${escapeMarkdown(item)}`),
            ''
        ])
    ];
}

function goalSection(tree: ReportTree, node: GoalNode, level: number, base: string): string[] {
    const out: string[] = [];
    const hashes = '#'.repeat(Math.min(6, level));
    out.push(`${hashes} ${escapeMarkdown(node.view.title)}`, '');
    const r = node.result;
    const facts: string[] = [];
    if (node.owner) {
        const committee = node.owner.committee ? ` (${escapeMarkdown(node.owner.committee.title)})` : '';
        facts.push(`Ansvarig: ${escapeMarkdown(node.owner.title)}${committee}`);
    } else if (node.view.municipalityWide) {
        facts.push('Kommunövergripande');
    }
    facts.push(
        goalLine(
            r.status,
            r.fulfilment,
            r.coverage.totalMeasuresWithValue,
            r.coverage.totalMeasures,
            r.assessment !== undefined
        )
    );
    out.push(facts.join(' · '), '');
    if (node.view.description) {
        out.push(escapeMarkdown(node.view.description), '');
    }
    out.push(...followUpBlock(goalFollowUp(r, base, followUpContext(tree, node))));
    const programmes = goalProgrammes(tree, node);
    if (programmes.length > 0) {
        out.push(`Program: ${programmes.map(escapeMarkdown).join(', ')}`, '');
    }
    if (node.measures.length > 0) {
        out.push(...measureTable(tree, node.measures, base), '');
        for (const measure of node.measures) {
            out.push(...measureDetails(tree, measure, base));
        }
    }
    for (const child of node.children) {
        out.push(...goalSection(tree, child, level + 1, base));
    }
    return out;
}

function measureTable(tree: ReportTree, measures: readonly MeasureNode[], base: string): string[] {
    const rows = ['| Mått | Status | Värde | Varför | Jämförelse | Källa |', '| --- | --- | --- | --- | --- | --- |'];
    for (const { view, result } of measures) {
        const reason = statusReason({ view: tree.view, measure: view }, result);
        const comparisons = comparisonLines(tree.view, result, view.unit);
        // A data file's name and row; a value typed in the model is named as such, without its file and line.
        const source =
            result.valueSource === undefined
                ? undefined
                : result.valueSource.origin.kind === 'data'
                  ? valueSourceText(result, base)
                  : 'styrmodellen';
        rows.push(
            `| ${cell(view.title)} | ${statusCell(result.status, result.assessment !== undefined)} | ${cell(measureValueText(result, view.unit))} | ${cell(reason)} | ${comparisons.map(cell).join('; ')} | ${cell(source ?? '–')} |`
        );
    }
    return rows;
}

function cell(text: string): string {
    return escapeMarkdown(text);
}

function legend(bounds: { achieved: number; partly: number }): string[] {
    const rows = legendRows(bounds).map(row => {
        const colour = statusDisplay(row.goal).colour;
        const words = row.measure.map(m => statusDisplay(m).word).join(', ');
        return `| ${COLOUR_MARKER[colour]} | ${words} | ${statusDisplay(row.goal).word} | ${escapeMarkdown(row.meaning)} |`;
    });
    return [
        '## Teckenförklaring',
        '',
        '| Färg | Mått | Mål och vision | Betydelse |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
        escapeMarkdown(`${LEGEND_NOTE} ${TREND_NOTE}`),
        ''
    ];
}
