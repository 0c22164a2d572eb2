/**
 * The renderers shared by `styrmodell report` and the VS Code preview. Pure TypeScript (no Langium, vscode
 * or node: imports), so the same code runs in the CLI and in the webview bundle.
 */
export type { RenderInput } from './render-input.js';
export { renderMarkdownReport, type MarkdownOptions } from './markdown.js';
export { renderHtmlBody, statusPill, HTML_IDS, type HtmlBodyOptions } from './html.js';
export {
    renderHtmlReport,
    renderPreviewShell,
    relativiseInput,
    createNonce,
    DOCUMENT_IDS,
    type HtmlReportOptions,
    type PreviewShellOptions
} from './document.js';
export { STYLES } from './styles.js';
export { renderSparkline, sparklinePath, sparkCoordinates, sparklineText, SPARK_GEOMETRY, type SparkPoint, type SparkGeometry } from './sparkline.js';
export { escapeHtml, escapeMarkdown, jsonForScript, scriptForInline } from './escape.js';
export { formatDecimal, formatSigned, formatValue, formatPercent, coverageText, relativePath } from './format.js';
export { decisionText, thresholdText, baseOutcomeText, comparisonTexts } from './measure-text.js';
export { buildReportTree, ownerOptions, pickResult, type ReportTree, type TreeOptions, type OwnerOption } from './report-model.js';
export { statusMark, COLOUR_MARKER, COLOUR_NAME } from './status-marks.js';
