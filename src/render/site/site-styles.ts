/**
 * The site's stylesheet (`stil.css`): the shared report stylesheet (colours, pills, charts, follow-up, light and
 * dark) and the site's own layout on top: a readable column that reflows down to 320 px, wide tables
 * scrolling in their own region, a visible focus, and a print stylesheet without navigation.
 */
import { STYLES } from '../styles.js';

const SITE_STYLES = String.raw`
body.site { font-size: 1rem; line-height: 1.55; }
.site-skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 0.8rem; background: var(--sm-bg); color: var(--sm-fg); border: 2px solid var(--sm-focus); border-radius: 6px; z-index: 10; }
.site-skip:focus { top: 0.5rem; }
.site a { color: var(--sm-link, #0757b8); text-underline-offset: 0.15em; }
@media (prefers-color-scheme: dark) { .site a { color: var(--sm-link-dark, #79b8ff); } }
.site a:focus-visible, .site [tabindex="0"]:focus-visible, .site input:focus-visible, .site select:focus-visible {
    outline: 3px solid var(--sm-focus); outline-offset: 2px;
}
.site-main:focus { outline: none; }
.site-header, .site-main, .site-footer { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
.site-header { padding-top: 0.8rem; padding-bottom: 0.6rem; border-bottom: 1px solid var(--sm-border); display: flex; flex-wrap: wrap; gap: 0.4rem 1.5rem; align-items: baseline; justify-content: space-between; }
.site-name { margin: 0; font-weight: 700; font-size: 1.1rem; }
.site-name a { color: var(--sm-fg); text-decoration: none; }
.site-nav ul, .site-trail ol, .site-years ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
.site-nav a[aria-current="page"] { font-weight: 700; }
.site-trail { margin: 1rem 0 0; font-size: 0.92rem; }
.site-trail li + li::before { content: "›"; margin-right: 0.6rem; color: var(--sm-muted); }
.site-main { padding-bottom: 2rem; }
.site-main h1 { font-size: 1.7rem; line-height: 1.25; margin: 0.6rem 0 0.8rem; }
/* A long Swedish compound (återvinningscentralen) fits a 360 px line whole instead of breaking inside. */
@media (max-width: 26rem) { .site-main h1 { font-size: 1.45rem; } }
.site-main h2 { font-size: 1.3rem; margin: 1.8rem 0 0.6rem; }
.site-main h3 { font-size: 1.08rem; margin: 0.2rem 0; }
.site-kicker { margin: 1rem 0 0; color: var(--sm-muted); }
.site-muted { color: var(--sm-muted); }
.site-figures, .site-status { display: flex; flex-wrap: wrap; gap: 0.4rem 0.7rem; align-items: center; margin: 0.2rem 0; }
.site-percent, .site-value { font-variant-numeric: tabular-nums; font-weight: 600; }
.site-goals, .site-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.7rem; }
.site-goal, .site-list > li { padding: 0.6rem 0.8rem; border: 1px solid var(--sm-border); border-radius: 8px; background: var(--sm-surface); }
.site-motivation { margin: 0.3rem 0 0; }
.site-area { margin-top: 1.5rem; }
.site-vision { margin-top: 1rem; padding: 0.8rem 1rem; border-left: 4px solid var(--sm-focus); background: var(--sm-surface); }
.site-vision h2 { margin-top: 0; }
.site-years { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: baseline; }
.site-years-label { margin: 0; font-weight: 600; }
.site-years select { font: inherit; padding: 0.2rem 0.4rem; background: var(--sm-input-bg); color: var(--sm-input-fg); border: 1px solid var(--sm-input-border); border-radius: 4px; }
.site-scroll { overflow-x: auto; max-width: 100%; }
.site-table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 0.3rem 0; }
.site-table caption { text-align: left; font-weight: 600; }
.site-table th, .site-table td { border: 1px solid var(--sm-border); padding: 0.3rem 0.55rem; text-align: left; vertical-align: top; }
.site-table thead th { background: var(--sm-surface); }
.site-table td { min-width: 6rem; }
/* Sentences (why, thresholds) get a reading width: at 360 px a 6rem column made a year's row a screen tall. */
.site-table td.site-words { min-width: 18rem; }
.site-table .site-current { font-weight: 650; }
.site-followup { margin-top: 0.8rem; }
.site-legend dl { margin: 0; display: grid; gap: 0.4rem; }
.site-legend-row { display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; }
.site-legend dt { display: flex; flex-wrap: wrap; gap: 0.3rem; min-width: 12rem; }
.site-legend dd { margin: 0; flex: 1 1 16rem; }
.site-search { margin: 0.5rem 0 1rem; display: grid; gap: 0.3rem; max-width: 30rem; }
.site-search input { font: inherit; padding: 0.4rem 0.5rem; background: var(--sm-input-bg); color: var(--sm-input-fg); border: 1px solid var(--sm-input-border); border-radius: 4px; }
.site-letter ul { padding-left: 1.2rem; }
.site-letter li { margin: 0.2rem 0; }
.site-footer { border-top: 1px solid var(--sm-border); padding-top: 0.6rem; padding-bottom: 2rem; font-size: 0.92rem; }
.site .sm-chart { max-width: 36rem; }
.site [hidden] { display: none !important; }
/* A visually hidden table (a chart's numbers) is as wide as its unwrapped rows; fixed, it never widens the page (reflow at 320 px). */
.site .sm-sr { position: fixed !important; }
@media print {
    .site-skip, .site-nav, .site-years, .site-search { display: none !important; }
    .site-header, .site-main, .site-footer { max-width: none; padding: 0; }
    .site a { color: inherit; }
    .site-scroll { overflow: visible; }
    .site-goal, .site-list > li, .site-table tr { break-inside: avoid; }
}
`;

export const SITE_STYLESHEET = `${STYLES}${SITE_STYLES}`;
