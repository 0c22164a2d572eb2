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
import { coverageText, dirname, formatPercent, relativePath } from './format.js';
import { followUpBlock, measureDetails, statusCell } from './markdown-facts.js';
import { goalProgrammes } from './measure-facts.js';
import { comparisonTexts, decisionText, measureValueText, missingReason, valueSourceText } from './measure-text.js';
import { LEGEND_NOTE, legendRows, TREND_NOTE } from './reader-text/index.js';
import type { RenderInput } from './render-input.js';
import { buildReportTree, type GoalNode, type MeasureNode, type ReportTree, statusCounts } from './report-model.js';
import { reportNotesMarkdown } from './report-notes.js';
import { COLOUR_MARKER, statusMark } from './status-marks.js';

export interface MarkdownOptions {
    /** Show this year instead of `input.year`. */
    year?: number;
    /** Only the goals of this nämnd or förvaltning. */
    owner?: string;
    /** Paths are shown relative to this directory (the CLI passes the current folder); default the model's folder. */
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
    const code = view.municipality ? escapeMarkdown(view.municipality) : 'anges inte i modellen';
    facts.push(`**Kommun:** ${input.municipalityName ? `${escapeMarkdown(input.municipalityName)} (${code})` : code}`);
    const modelYear = view.year !== undefined && view.year !== tree.year ? ` (modellens år är ${view.year})` : '';
    facts.push(`**Uppföljningsår:** ${tree.year}${modelYear}`);
    if (result.followUp) {
        facts.push(`**Uppföljning:** ${escapeMarkdown(result.followUp.title)}`);
    }
    if (per) {
        facts.push(`**Delårsrapport:** varje bedömning är en ${interimAssessmentLabel(per).toLowerCase()}`);
    }
    facts.push(
        `**Styrmodell:** ${escapeMarkdown(view.id)} (${view.files.map(f => `\`${relativePath(f, base)}\``).join(', ')})`
    );
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
    out.push(...reportNotesMarkdown(input, base));

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

function summary(tree: ReportTree): string[] {
    const out: string[] = ['## Sammanfattning', ''];
    const kfGoals = tree.areas.flatMap(a => a.goals);
    if (kfGoals.length > 0) {
        out.push('| Fullmäktiges mål | Status | Uppfyllelse | Mått med värde |', '| --- | --- | --- | --- |');
        for (const goal of kfGoals) {
            const r = goal.result;
            out.push(
                `| ${cell(goal.view.title)} | ${statusCell(r.status, r.assessment !== undefined)} | ${formatPercent(r.fulfilment)} | ${r.coverage.totalMeasuresWithValue} av ${r.coverage.totalMeasures} |`
            );
        }
        out.push('');
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
        out.push(...measureTable(node.measures, base), '');
        for (const measure of node.measures) {
            out.push(...measureDetails(tree, measure, base));
        }
    }
    for (const child of node.children) {
        out.push(...goalSection(tree, child, level + 1, base));
    }
    return out;
}

function measureTable(measures: readonly MeasureNode[], base: string): string[] {
    const rows = [
        '| Mått | Status | Värde | Avgjordes av | Jämförelse | Källa |',
        '| --- | --- | --- | --- | --- | --- |'
    ];
    for (const { view, result } of measures) {
        const decided = decisionText(result);
        const comparisons = comparisonTexts(result, view.unit);
        const reason = missingReason(result);
        const decidedCell = [decided ? `\`${decided.replace(/`/g, "'")}\`` : '', reason ? cell(reason) : '']
            .filter(Boolean)
            .join(': ');
        rows.push(
            `| ${cell(view.title)} | ${statusCell(result.status, result.assessment !== undefined)} | ${cell(measureValueText(result, view.unit))} | ${decidedCell} | ${comparisons.map(cell).join('; ')} | ${cell(valueSourceText(result, base) ?? '–')} |`
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
