/**
 * A wide block (a table of years, of municipalities) that scrolls sideways inside its own frame instead of
 * widening the page (WCAG 1.4.10 reflow at 320 CSS px and at 400 % zoom). The frame is a labelled region in the
 * tab order, so a keyboard user can reach it and scroll it with the arrow keys (axe `scrollable-region-focusable`).
 * Every renderer that draws something wider than a phone uses this one wrapper.
 */
import { escapeHtml } from './escape.js';

export function scrollRegion(label: string, html: string, className = ''): string {
    const classes = className ? `sm-scroll ${className}` : 'sm-scroll';
    return `<div class="${classes}" role="region" aria-label="${escapeHtml(label)}" tabindex="0">${html}</div>`;
}

export const SCROLL_REGION_STYLES = String.raw`
.sm-scroll { max-width: 100%; overflow-x: auto; overscroll-behavior-x: contain; }
.sm-scroll:focus-visible { outline: 2px solid var(--sm-focus); outline-offset: 2px; }
`;
