import { basename } from 'node:path';
import {
    type BaseResult,
    baseCauseText,
    baseText,
    type ConditionResult,
    causeText,
    type FollowUpNote,
    type GoalResult,
    type Judgement,
    LEVEL_STATUS,
    type MeasureResult,
    type Origin,
    type Status,
    statusDisplay,
    type VisionResult
} from '../fulfilment/index.js';
import { formatModelNumber } from '../model/model-number.js';
import { coverageText, formatPercent, formatRank, formatSigned, formatValue, rowText } from '../render/format.js';

const MARKERS = { green: '🟢', yellow: '🟡', red: '🔴', grey: '⚪' } as const;

/** A status as a colour marker with its word; never the colour alone. */
export function statusBadge(status: Status): string {
    const display = statusDisplay(status);
    return `${MARKERS[display.colour]} ${display.word}`;
}

/** Text the planner wrote, shown as text: Markdown and HTML characters are escaped, line breaks kept apart. */
function literal(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+!|<>~-]/g, char => `\\${char}`).replace(/\r?\n/g, ' ');
}

/**
 * The final status, marked *bedömd* when the follow-up assessed it, with the computed status beside it
 * (LANGUAGE.md section 8.3): a judgement is never mistaken for a computation.
 */
function statusLine(
    status: Status,
    assessment: Judgement<Status> | undefined,
    computed: string,
    number?: string
): string {
    const shown = number === undefined ? statusBadge(status) : `${statusBadge(status)} ${number}`;
    return assessment ? `${shown} *bedömd* (beräknat: ${computed})` : shown;
}

/** The follow-up's lines for the year: the assessment's motivation, analysis, actions and forecast. */
function followUpLines(
    assessment: Judgement<Status> | undefined,
    analysis: FollowUpNote[],
    actions: FollowUpNote[],
    forecast?: Judgement<Status>
): string[] {
    const lines: string[] = [];
    if (assessment)
        lines.push(
            `- Bedömning: ${statusBadge(assessment.status)}, ${literal(assessment.motivation)} (rad ${assessment.location.line})`
        );
    if (forecast)
        lines.push(
            `- Prognos: ${statusBadge(forecast.status)}, ${literal(forecast.motivation)} (rad ${forecast.location.line})`
        );
    for (const note of analysis) lines.push(`- Analys: ${literal(note.text)}`);
    for (const note of actions) lines.push(`- Åtgärd: ${literal(note.text)}`);
    return lines.length ? ['', 'Uppföljning:', ...lines] : [];
}

/** How a file is named: `data/resultat.csv` (the hover passes workspace-relative names); by default its base name. */
export type FileNamer = (file: string) => string;

/** The base name of a path or URI string, decoded (`nämnd.styr`, not `n%C3%A4mnd.styr`). */
function baseName(file: string): string {
    const name = basename(file);
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return name;
    try {
        return decodeURIComponent(name);
    } catch {
        return name;
    }
}

function origin(origin: Origin | undefined, nameOf: FileNamer): string {
    if (!origin) return '';
    if (origin.kind === 'data') return `${nameOf(origin.file)} ${rowText(origin)}`;
    return `\`${origin.block}\` på rad ${origin.location.line}`;
}

/** The base's own number by the formatter's rule for its kind: a rank, a quartile, a difference or a value. */
function baseNumber(base: BaseResult & { value: number }, unit: string | undefined): string {
    switch (base.base.kind) {
        case 'rank':
            return base.rank !== undefined ? formatRank(base.rank, base.ranked) : formatRank(base.value);
        case 'quartile':
            return formatRank(base.quartile ?? base.value);
        case 'value':
            return formatValue(base.value, unit);
        default:
            return formatSigned(base.value);
    }
}

function describeBase(base: BaseResult, unit: string | undefined, nameOf: FileNamer): string {
    if (base.value === null) return `- \`${base.text}\`: kan inte beräknas (${baseCauseText(base) ?? 'okänt skäl'})`;
    const details: string[] = [];
    if (base.quartile !== undefined && base.rank !== undefined)
        details.push(`rang ${formatRank(base.rank, base.ranked)}`);
    if (base.national)
        details.push(`riket ${formatValue(base.national.value, unit)} (${origin(base.national.origin, nameOf)})`);
    if (base.mean)
        details.push(
            `medel ${formatValue(base.mean.value, unit)}${base.mean.count !== undefined ? ` av ${formatRank(base.mean.count)} kommuner` : ` (${origin(base.mean.origin, nameOf)})`}`
        );
    if (base.previous)
        details.push(
            `${base.previous.year}: ${formatValue(base.previous.value, unit)} (${origin(base.previous.origin, nameOf)})`
        );
    if (base.group)
        details.push(
            `${formatRank(base.group.withValue.length, base.group.members.length)} i ${base.group.id} har värde`
        );
    return `- \`${base.text}\` = ${baseNumber({ ...base, value: base.value }, unit)}${details.length ? ` (${details.join('; ')})` : ''}`;
}

/** Why a condition cannot be decided: its first undecidable part's cause and base, as the base's own line says it. */
function undecidedText(condition: ConditionResult): string | undefined {
    return condition.cause && condition.undecidedBase
        ? baseCauseText({ cause: condition.cause, text: baseText(condition.undecidedBase) })
        : undefined;
}

function capitalised(text: string): string {
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function describeCondition(condition: ConditionResult | undefined, decided: boolean): string | undefined {
    if (!condition) return undefined;
    const word = LEVEL_STATUS[condition.which];
    const outcome =
        condition.holds === true
            ? 'ja'
            : condition.holds === false
              ? 'nej'
              : `kan inte avgöras (${undecidedText(condition) ?? 'okänt skäl'})`;
    const from = condition.from === undefined ? '' : ` från ${condition.from}`;
    return `- \`${word} när ${condition.text}${from}\`: ${outcome}${decided ? ' ← avgjorde' : ''}`;
}

export function describeMeasure(measure: MeasureResult, nameOf: FileNamer = baseName): string {
    const lines = [
        `**${measure.title}** · ${statusLine(measure.status, measure.assessment, statusBadge(measure.computedStatus))}`,
        ''
    ];
    if (measure.value !== null) {
        lines.push(
            `Värde ${measure.year}: **${formatValue(measure.value, measure.unit)}** från ${origin(measure.valueSource?.origin, nameOf)}`
        );
    } else {
        lines.push(`Värde ${measure.year}: saknas${measure.cause ? ` (${causeText(measure.cause)})` : ''}`);
    }
    const conditions = [
        describeCondition(measure.full, measure.decidedBy === 'full'),
        describeCondition(measure.half, measure.decidedBy === 'half')
    ].filter((line): line is string => line !== undefined);
    if (measure.target) {
        const since = measure.target.year === measure.year ? '' : `, gäller sedan ${measure.target.year}`;
        lines.push(
            `Målvärde ${measure.year}: ${formatValue(measure.target.value, measure.unit)} (${origin(measure.target.origin, nameOf)}${since})`
        );
    }
    if (measure.value !== null && conditions.length) lines.push('', ...conditions);
    if (measure.computedStatus === 'ej_bedomd' && !measure.assessment) {
        lines.push(
            '',
            `${measure.cause ? capitalised(causeText(measure.cause)) : 'Måttet har inga gränsvärden'}; måttet räknas inte i målets uppfyllelse.`
        );
    }
    if (measure.bases.length) lines.push('', ...measure.bases.map(base => describeBase(base, measure.unit, nameOf)));
    lines.push(...followUpLines(measure.assessment, measure.analysis, measure.actions));
    return lines.join('\n');
}

export function describeGoal(goal: GoalResult): string {
    const computed = `${statusBadge(goal.computedStatus)} ${formatPercent(goal.computedFulfilment)}`;
    const lines = [
        `**${goal.title}** · ${statusLine(goal.status, goal.assessment, computed, formatPercent(goal.fulfilment))}`,
        ''
    ];
    lines.push(
        // One count everywhere (LANGUAGE.md 4.6): the goal's own measures and those of every goal under it.
        `Täckning: ${coverageText(goal.coverage.totalMeasuresWithValue, goal.coverage.totalMeasures)}` +
            (goal.coverage.totalMeasures !== goal.coverage.measures ? ' (egna och bidragande måls)' : '')
    );
    if (goal.counted.length) {
        lines.push(
            '',
            'Vägt medel av:',
            ...goal.counted.map(
                c =>
                    `- ${c.kind === 'goal' ? 'mål' : 'mått'} ${c.id}: ${formatPercent(c.score)} × vikt ${formatModelNumber(c.weight)}`
            )
        );
    }
    if (goal.excluded.length) {
        lines.push(
            '',
            'Räknas inte:',
            ...goal.excluded.map(e => `- ${e.kind === 'goal' ? 'mål' : 'mått'} ${e.id}: ${e.reason}`)
        );
    }
    lines.push(...followUpLines(goal.assessment, goal.analysis, goal.actions, goal.forecast));
    return lines.join('\n');
}

export function describeVision(vision: VisionResult): string {
    const lines = [`**${vision.title}** · ${statusBadge(vision.status)} ${formatPercent(vision.fulfilment)}`, ''];
    lines.push(
        ...vision.counted.map(c => `- mål ${c.id}: ${formatPercent(c.score)} × vikt ${formatModelNumber(c.weight)}`)
    );
    if (vision.excluded.length) lines.push('', 'Räknas inte:', ...vision.excluded.map(e => `- ${e.id}: ${e.reason}`));
    return lines.join('\n');
}
