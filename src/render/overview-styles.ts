/**
 * Styles of the overview band, the goals-by-year grid, the trend chart and the preview's trust signals, and the
 * responsive layout of the tree rows (360 px to full width). Appended to the shared stylesheet (styles.ts).
 * Every graphic mark uses a status colour chosen for at least 3:1 against the page and the surfaces.
 */
export const OVERVIEW_STYLES =
    String.raw`
:root { --sm-on-status: #ffffff; }
@media (prefers-color-scheme: dark) { :root { --sm-on-status: #0d1117; } }
body.vscode-light { --sm-on-status: #ffffff; }
body.vscode-dark, body.vscode-high-contrast { --sm-on-status: #0d1117; }
body.vscode-high-contrast-light { --sm-on-status: #ffffff; }
/* A theme's muted text on its widget background can fall below 4.5:1 (Light+: 4.4:1): on surfaces inside VS Code
   the muted text takes the foreground colour. */
body.vscode-light .sm-vision > .sm-row, body.vscode-light .sm-legend, body.vscode-light .sm-ov-list,
body.vscode-dark .sm-vision > .sm-row, body.vscode-dark .sm-legend, body.vscode-dark .sm-ov-list { --sm-muted: var(--sm-fg); }
/* Off to the left as well: a table keeps its full width whatever its width says, and at its own place it would
   widen a 320 px page (WCAG 1.4.10); to the left it adds nothing to scroll to. */
.sm-sr {
    position: absolute !important; left: -10000px; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* Overview band */
.sm-overview { margin: 0 0 1.75rem; }
.sm-ov-title { margin: 0 0 0.6rem; font-size: 1.15em; font-weight: 650; }
.sm-ov-list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--sm-border); border-radius: 10px; background: var(--sm-surface); }
.sm-ov-row + .sm-ov-row { border-top: 1px solid var(--sm-border); }
.sm-ov-link {
    display: grid; grid-template-columns: minmax(0, 1fr) auto minmax(12rem, 22rem); align-items: center; gap: 0.35rem 1.25rem;
    padding: 0.7rem 1rem; color: var(--sm-fg); text-decoration: none; border-radius: 10px;
}
.sm-ov-link:hover { background: var(--sm-hover); }
.sm-ov-link:hover .sm-ov-name { text-decoration: underline; }
.sm-ov-link:focus-visible, .sm-grid a:focus-visible { outline: 2px solid var(--sm-focus); outline-offset: -2px; }
.sm-ov-name { font-weight: 650; font-size: 1.05em; }
.sm-ov-figures { display: flex; align-items: center; gap: 0.75rem; justify-content: flex-end; }
.sm-ov-percent { font-size: 1.35em; font-weight: 700; font-variant-numeric: tabular-nums; min-width: 3.6rem; text-align: right; }
.sm-ov-counts { display: flex; flex-direction: column; gap: 0.3rem; }
.sm-ov-count { display: grid; grid-template-columns: 5.5rem minmax(0, 1fr); align-items: center; gap: 0.6rem; font-size: 0.82em; color: var(--sm-fg); }
.sm-stack { display: flex; gap: 2px; height: 0.6rem; border-radius: 3px; overflow: hidden; }
.sm-stack-empty { border: 1px dashed var(--sm-muted); }
.sm-stack-part { display: block; min-width: 4px; background: var(--sm-status); }

/* Goals by year */
.sm-grid-wrap { margin-top: 1rem; overflow-x: auto; }
.sm-grid { border-collapse: separate; border-spacing: 3px; font-size: 0.9em; }
.sm-grid caption { text-align: left; font-weight: 650; padding: 0 0 0.35rem 3px; }
.sm-grid th { font-weight: 600; color: var(--sm-muted); font-variant-numeric: tabular-nums; padding: 0 0.25rem; }
.sm-grid th.sm-grid-now { color: var(--sm-fg); }
.sm-grid th.sm-grid-goal { text-align: left; font-weight: 500; color: var(--sm-fg); max-width: 26rem; padding-right: 0.75rem; }
.sm-grid th.sm-grid-goal a { color: inherit; text-decoration: none; }
.sm-grid th.sm-grid-goal a:hover { text-decoration: underline; }
.sm-grid-cell { padding: 0; text-align: center; }
/* Solid status colour with the letter on it, so the whole plan reads as one picture; the text colour on the
   status colours has at least 4.5:1 (white on the light theme's, near-black on the dark theme's). */
.sm-grid-mark {
    display: inline-flex; align-items: center; justify-content: center; width: 2.4rem; height: 1.6rem; border-radius: 4px;
    font-weight: 700; font-size: 0.9em; color: var(--sm-on-status); background: var(--sm-status);
}
.sm-grid-legend { display: flex; flex-wrap: wrap; gap: 0.35rem 1rem; margin: 0.4rem 0 0 3px; font-size: 0.82em; color: var(--sm-muted); }
.sm-grid-key { display: inline-flex; align-items: center; gap: 0.35rem; }
.sm-grid-key .sm-grid-mark { width: 1.5rem; height: 1.25rem; }

/* Trend chart of an expanded measure: unscaled SVGs (text stays 12,5 px), the plot stretching between the
   value ticks and the labels of the lines (trend-chart.ts). */
.sm-chart-item > .sm-row { display: block; padding-left: 1.4rem; }
.sm-chart, .sm-standing { margin: 0; max-width: 36rem; padding: 0.25rem 0 0.5rem; }
.sm-chart-caption { font-size: 0.85em; font-weight: 600; color: var(--sm-muted); margin-bottom: 0.2rem; }
.sm-chart-body { display: flex; align-items: flex-start; }
.sm-chart-plot { flex: 1 1 auto; min-width: 0; container-type: inline-size; }
.sm-chart-svg { display: block; overflow: visible; font-family: var(--sm-font); flex: none; }
.sm-chart-plot > .sm-chart-svg { width: 100%; }
.sm-chart-grid { stroke: var(--sm-border); stroke-width: 1; }
.sm-chart-tick { fill: var(--sm-muted); font-size: 12.5px; font-variant-numeric: tabular-nums; }
.sm-chart-current { fill: var(--sm-fg); font-weight: 700; }
.sm-chart-rank { fill: var(--sm-fg); font-size: 12.5px; font-weight: 600; font-variant-numeric: tabular-nums; }
.sm-chart-label { fill: var(--sm-fg); font-size: 12.5px; }
.sm-chart-minor { display: none; }
@container (min-width: 22rem) { .sm-chart-minor { display: inline; } }
.sm-chart-threshold, .sm-chart-threshold line { fill: none; stroke: var(--sm-status); }
.sm-chart-target, .sm-chart-target line { --sm-status: var(--sm-focus); }
.sm-chart-line, .sm-chart-line line { fill: none; stroke: var(--sm-fg); }
.sm-chart-dot { fill: var(--sm-status); stroke: var(--sm-bg); stroke-width: 1.5; }
.sm-chart-key { list-style: none; margin: 0.3rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.82em; color: var(--sm-muted); }
.sm-chart-key li { display: inline-flex; align-items: center; gap: 0.35rem; }
.sm-chart-sample { flex: none; }
.sm-chart-note { margin: 0.15rem 0 0; font-size: 0.82em; color: var(--sm-muted); }
.sm-show-table { margin-top: 0.3rem; font-size: 0.85em; }
.sm-show-table > summary { cursor: pointer; color: var(--sm-fg); text-decoration: underline; width: max-content; }
/* Open, the disclosure shows the table that follows it, which screen readers read in any case. */
.sm-show-table[open] + .sm-sr {
    position: static !important; width: auto; height: auto; margin: 0.3rem 0 0; overflow: visible; clip: auto;
    white-space: normal;
}
.sm-chart-table { border-collapse: collapse; font-size: 0.85em; }
.sm-chart-table caption { text-align: left; font-weight: 600; }
.sm-chart-table :is(th, td) { padding: 0.1rem 0.5rem; border-bottom: 1px solid var(--sm-border); text-align: left; }
@media print { .sm-show-table { display: none; } }

/* How we stand among the others (standing-chart.ts): every municipality a bar, best first. */
.sm-standing-chart { position: relative; padding-top: 2.3rem; }
.sm-standing-svg { display: block; }
.sm-standing-bar { fill: var(--sm-muted); }
.sm-standing-bar.sm-standing-member { fill: var(--sm-focus); }
.sm-standing-bar.sm-standing-own, .sm-standing-mark.sm-standing-own { fill: var(--sm-fg); }
.sm-standing-mark { fill: var(--sm-focus); }
.sm-standing-band { fill: var(--sm-focus); opacity: 0.18; }
.sm-standing-national { stroke: var(--sm-fg); stroke-width: 1.5; }
.sm-standing-pointer { position: absolute; top: 0; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
.sm-standing-arrow { position: absolute; top: 1.05rem; transform: translateX(-50%); font-size: 12.5px; line-height: 1; }
.sm-standing-ends { display: flex; justify-content: space-between; font-size: 12.5px; color: var(--sm-muted); }
.sm-standing-swatch { display: inline-block; width: 0.8rem; height: 0.8rem; background: var(--sm-muted); }
.sm-standing-swatch.sm-standing-own { background: var(--sm-fg); }
.sm-standing-swatch.sm-standing-member { background: var(--sm-focus); }
.sm-standing-text { margin: 0.25rem 0 0; }
.sm-standing-own-row { font-weight: 700; }

/* Trust signals: errors in the model, waiting for the first result, a status that just changed */
/* The banner stays in view while the tree scrolls under it (READERS.md section 7). */
.sm-banner {
    position: sticky; top: 0; z-index: 2;
    margin: 0 0 1rem; padding: 0.6rem 0.85rem; border-radius: 6px; border: 1px solid var(--sm-red);
    background: color-mix(in srgb, var(--sm-red) 10%, var(--sm-bg)); color: var(--sm-fg);
}
.sm-banner strong { font-weight: 650; }
.sm-loading { display: flex; align-items: center; gap: 0.6rem; color: var(--sm-muted); padding: 2rem 0; }
.sm-loading::before {
    content: ""; width: 0.9rem; height: 0.9rem; border-radius: 50%; border: 2px solid var(--sm-muted); border-right-color: transparent;
    animation: sm-spin 0.9s linear infinite;
}
@keyframes sm-spin { to { transform: rotate(360deg); } }
@keyframes sm-flash { from { background: color-mix(in srgb, var(--sm-focus) 28%, var(--sm-bg)); } to { background: transparent; } }
.sm-changed > .sm-row { animation: sm-flash 2.5s ease-out 1; box-shadow: inset 3px 0 0 var(--sm-focus); }
.sm-changed-note { font-size: 0.85em; font-weight: 600; color: var(--sm-fg); }
.sm-changed-note::before { content: "● "; color: var(--sm-focus); }
.sm-cursor > .sm-row { box-shadow: inset 3px 0 0 var(--sm-focus); background: var(--sm-hover); }
@media (forced-colors: active) {
    .sm-grid-mark, .sm-stack-part, .sm-chart-dot, .sm-chart-threshold, .sm-standing-svg, .sm-standing-swatch { forced-color-adjust: none; }
}
@media (prefers-reduced-motion: reduce) {
    .sm-changed > .sm-row { animation: none; }
    .sm-loading::before { animation: none; }
}
` +
    // The own bar's name and arrow at its bar, in whole percent: a class per position, so no style attribute is
    // needed (the site's CSP allows none); the name slides left by as much of its width, to stay in the chart.
    Array.from(
        { length: 101 },
        (_, i) => `.sm-left-${i} { left: ${i}%; }\n.sm-slide-${i} { transform: translateX(-${i}%); }`
    ).join('\n') +
    '\n';

/**
 * The tree rows from 360 px to full width. Wide: title, figure, trend, status in columns. Below ~760 px the
 * figure columns narrow; below ~560 px percent, bar and status go on one line under the title; the small trend
 * line stays down to ~480 px. Chips (thresholds) wrap at spaces like the text around them.
 */
export const LAYOUT_STYLES = String.raw`
.sm-threshold { white-space: normal; overflow-wrap: normal; hyphens: manual; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.sm-row > .sm-figure { min-width: 0; }
@media (max-width: 47.5rem) {
    .sm-row { grid-template-columns: 1.1rem minmax(0, 1fr) 5rem 5.75rem 7.25rem; gap: 0 0.6rem; }
    .sm-bar { width: 4.5rem; }
    .sm-ov-link { grid-template-columns: minmax(0, 1fr) auto; }
    .sm-ov-counts { grid-column: 1 / -1; }
    .sm-legend-row { grid-template-columns: 1fr; }
}
@media (max-width: 35rem) {
    body.sm-preview .sm-app, .sm-app { padding-left: 0.75rem; padding-right: 0.75rem; }
    .sm-row { grid-template-columns: 1.1rem auto auto minmax(0, 1fr); gap: 0.3rem 0.6rem; }
    .sm-row > .sm-main { grid-column: 2 / -1; }
    .sm-row > .sm-figure { grid-column: 2; grid-row: 2; flex-direction: row; align-items: center; gap: 0.5rem; }
    .sm-row > .sm-trend { grid-column: 3; grid-row: 2; }
    .sm-row > .sm-pill { grid-column: 4; grid-row: 2; justify-self: start; }
    .sm-vision > .sm-row > .sm-figure, .sm-vision > .sm-row > .sm-trend, .sm-vision > .sm-row > .sm-pill { margin-top: 0.4rem; }
    .sm-header { flex-direction: column; align-items: stretch; }
    .sm-title { font-size: 1.45em; }
    .sm-ov-link { padding: 0.6rem 0.75rem; }
    .sm-ov-count { grid-template-columns: 3.5rem minmax(0, 1fr); }
    .sm-chart-item > .sm-row { padding-left: 0.3rem; }
    /* The five-year table of a measure's facts wraps its cells rather than widening the page. */
    .sm-history { font-size: 0.85em; }
    .sm-history th, .sm-history td { white-space: normal; padding: 0.1rem 0.2rem; }
    .sm-history .sm-pill { white-space: normal; padding: 0 0.3rem 0 0.25rem; gap: 0.25rem; }
}
@media (max-width: 30rem) {
    /* The inriktning's name gets the whole line; its percent and status go under it, not beside a squeezed name. */
    .sm-ov-link { grid-template-columns: minmax(0, 1fr); }
    .sm-ov-figures { justify-content: flex-start; }
    .sm-row > .sm-trend { display: none; }
    .sm-row > .sm-pill { grid-column: 3; }
    .sm-tree ul[role="group"] { margin-left: 0.3rem; padding-left: 0.6rem; }
    .sm-grid-mark { width: 1.9rem; }
}
`;
