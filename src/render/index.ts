/**
 * The renderers shared by `styrmodell report` and the VS Code preview. Pure TypeScript (no Langium, vscode
 * or node: imports), so the same code runs in the CLI and in the webview bundle.
 */

export {
    createNonce,
    DOCUMENT_IDS,
    type HtmlReportOptions,
    type PreviewShellOptions,
    relativiseInput,
    renderHtmlReport,
    renderPreviewShell
} from './document.js';
export { escapeHtml, escapeMarkdown, jsonForScript, scriptForInline } from './escape.js';
export { coverageText, formatDecimal, formatPercent, formatSigned, formatValue, relativePath } from './format.js';
export { HTML_IDS, type HtmlBodyOptions, renderHtmlBody } from './html.js';
export { type MarkdownOptions, renderMarkdownReport } from './markdown.js';
export { baseOutcomeText, comparisonTexts, decisionText, thresholdText } from './measure-text.js';
export type { RenderInput } from './render-input.js';
export {
    buildReportTree,
    type OwnerOption,
    ownerOptions,
    pickResult,
    type ReportTree,
    type TreeOptions
} from './report-model.js';
export {
    renderSparkline,
    SPARK_GEOMETRY,
    type SparkGeometry,
    type SparkPoint,
    sparkCoordinates,
    sparklinePath,
    sparklineText
} from './sparkline.js';
export { COLOUR_MARKER, COLOUR_NAME, statusMark, statusPill } from './status-marks.js';
export { STYLES } from './styles.js';
