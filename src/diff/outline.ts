import { statusWord } from '../fulfilment/index.js';
import { dateWords } from '../model/follow-up-date.js';
import { formatModelNumber } from '../model/model-number.js';
import type { FollowUpView, GoalView, MeasureView, ModelView } from '../model/model-view.js';
import { lineText } from './plan-diff.js';

const DIRECTION_WORDS = { higher: 'högre är bättre', lower: 'lägre är bättre' } as const;

/**
 * One line per fact of a model file, each line naming what it belongs to, so that a line diff of two outlines
 * (git's textconv: `git diff`, `git log -p`) reads as a list of semantic changes: a lowered threshold is one
 * changed line `mått GodService.DirektSvar: hel när rang <= 12`, whatever the formatting did around it.
 */
export function renderOutline(view: ModelView, partOf?: string): string {
    const lines: string[] = [];
    if (partOf) lines.push(`del av ${partOf}`);
    if (view.municipality !== undefined || view.year !== undefined) {
        lines.push(`styrmodell ${view.id} "${view.title}"`);
        if (view.municipality !== undefined) lines.push(`styrmodell ${view.id}: kommun ${view.municipality}`);
        if (view.year !== undefined) lines.push(`styrmodell ${view.id}: år ${view.year}`);
    }
    for (const source of view.dataSources)
        lines.push(`styrmodell ${view.id}: data "${source.path}"${source.kpi ? ` nyckeltal ${source.kpi}` : ''}`);
    if (view.vision) lines.push(`vision ${view.vision.id} "${view.vision.title}"`);
    for (const area of view.areas) lines.push(`inriktning ${area.id} "${area.title}"`);
    for (const programme of view.programmes) lines.push(`program ${programme.id} "${programme.title}"`);
    for (const committee of view.committees) lines.push(`nämnd ${committee.id} "${committee.title}"`);
    for (const administration of view.administrations) {
        lines.push(
            `förvaltning ${administration.id} "${administration.title}"${administration.committee ? ` under ${administration.committee}` : ''}`
        );
    }
    for (const group of view.groups) {
        lines.push(
            `jämförelsegrupp ${group.id} "${group.title}": ${[...group.municipalities.map(m => `"${m}"`), ...group.koladaGroups].join(' ')}`
        );
    }
    for (const goal of view.goals) lines.push(...goalLines(goal));
    for (const followUp of view.followUps) lines.push(...followUpLines(followUp));
    return lines.join('\n') + '\n';
}

function goalLines(goal: GoalView): string[] {
    const at = `mål ${goal.id}:`;
    const lines = [`mål ${goal.id} "${goal.title}"`];
    // Only a level the file states: the engine's default for a goal without one is no fact of the file.
    if (goal.levelStated !== false) lines.push(`${at} nivå ${goal.level}`);
    if (goal.owner) lines.push(`${at} ansvarig ${goal.owner}`);
    if (goal.area) lines.push(`${at} inriktning ${goal.area}`);
    if (goal.contributesTo.length > 0) lines.push(`${at} bidrar till ${goal.contributesTo.join(', ')}`);
    if (goal.municipalityWide) lines.push(`${at} kommunövergripande`);
    if (goal.programmes.length > 0) lines.push(`${at} program ${goal.programmes.join(', ')}`);
    if (goal.weight !== 1) lines.push(`${at} vikt ${goal.weight}`);
    for (const measure of goal.measures) lines.push(...measureLines(goal, measure));
    return lines;
}

function measureLines(goal: GoalView, measure: MeasureView): string[] {
    const at = `mått ${goal.id}.${measure.id}:`;
    const lines = [`mått ${goal.id}.${measure.id} "${measure.title}"`];
    if (measure.kpi) lines.push(`${at} nyckeltal ${measure.kpi}`);
    if (measure.unit) lines.push(`${at} enhet "${measure.unit}"`);
    if (measure.direction) lines.push(`${at} ${DIRECTION_WORDS[measure.direction]}`);
    if (measure.gender !== 'T') lines.push(`${at} kön ${measure.gender}`);
    if (measure.weight !== 1) lines.push(`${at} vikt ${measure.weight}`);
    for (const line of measure.thresholds) lines.push(`${at} ${lineText(line)}`);
    for (const point of measure.actual ?? [])
        lines.push(`${at} utfall ${point.year} ${formatModelNumber(point.value)}`);
    for (const point of measure.target ?? [])
        lines.push(`${at} målvärde ${point.year} ${formatModelNumber(point.value)}`);
    return lines;
}

/** `uppföljning 2019 mål GodService: bedömning delvis "…"`: one line per statement of a follow-up. */
function followUpLines(followUp: FollowUpView): string[] {
    // An interim follow-up (section 9) keeps its date on every line, so that git tells it from the year's final one.
    const name = followUp.per
        ? `uppföljning ${followUp.year} per ${dateWords(followUp.per)}`
        : `uppföljning ${followUp.year}`;
    const lines = [`${name} "${followUp.title}"`];
    for (const entry of followUp.entries) {
        const at = `${name} ${entry.kind === 'goal' ? `mål ${entry.goal}` : `mått ${entry.goal}.${entry.measure ?? ''}`}:`;
        if (entry.assessment)
            lines.push(`${at} bedömning ${statusWord(entry.assessment.status)} "${entry.assessment.motivation}"`);
        for (const note of entry.analysis) lines.push(`${at} analys "${note.text}"`);
        for (const note of entry.actions) lines.push(`${at} åtgärd "${note.text}"`);
        if (entry.forecast)
            lines.push(`${at} prognos ${statusWord(entry.forecast.status)} "${entry.forecast.motivation}"`);
    }
    return lines;
}
