/**
 * Status as text: the colour marker or pill and the word (from fulfilment/status.ts), always together.
 */
import type { Status } from '../fulfilment/result.js';
import { type StatusColour, statusDisplay } from '../fulfilment/status.js';
import { escapeHtml } from './escape.js';

/** The coloured circle Markdown viewers and word processors show; grey is the white circle. */
export const COLOUR_MARKER: Readonly<Record<StatusColour, string>> = {
    green: '🟢',
    yellow: '🟡',
    red: '🔴',
    grey: '⚪'
};

/** Swedish name of the colour, for accessible names and the legend. */
export const COLOUR_NAME: Readonly<Record<StatusColour, string>> = {
    green: 'grön',
    yellow: 'gul',
    red: 'röd',
    grey: 'grå'
};

/** `🟢 uppfyllt`. */
export function statusMark(status: Status): string {
    const display = statusDisplay(status);
    return `${COLOUR_MARKER[display.colour]} ${display.word}`;
}

/** A status pill: the word, with its colour dot drawn by CSS (`.sm-pill::before`), so one never comes without the other. */
export function statusPill(status: Status, extra = ''): string {
    const display = statusDisplay(status);
    return `<span class="sm-pill ${display.cssClass}">${escapeHtml(display.word)}${extra}</span>`;
}

/** The word of a status as the tree shows it (`uppfyllt`, `halv`); for the preview's script, which reads statuses as strings. */
export function statusWordOf(status: string): string {
    return statusDisplay(status as Status).word;
}
