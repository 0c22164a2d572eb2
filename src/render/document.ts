/**
 * Whole HTML documents around the shared body: the self-contained report file (`report --format html`)
 * and the shell of the VS Code preview webview. Neither loads anything from the network: the report
 * inlines its style, script and data; the preview loads only its own script from the extension.
 */
import { escapeAttribute, escapeHtml, jsonForScript, scriptForInline } from './escape.js';
import { reportHeading } from './follow-up.js';
import { dirname, relativePath } from './format.js';
import { type HtmlBodyOptions, renderHtmlBody } from './html.js';
import type { RenderInput } from './render-input.js';
import { pickResult } from './report-model.js';
import { STYLES } from './styles.js';

/** Ids the webview script looks for. */
export const DOCUMENT_IDS = {
    /** The element the body is rendered into. */
    root: 'sm-root',
    /** `<script type="application/json">` holding the report's RenderInput. */
    input: 'styrmodell-input'
} as const;

export interface HtmlReportOptions extends Omit<HtmlBodyOptions, 'host'> {
    /** The webview bundle (out/webview/preview.js) as text; inlined so the year selector and filter work offline. */
    script: string;
    /** A fixed nonce (tests); default a fresh random one. */
    nonce?: string;
}

/** A random nonce for a CSP: 128 bits, base64. Uses Web Crypto (browsers, Node 20+). */
export function createNonce(): string {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    let binary = '';
    for (const byte of bytes) {
        binary += String.fromCharCode(byte);
    }
    return btoa(binary);
}

/** Fields of the engine's results that no renderer reads, by the object they sit in. */
function unread(holder: object, key: string): boolean {
    if ((key === 'condition' || key === 'parts') && 'which' in holder && 'holds' in holder) {
        // ConditionResult: the condition and its parts are in the view; `text`, `holds` and `which` stay.
        return true;
    }
    if (key === 'series' && 'status' in holder && 'score' in holder) {
        // MeasureResult: every year's value is already in `results`.
        return true;
    }
    // Goal, vision and area results: the items of the weighted mean.
    return (key === 'counted' || key === 'excluded') && ('coverage' in holder || 'counts' in holder);
}

/**
 * The RenderInput as the report embeds it: every path (`file`, `resolvedPath`, `files`) relative to `base`, so
 * a report passed on does not carry the author's home folder; with `compact`, also without the result fields
 * no renderer reads (each year's measure series, conditions repeated from the view, the items of the means),
 * which makes a large model's report about a third of the size. The renderers draw the same page from it.
 */
export function relativiseInput(input: RenderInput, base: string, compact = false): RenderInput {
    return (<RenderInput>JSON.parse(
        JSON.stringify(input, function (this: object, key: string, value: unknown) {
            if (compact && unread(this, key)) {
                return undefined;
            }
            if ((key === 'file' || key === 'resolvedPath') && typeof value === 'string') {
                return relativePath(value, base);
            }
            if (key === 'files' && Array.isArray(value)) {
                return (value as unknown[]).map(f => (typeof f === 'string' ? relativePath(f, base) : f));
            }
            return value;
        })
    )) as RenderInput;
}

/**
 * One self-contained HTML file: inline CSS, the body already rendered (readable without script), the
 * RenderInput as JSON for the script to re-render other years and owners, a strict CSP and no network use.
 */
export function renderHtmlReport(input: RenderInput, options: HtmlReportOptions): string {
    const { script, nonce = createNonce(), ...bodyOptions } = options;
    const base = bodyOptions.baseDir ?? dirname(input.view.files[0] ?? input.view.location.file);
    const shown = relativiseInput(input, base, true);
    const body = renderHtmlBody(shown, { ...bodyOptions, baseDir: undefined, host: 'report' });
    const picked = pickResult(
        shown,
        bodyOptions.year,
        bodyOptions.per === null ? undefined : (bodyOptions.per ?? shown.per)
    );
    const heading = picked ? reportHeading(picked) : `Uppföljning ${shown.year}`;
    const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
    return `${documentHead(csp, `${heading}: ${input.view.title}`, STYLES, '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="styrmodell">\n')}
<body class="sm-report">
<div id="${DOCUMENT_IDS.root}">${body}</div>
<script type="application/json" id="${DOCUMENT_IDS.input}">${jsonForScript(shown)}</script>
<script nonce="${escapeHtml(nonce)}">${scriptForInline(script)}</script>
</body>
</html>
`;
}

export interface PreviewShellOptions {
    /** Nonce of the one script allowed to run. */
    nonce: string;
    /** The webview's `cspSource` (VS Code's `webview.cspSource`). */
    cspSource: string;
    /** `webview.asWebviewUri(out/webview/preview.js)`, as a string. */
    scriptUri: string;
    /** Extra CSS appended after the shared stylesheet (optional). */
    styles?: string;
    /** Page title; default `Måluppfyllelse`. */
    title?: string;
}

/**
 * The HTML of the VS Code preview panel: the shared stylesheet inline, the webview bundle from the extension
 * (by nonce), a CSP that allows nothing else. The script renders the body when the extension posts
 * `{type: 'update', input}` (see src/webview/messages.ts).
 */
export function renderPreviewShell(options: PreviewShellOptions): string {
    const { nonce, cspSource, scriptUri } = options;
    const csp = [
        "default-src 'none'",
        `style-src ${cspSource} 'unsafe-inline'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
    return `${documentHead(csp, options.title ?? 'Måluppfyllelse', STYLES + (options.styles ?? ''))}
<body class="sm-preview">
<div id="${DOCUMENT_IDS.root}"><p class="sm-loading" role="status">Laddar måluppfyllelse…</p></div>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>
`;
}

/** The shared `<head>` of the report and the preview: Swedish, a strict CSP, the inline stylesheet. */
function documentHead(csp: string, title: string, styles: string, extraMeta = ''): string {
    return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${extraMeta}<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>`;
}
