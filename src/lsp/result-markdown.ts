import { basename } from 'node:path';
import { formatNumber, statusDisplay, type BaseResult, type ConditionResult, type GoalResult, type MeasureResult, type Origin, type Status, type VisionResult } from '../fulfilment/index.js';

const MARKERS = { green: '🟢', yellow: '🟡', red: '🔴', grey: '⚪' } as const;

/** A status as a colour marker with its word; never the colour alone. */
export function statusBadge(status: Status): string {
    const display = statusDisplay(status);
    return `${MARKERS[display.colour]} ${display.word}`;
}

export function percent(fulfilment: number | null): string {
    return fulfilment === null ? '–' : `${formatNumber(Math.round(fulfilment * 1000) / 10)} %`;
}

function origin(origin: Origin | undefined): string {
    if (!origin) return '';
    if (origin.kind === 'data') return `${basename(origin.file)} rad ${origin.line}`;
    return `\`${origin.block}\` på rad ${origin.location.line}`;
}

function describeBase(base: BaseResult): string {
    if (base.value === null) return `- \`${base.text}\`: kan inte beräknas (${base.reason ?? 'okänt skäl'})`;
    const details: string[] = [];
    if (base.quartile !== undefined) details.push(`rang ${base.rank} av ${base.ranked}`);
    else if (base.rank !== undefined) details.push(`av ${base.ranked}`);
    if (base.national) details.push(`riket ${formatNumber(base.national.value)} (${origin(base.national.origin)})`);
    if (base.mean) details.push(`medel ${formatNumber(base.mean.value)}${base.mean.count !== undefined ? ` av ${base.mean.count} kommuner` : ` (${origin(base.mean.origin)})`}`);
    if (base.previous) details.push(`${base.previous.year}: ${formatNumber(base.previous.value)} (${origin(base.previous.origin)})`);
    if (base.group) details.push(`${base.group.withValue.length} av ${base.group.members.length} i ${base.group.id} har värde`);
    const shown = base.rank !== undefined && base.quartile === undefined ? `${base.rank} ${details.shift()}` : formatNumber(base.value);
    return `- \`${base.text}\` = ${shown}${details.length ? ` (${details.join('; ')})` : ''}`;
}

function describeCondition(condition: ConditionResult | undefined, decided: boolean): string | undefined {
    if (!condition) return undefined;
    const word = condition.which === 'full' ? 'hel' : 'halv';
    const outcome = condition.holds === true ? 'ja' : condition.holds === false ? 'nej' : `kan inte avgöras (${condition.reason ?? 'okänt skäl'})`;
    return `- \`${word} när ${condition.text}\`: ${outcome}${decided ? ' ← avgjorde' : ''}`;
}

export function describeMeasure(measure: MeasureResult): string {
    const lines = [`**${measure.title}** · ${statusBadge(measure.status)}`, ''];
    if (measure.value !== null) {
        lines.push(`Värde ${measure.year}: **${formatNumber(measure.value)}** från ${origin(measure.valueSource?.origin)}`);
    } else {
        lines.push(`Värde ${measure.year}: saknas${measure.reason ? ` (${measure.reason})` : ''}`);
    }
    const conditions = [describeCondition(measure.full, measure.decidedBy === 'full'), describeCondition(measure.half, measure.decidedBy === 'half')]
        .filter((line): line is string => line !== undefined);
    if (measure.value !== null && conditions.length) lines.push('', ...conditions);
    if (measure.status === 'ej_bedomd') lines.push('', 'Måttet har inga gränsvärden och räknas inte i målets uppfyllelse.');
    if (measure.bases.length) lines.push('', ...measure.bases.map(describeBase));
    return lines.join('\n');
}

export function describeGoal(goal: GoalResult): string {
    const lines = [`**${goal.title}** · ${statusBadge(goal.status)} ${percent(goal.fulfilment)}`, ''];
    lines.push(`Täckning: ${goal.coverage.measuresWithValue} av ${goal.coverage.measures} egna mått har värde` +
        (goal.coverage.totalMeasures !== goal.coverage.measures ? `; ${goal.coverage.totalMeasuresWithValue} av ${goal.coverage.totalMeasures} med bidragande mål` : ''));
    if (goal.counted.length) {
        lines.push('', 'Vägt medel av:', ...goal.counted.map(c => `- ${c.kind === 'goal' ? 'mål' : 'mått'} ${c.id}: ${percent(c.score)} × vikt ${formatNumber(c.weight)}`));
    }
    if (goal.excluded.length) {
        lines.push('', 'Räknas inte:', ...goal.excluded.map(e => `- ${e.kind === 'goal' ? 'mål' : 'mått'} ${e.id}: ${e.reason}`));
    }
    return lines.join('\n');
}

export function describeVision(vision: VisionResult): string {
    const lines = [`**${vision.title}** · ${statusBadge(vision.status)} ${percent(vision.fulfilment)}`, ''];
    lines.push(...vision.counted.map(c => `- mål ${c.id}: ${percent(c.score)} × vikt ${formatNumber(c.weight)}`));
    if (vision.excluded.length) lines.push('', 'Räknas inte:', ...vision.excluded.map(e => `- ${e.id}: ${e.reason}`));
    return lines.join('\n');
}
