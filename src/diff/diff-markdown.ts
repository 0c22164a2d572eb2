import type { ChangeKind, ModelChange } from './changes.js';

const KIND_WORDS: Record<ChangeKind, string> = {
    'model-added': 'Ny modell',
    'model-removed': 'Borttagen modell',
    'municipality-changed': 'Kommunkod ändrad',
    'year-changed': 'Uppföljningsår ändrat',
    'bounds-changed': 'Bedömningsgräns ändrad',
    'data-source-added': 'Ny datafil',
    'data-source-removed': 'Borttagen datafil',
    'data-source-changed': 'Datafil ändrad',
    'vision-changed': 'Visionen ändrad',
    'goal-added': 'Nytt mål',
    'goal-removed': 'Borttaget mål',
    'goal-renamed': 'Mål har bytt namn',
    'goal-moved': 'Mål flyttat',
    'goal-title-changed': 'Målets rubrik ändrad',
    'goal-level-changed': 'Målets nivå ändrad',
    'goal-owner-changed': 'Ny ansvarig',
    'goal-weight-changed': 'Målets vikt ändrad',
    'measure-added': 'Nytt mått',
    'measure-removed': 'Borttaget mått',
    'measure-renamed': 'Mått har bytt namn',
    'measure-moved': 'Mått flyttat',
    'measure-title-changed': 'Måttets rubrik ändrad',
    'threshold-added': 'Nytt gränsvärde',
    'threshold-removed': 'Borttaget gränsvärde',
    'threshold-changed': 'Gränsvärde ändrat',
    'direction-changed': 'Riktning ändrad',
    'measure-weight-changed': 'Måttets vikt ändrad',
    'kpi-changed': 'Nyckeltal ändrat',
    'unit-changed': 'Enhet ändrad',
    'gender-changed': 'Könsserie ändrad',
    'target-added': 'Nytt målvärde',
    'target-removed': 'Borttaget målvärde',
    'target-changed': 'Målvärde ändrat',
    'assessment-added': 'Ny bedömning',
    'assessment-removed': 'Borttagen bedömning',
    'assessment-changed': 'Bedömning ändrad',
    'status-changed': 'Ny status'
};

function cell(text: string | null): string {
    return text === null ? '–' : '`' + text.replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\r?\n/g, ' ') + '`';
}

function label(change: ModelChange): string {
    const word = KIND_WORDS[change.kind];
    // A threshold or målvärde line says from which year it changes things.
    const from = change.from !== undefined && !change.kind.startsWith('assessment') ? ` från ${change.from}` : '';
    if (change.weakened) return `${word}: **sänkt**${from} ⚠️`;
    if (change.raised) return `${word}: höjd${from}`;
    return change.note ? `${word} (${change.note})` : word;
}

/**
 * A pull-request comment: weakened targets first and loudly, then every other change, then status effects,
 * listed under their year.
 */
export function renderDiffMarkdown(title: string, changes: ModelChange[], year?: number): string {
    const lines = [`## ${title}`, ''];
    if (changes.length === 0) {
        lines.push('Inga ändringar i målen, måtten eller gränsvärdena.');
        return lines.join('\n') + '\n';
    }
    const weakened = changes.filter(c => c.weakened);
    if (weakened.length > 0) {
        lines.push(
            `> ⚠️ **${weakened.length} ${weakened.length === 1 ? 'gränsvärde har sänkts' : 'gränsvärden har sänkts'}**: målen blir lättare att nå.`,
            ''
        );
    }
    const structural = changes.filter(c => c.kind !== 'status-changed');
    const ordered = [...structural.filter(c => c.weakened), ...structural.filter(c => !c.weakened)];
    if (ordered.length > 0) {
        lines.push('| Ändring | Vad | Före | Efter |', '| --- | --- | --- | --- |');
        for (const c of ordered) lines.push(`| ${label(c)} | ${c.id} | ${cell(c.before)} | ${cell(c.after)} |`);
        lines.push('');
    }
    const statuses = changes.filter(c => c.kind === 'status-changed');
    const years = [...new Set(statuses.map(c => c.year ?? year))].sort((a, b) => (a ?? 0) - (b ?? 0));
    for (const shown of years) {
        lines.push(
            `### Status som ändras${shown ? ` (${shown})` : ''}`,
            '',
            '| Mål eller mått | Före | Efter |',
            '| --- | --- | --- |'
        );
        for (const c of statuses.filter(s => (s.year ?? year) === shown))
            lines.push(`| ${c.id} | ${c.before ?? '–'} | ${c.after ?? '–'} |`);
        lines.push('');
    }
    return lines.join('\n');
}
