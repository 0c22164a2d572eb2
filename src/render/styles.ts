/**
 * The one stylesheet of the report and the preview. Colours come from VS Code's theme variables when the
 * page is a webview, with fallbacks so the same CSS reads well in a plain browser, light or dark
 * (`prefers-color-scheme`), and in VS Code's high-contrast themes (`body.vscode-high-contrast`).
 */
import { FIRST_PAGE_STYLES } from './first-page-html.js';
import { FACT_STYLES } from './html-facts.js';
import { LAYOUT_STYLES, OVERVIEW_STYLES } from './overview-styles.js';
import { SCROLL_REGION_STYLES } from './scroll-region.js';

export const STYLES =
    String.raw`
:root {
    color-scheme: light dark;
    --sm-bg: var(--vscode-editor-background, #ffffff);
    --sm-fg: var(--vscode-foreground, #1f2328);
    --sm-muted: var(--vscode-descriptionForeground, #59636e);
    --sm-border: var(--vscode-panel-border, var(--vscode-widget-border, #d8dee4));
    --sm-surface: var(--vscode-editorWidget-background, #f6f8fa);
    --sm-hover: var(--vscode-list-hoverBackground, #eef2f6);
    --sm-focus: var(--vscode-focusBorder, #0969da);
    --sm-code-bg: var(--vscode-textCodeBlock-background, #eff2f5);
    --sm-input-bg: var(--vscode-dropdown-background, #ffffff);
    --sm-input-fg: var(--vscode-dropdown-foreground, #1f2328);
    --sm-input-border: var(--vscode-dropdown-border, #c5ced8);
    /*
     * Status colours are our own, measured at 3:1 or more against the page, the surfaces and the pills (WCAG 1.4.11;
     * test-e2e/accessibility.e2e.test.ts), in light and dark. VS Code's theme colours are not used for them: Light+'s
     * warning yellow and disabled grey are below 3:1. High-contrast themes take the theme's colours (below).
     */
    --sm-green: #1a7f37;
    --sm-yellow: #9a6700;
    --sm-red: #cf222e;
    --sm-grey: #6e7781;
    --sm-font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
    --sm-mono: var(--vscode-editor-font-family, ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace);
    --sm-size: var(--vscode-font-size, 14px);
}
@media (prefers-color-scheme: dark) {
    :root {
        --sm-bg: var(--vscode-editor-background, #15191f);
        --sm-fg: var(--vscode-foreground, #e6edf3);
        --sm-muted: var(--vscode-descriptionForeground, #9aa4af);
        --sm-border: var(--vscode-panel-border, var(--vscode-widget-border, #343b44));
        --sm-surface: var(--vscode-editorWidget-background, #1c2129);
        --sm-hover: var(--vscode-list-hoverBackground, #222831);
        --sm-focus: var(--vscode-focusBorder, #4493f8);
        --sm-code-bg: var(--vscode-textCodeBlock-background, #262c36);
        --sm-input-bg: var(--vscode-dropdown-background, #1c2129);
        --sm-input-fg: var(--vscode-dropdown-foreground, #e6edf3);
        --sm-input-border: var(--vscode-dropdown-border, #3d444d);
        --sm-green: #3fb950;
        --sm-yellow: #d8a72a;
        --sm-red: #f0605a;
        --sm-grey: #768390;
    }
}
/* In VS Code the theme's kind decides, whatever the system's colour scheme. */
body.vscode-light { --sm-green: #1a7f37; --sm-yellow: #9a6700; --sm-red: #cf222e; --sm-grey: #6e7781; }
body.vscode-dark { --sm-green: #3fb950; --sm-yellow: #d8a72a; --sm-red: #f0605a; --sm-grey: #768390; }
body.vscode-high-contrast, body.vscode-high-contrast-light {
    --sm-green: var(--vscode-charts-green, #3fb950);
    --sm-yellow: var(--vscode-editorWarning-foreground, var(--vscode-charts-yellow, #d8a72a));
    --sm-red: var(--vscode-charts-red, #f0605a);
    --sm-grey: var(--vscode-disabledForeground, #768390);
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
    background: var(--sm-bg);
    color: var(--sm-fg);
    font-family: var(--sm-font);
    font-size: var(--sm-size);
    line-height: 1.45;
    /* Long Swedish compounds break at syllables (the page is lang="sv"), never inside a syllable. */
    hyphens: auto;
    overflow-wrap: break-word;
}
.status-green { --sm-status: var(--sm-green); }
.status-yellow { --sm-status: var(--sm-yellow); }
.status-red { --sm-status: var(--sm-red); }
.status-grey { --sm-status: var(--sm-grey); }

.sm-app { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
body.sm-preview .sm-app { max-width: none; padding: 1rem 1.25rem 2rem; }
.sm-message { color: var(--sm-muted); padding: 2rem 0; }
.sm-muted { color: var(--sm-muted); }

/* Header: title, facts, year and owner selectors */
.sm-header {
    display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 1rem 2rem;
    padding-bottom: 1rem; margin-bottom: 1.25rem; border-bottom: 1px solid var(--sm-border);
}
.sm-kicker { margin: 0; color: var(--sm-muted); font-size: 0.8em; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; }
.sm-title { margin: 0.15rem 0 0.35rem; font-size: 1.75em; font-weight: 650; line-height: 1.2; }
/* Items are spaced by the gap, not by separators, so a wrapped line never starts with a stray dot. */
.sm-meta { margin: 0; color: var(--sm-muted); font-size: 0.9em; display: flex; flex-wrap: wrap; gap: 0.25rem 1.1rem; }
.sm-controls { display: flex; flex-wrap: wrap; gap: 0.75rem; }
.sm-control { display: flex; flex-direction: column; gap: 0.2rem; font-size: 0.85em; color: var(--sm-muted); }
.sm-control-label { font-weight: 600; }
.sm-control select {
    font: inherit; font-size: 1.05em; color: var(--sm-input-fg); background: var(--sm-input-bg);
    border: 1px solid var(--sm-input-border); border-radius: 6px; padding: 0.35rem 0.6rem; min-width: 7rem; max-width: 22rem;
}
.sm-control select:focus-visible { outline: 2px solid var(--sm-focus); outline-offset: 1px; }
.sm-notes {
    margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-radius: 6px; background: var(--sm-surface);
    border: 1px solid var(--sm-border); border-left: 4px solid var(--sm-yellow); font-size: 0.92em;
}
.sm-notes h2 { font-size: 1em; margin: 0 0 0.25rem; }
.sm-notes p, .sm-notes ul { margin: 0.25rem 0; }
.sm-filter-note {
    margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-radius: 6px; background: var(--sm-surface);
    border: 1px solid var(--sm-border); font-size: 0.92em;
}

/* Status pill: the word, with a coloured dot in front of it, always together */
.sm-pill {
    display: inline-flex; align-items: center; gap: 0.4rem; white-space: nowrap; line-height: 1.35;
    padding: 0.12rem 0.6rem 0.12rem 0.5rem; border-radius: 999px; font-size: 0.85em; font-weight: 600;
    color: var(--sm-fg);
    background: color-mix(in srgb, var(--sm-status) 13%, var(--sm-bg));
    border: 1px solid color-mix(in srgb, var(--sm-status) 45%, var(--sm-bg));
}
.sm-pill::before { content: ""; width: 0.62rem; height: 0.62rem; border-radius: 50%; background: var(--sm-status); flex: none; }
.sm-count { font-variant-numeric: tabular-nums; padding-left: 0.15rem; }

/* The tree */
.sm-tree, .sm-tree ul { list-style: none; margin: 0; padding: 0; }
.sm-tree ul[role="group"] { margin-left: 0.55rem; padding-left: 1rem; border-left: 1px solid var(--sm-border); }
.sm-node { outline: none; }
/* In a large tree, goals off screen are neither laid out nor painted until they scroll into view. */
.sm-large .sm-goal { content-visibility: auto; contain-intrinsic-size: auto 4.5rem; }
.sm-node[aria-expanded="false"] > ul { display: none; }
.sm-row {
    display: grid; grid-template-columns: 1.1rem minmax(0, 1fr) 7.5rem 5.75rem 8.5rem; align-items: center; gap: 0 0.85rem;
    padding: 0.5rem 0.6rem 0.5rem 0.3rem; border-radius: 6px; cursor: default;
}
.sm-row:hover { background: var(--sm-hover); }
.sm-node:focus-visible > .sm-row, .sm-node:focus > .sm-row { outline: 2px solid var(--sm-focus); outline-offset: -2px; }
.sm-node:focus:not(:focus-visible) > .sm-row { outline-width: 1px; }
.sm-app[data-host="preview"] .sm-node[data-file] > .sm-row { cursor: pointer; }
.sm-row > .sm-twisty { grid-column: 1; }
.sm-twisty { align-self: start; width: 1.1rem; height: 1.45em; display: flex; align-items: center; justify-content: center; color: var(--sm-muted); }
.sm-node[aria-expanded] > .sm-row > .sm-twisty { cursor: pointer; }
.sm-node[aria-expanded] > .sm-row > .sm-twisty::before {
    content: ""; width: 0.4rem; height: 0.4rem; border-right: 1.5px solid currentColor; border-bottom: 1.5px solid currentColor;
    transform: rotate(45deg); margin-top: -0.2rem; transition: transform 0.12s ease;
}
.sm-node[aria-expanded="false"] > .sm-row > .sm-twisty::before { transform: rotate(-45deg); margin-top: 0; margin-left: -0.2rem; }
.sm-main { display: flex; flex-direction: column; min-width: 0; gap: 0.1rem; }
.sm-kind { color: var(--sm-muted); font-size: 0.72em; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; }
/* Goals and measures are headings (h3–h6) laid out like the rest of the row. */
.sm-name { font-weight: 600; margin: 0; font-size: 1em; line-height: inherit; }
.sm-sub { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.15rem 1rem; color: var(--sm-muted); font-size: 0.88em; }
.sm-description { color: var(--sm-muted); font-size: 0.92em; max-width: 60rem; }
.sm-owner { color: var(--sm-fg); font-weight: 500; }
.sm-coverage-partial { color: var(--sm-fg); font-weight: 600; }
.sm-threshold {
    font-family: var(--sm-mono); font-size: 0.92em; background: var(--sm-code-bg); color: var(--sm-fg);
    padding: 0.05rem 0.35rem; border-radius: 4px;
}
.sm-reason { font-style: italic; }
.sm-source { grid-column: 2 / -1; display: none; color: var(--sm-muted); font-size: 0.82em; font-family: var(--sm-mono); padding-top: 0.2rem; }
.sm-source::before { content: "Källa: "; font-family: var(--sm-font); }
.sm-node:focus > .sm-row > .sm-source { display: block; }
.sm-app[data-host="preview"] .sm-source { display: none !important; }

.sm-row > .sm-main { grid-column: 2; }
.sm-row > .sm-figure { grid-column: 3; }
.sm-row > .sm-trend { grid-column: 4; }
.sm-row > .sm-pill { grid-column: 5; }
.sm-figure { display: flex; flex-direction: column; align-items: flex-end; gap: 0.25rem; font-variant-numeric: tabular-nums; }
.sm-percent, .sm-value { font-weight: 600; white-space: nowrap; }
.sm-value.sm-missing { color: var(--sm-muted); font-weight: 400; font-style: italic; }
.sm-bar { display: block; width: 5.5rem; height: 0.3rem; border-radius: 999px; background: color-mix(in srgb, var(--sm-muted) 22%, var(--sm-bg)); overflow: hidden; }
.sm-bar-fill { display: block; height: 100%; border-radius: 999px; background: var(--sm-status); }
.sm-trend { display: flex; justify-content: center; min-height: 1px; }
.sm-row > .sm-pill { justify-self: start; }

.sm-spark { display: block; overflow: visible; }
.sm-spark-line { fill: none; stroke: var(--sm-muted); stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; opacity: 0.8; }
.sm-spark-dot { fill: var(--sm-status); stroke: var(--sm-bg); stroke-width: 1.2; }

/* Levels */
.sm-vision > .sm-row {
    background: var(--sm-surface); border: 1px solid var(--sm-border); border-radius: 10px;
    padding: 1rem 1rem 1rem 0.5rem; margin-bottom: 1.25rem; align-items: start;
}
.sm-vision > .sm-row > .sm-figure, .sm-vision > .sm-row > .sm-trend, .sm-vision > .sm-row > .sm-pill { margin-top: 1.4rem; }
.sm-vision-name { font-size: 1.35em; font-weight: 650; }
.sm-vision .sm-percent { font-size: 1.25em; }
.sm-summary { display: flex; flex-wrap: wrap; gap: 0.6rem 1.75rem; margin-top: 0.75rem; }
.sm-counts { display: flex; flex-direction: column; gap: 0.3rem; }
.sm-counts-label { font-size: 0.78em; font-weight: 600; color: var(--sm-muted); text-transform: uppercase; letter-spacing: 0.05em; }
.sm-counts ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.sm-area { margin-top: 1.1rem; }
.sm-area > .sm-row { grid-template-columns: 1.1rem minmax(0, 1fr); border-bottom: 2px solid var(--sm-border); border-radius: 6px 6px 0 0; padding-top: 0.35rem; padding-bottom: 0.35rem; }
.sm-area-title { margin: 0; font-size: 1.2em; font-weight: 650; }
.sm-area > ul[role="group"] { border-left: none; margin-left: 0; padding-left: 0; }
.sm-kf > .sm-row { padding-top: 0.75rem; padding-bottom: 0.75rem; }
.sm-kf > .sm-row .sm-name { font-size: 1.08em; }
.sm-area > ul > .sm-kf + .sm-kf { border-top: 1px solid var(--sm-border); }
.sm-measure > .sm-row .sm-name { font-weight: 500; }
.sm-note > .sm-row { grid-template-columns: 1.1rem 1fr; }

/* Legend and hint */
.sm-hint { margin: 1.5rem 0 0; color: var(--sm-muted); font-size: 0.85em; }
.sm-legend { margin-top: 1rem; padding: 1rem 1.25rem; border: 1px solid var(--sm-border); border-radius: 10px; background: var(--sm-surface); }
.sm-legend h2 { margin: 0 0 0.75rem; font-size: 1em; }
.sm-legend dl { margin: 0 0 0.75rem; display: grid; gap: 0.45rem; }
.sm-legend-row { display: grid; grid-template-columns: 15rem 1fr; gap: 0.75rem; align-items: center; }
.sm-legend dt { display: flex; gap: 0.4rem; flex-wrap: wrap; }
.sm-legend dd { margin: 0; }
.sm-legend p { margin: 0; font-size: 0.9em; }

/* VS Code high contrast: borders instead of tints, the theme's contrast colours for focus */
body.vscode-high-contrast .sm-pill, body.vscode-high-contrast-light .sm-pill {
    background: transparent; border-color: var(--vscode-contrastBorder, currentColor);
}
body.vscode-high-contrast .sm-node:focus > .sm-row, body.vscode-high-contrast-light .sm-node:focus > .sm-row {
    outline: 2px solid var(--vscode-contrastActiveBorder, var(--sm-focus));
}
body.vscode-high-contrast .sm-row:hover, body.vscode-high-contrast-light .sm-row:hover {
    background: transparent; outline: 1px dashed var(--vscode-contrastActiveBorder, currentColor);
}
body.vscode-high-contrast .sm-vision > .sm-row, body.vscode-high-contrast .sm-legend,
body.vscode-high-contrast-light .sm-vision > .sm-row, body.vscode-high-contrast-light .sm-legend {
    background: transparent; border-color: var(--vscode-contrastBorder, currentColor);
}
@media (forced-colors: active) {
    .sm-pill { border: 1px solid CanvasText; background: Canvas; }
    .sm-pill::before, .sm-bar-fill, .sm-spark-dot { forced-color-adjust: none; }
    .sm-node:focus > .sm-row { outline: 2px solid Highlight; }
}
@media print {
    .sm-controls, .sm-hint, .sm-twisty { display: none; }
    .sm-node[aria-expanded="false"] > ul { display: block; }
    .sm-large .sm-goal { content-visibility: visible; }
    .sm-row { break-inside: avoid; }
    .sm-pill, .sm-pill::before, .sm-bar-fill { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
` +
    FACT_STYLES +
    SCROLL_REGION_STYLES +
    FIRST_PAGE_STYLES +
    OVERVIEW_STYLES +
    LAYOUT_STYLES;
