/**
 * The opening sentence of the first page (READERS.md 2): how many of fullmäktige's goals are met this year,
 * how many partly and not, and last year's count: "4 av 7 av fullmäktiges mål är uppfyllda 2023, 2 delvis
 * och 1 inte (2022: 3 av 7)."
 */
import type { GoalStatus, ModelResult } from '../../fulfilment/result.js';
import { formatRank } from '../format.js';
import type { ReportTree } from '../report-model.js';
import { joinSwedish } from './words.js';

/** The KF goals the page shows (an owner filter keeps only those its goals serve), each once. */
export function shownKfGoals(tree: ReportTree): string[] {
    return [...new Set(tree.areas.flatMap(area => area.goals.map(goal => goal.view.id)))];
}

function counts(result: ModelResult, ids: readonly string[]): Record<GoalStatus, number> {
    const record: Record<GoalStatus, number> = { uppfyllt: 0, delvis: 0, ej_uppfyllt: 0, saknas: 0 };
    const byId = new Map(result.goals.map(g => [g.id, g]));
    for (const id of ids) {
        record[byId.get(id)?.status ?? 'saknas']++;
    }
    return record;
}

/** The result of the year before the one shown, when the report has it. */
export function previousResult(tree: ReportTree): ModelResult | undefined {
    return tree.input.results.find(r => r.year === tree.year - 1);
}

export function openingSentence(tree: ReportTree): string {
    const ids = shownKfGoals(tree);
    if (ids.length === 0) {
        return `Modellen har inga fullmäktigemål att följa upp ${tree.year}.`;
    }
    const now = counts(tree.result, ids);
    const total = formatRank(ids.length);
    const rest = [
        now.delvis > 0 ? `${formatRank(now.delvis)} delvis` : undefined,
        now.ej_uppfyllt > 0 ? `${formatRank(now.ej_uppfyllt)} inte` : undefined,
        now.saknas > 0 ? `${formatRank(now.saknas)} saknar underlag` : undefined
    ].filter((p): p is string => p !== undefined);
    const previous = previousResult(tree);
    const before = previous ? ` (${previous.year}: ${formatRank(counts(previous, ids).uppfyllt)} av ${total})` : '';
    const met = `${formatRank(now.uppfyllt)} av ${total} av fullmäktiges mål är ${ids.length === 1 ? 'uppfyllt' : 'uppfyllda'} ${tree.year}`;
    return `${rest.length > 0 ? `${met}, ${joinSwedish(rest)}` : met}${before}.`;
}
