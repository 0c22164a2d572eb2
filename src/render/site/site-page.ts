/**
 * The frame of every page: Swedish, a strict Content-Security-Policy (the stylesheet and the script are files of
 * the site, nothing inline, nothing from another host), a skip link, the landmarks (header with the site's
 * navigation, main, footer with the open data and Kolada's attribution), and a canonical link when the site
 * knows its address.
 */
import { escapeAttribute, escapeHtml } from '../escape.js';
import type { HtmlPiece } from '../html-pieces.js';
import { KOLADA_ATTRIBUTION, type SiteContext } from './site-context.js';
import { SITE_FILES } from './site-paths.js';

/** Nothing but the site's own files: no inline style or script, no other host, no forms, no base change. */
export const SITE_CSP =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

export interface PageParts {
    /** The page's file name (`mal-skola.html`). */
    file: string;
    /** The `<title>` before the site's name. */
    title: string;
    /** The breadcrumb trail above the heading, each step a link, the page itself last (not a link). */
    trail?: Array<{ title: string; href?: string }>;
    /** The page's content, starting with its `<h1>`. */
    main: string;
    /** Which navigation link is the current page. */
    current?: string;
}

/** The name the whole site goes by: the model's title, with the municipality when the data names it. */
export function siteName(ctx: SiteContext): string {
    const { view } = ctx.input;
    const municipality = ctx.input.municipalityName;
    return municipality && !view.title.includes(municipality) ? `${view.title}, ${municipality}` : view.title;
}

function navigation(ctx: SiteContext, current: string | undefined): string {
    const links: Array<[string, string]> = [
        [SITE_FILES.start, 'Startsida'],
        [SITE_FILES.list, 'Alla mål och mått A–Ö'],
        [SITE_FILES.openData, 'Öppna data'],
        [SITE_FILES.accessibility, 'Tillgänglighet']
    ];
    if (ctx.upLink) links.unshift([ctx.upLink, 'Alla kommuner']);
    const items = links
        .map(
            ([href, text]) =>
                `<li><a href="${escapeAttribute(href)}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a></li>`
        )
        .join('');
    return `<nav class="site-nav" aria-label="Webbplatsen"><ul>${items}</ul></nav>`;
}

function breadcrumbs(trail: PageParts['trail']): string {
    if (!trail || trail.length < 2) return '';
    const steps = trail
        .map(step =>
            step.href
                ? `<li><a href="${escapeAttribute(step.href)}">${escapeHtml(step.title)}</a></li>`
                : `<li><span aria-current="page">${escapeHtml(step.title)}</span></li>`
        )
        .join('');
    return `<nav class="site-trail" aria-label="Du är här"><ol>${steps}</ol></nav>`;
}

function footer(ctx: SiteContext): string {
    const attribution = ctx.usesKolada
        ? `<p>${escapeHtml(KOLADA_ATTRIBUTION)}: många av värdena kommer från Kolada, Rådet för främjande av kommunala analysers databas.</p>`
        : '';
    return (
        '<footer class="site-footer">' +
        `<p>Resultaten som öppna data: <a href="${SITE_FILES.csv}">CSV</a> och <a href="${SITE_FILES.json}">JSON</a> (<a href="${SITE_FILES.openData}">om filerna</a>).</p>` +
        attribution +
        `<p>Webbplatsen är skriven med styrmodell från kommunens styrmodell, år ${ctx.tree.year}. <a href="${SITE_FILES.accessibility}">Tillgänglighetsredogörelse</a>.</p>` +
        '</footer>'
    );
}

/**
 * Every page's head, the index of several models' sites included: the strict Content-Security-Policy, no referrer,
 * the canonical link when the site has a base URL, the one stylesheet (READERS.md 8).
 */
export function siteHead(title: string, canonical: string | undefined, scripts = ''): string {
    const link = canonical ? `<link rel="canonical" href="${escapeAttribute(canonical)}">\n` : '';
    return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(SITE_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="styrmodell">
<title>${escapeHtml(title)}</title>
${link}<link rel="stylesheet" href="${SITE_FILES.styles}">
${scripts}</head>`;
}

/** One whole page of the site. */
export function sitePage(ctx: SiteContext, parts: PageParts): string {
    const [before, after] = pageAround(ctx, parts);
    return before + parts.main + after;
}

/** The same page with its main content in pieces (a measure page's shared comparison, html-pieces.ts). */
export function sitePagePieces(
    ctx: SiteContext,
    parts: Omit<PageParts, 'main'>,
    main: readonly HtmlPiece[]
): HtmlPiece[] {
    const [before, after] = pageAround(ctx, parts);
    return [before, ...main, after];
}

/** What comes before and after the main content. */
function pageAround(ctx: SiteContext, parts: Omit<PageParts, 'main'>): [string, string] {
    const name = siteName(ctx);
    const canonical = ctx.baseUrl ? ctx.baseUrl + (parts.file === SITE_FILES.start ? '' : parts.file) : undefined;
    return [
        `${siteHead(`${parts.title} – ${name}`, canonical, `<script src="${SITE_FILES.script}" defer></script>\n`)}
<body class="site">
<a class="site-skip" href="#innehall">Hoppa till innehållet</a>
<header class="site-header"><p class="site-name"><a href="${SITE_FILES.start}">${escapeHtml(name)}</a></p>${navigation(ctx, parts.current)}</header>
<main id="innehall" class="site-main" tabindex="-1">${breadcrumbs(parts.trail)}`,
        `</main>
${footer(ctx)}
</body>
</html>
`
    ];
}
