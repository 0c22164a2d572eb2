/**
 * The small pieces of status every page of the site lays out: a pill with the word and its colour, a goal's
 * fulfilment, a link to a goal's or measure's page. Words and numbers come from the shared reader text.
 */
import type { GoalResult, Status } from '../../fulfilment/result.js';
import { escapeAttribute, escapeHtml } from '../escape.js';
import { formatPercent } from '../format.js';
import { assessedMark } from '../html-facts.js';
import { statusPill } from '../status-marks.js';

/** The pill, `· bedömd` inside it when a follow-up decided the status. */
export function pill(status: Status, assessed = false): string {
    return statusPill(status, assessedMark(assessed));
}

/** `75 %` with the attributes the e2e test reads to compare the number with `report --format json`. */
export function fulfilmentHtml(result: Pick<GoalResult, 'id' | 'fulfilment'>, year: number): string {
    return `<span class="site-percent" data-goal="${escapeAttribute(result.id)}" data-year="${year}">${escapeHtml(formatPercent(result.fulfilment))}</span>`;
}

export function link(href: string, text: string): string {
    return `<a href="${escapeAttribute(href)}">${escapeHtml(text)}</a>`;
}
