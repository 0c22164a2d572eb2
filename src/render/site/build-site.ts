/**
 * The whole static site of one model (READERS.md 8), as files in memory: the start page of each year, a page
 * per goal and measure, the A–Ö list, the open data with its page, the accessibility statement, the stylesheet
 * and script, and with a base URL the sitemap. Pure: the same input gives the same bytes (no dates, no random
 * names), so a published site diffs cleanly in git. The CLI writes the files.
 */
import { escapeAttribute, escapeHtml } from '../escape.js';
import { type HtmlPiece, piecesText } from '../html-pieces.js';
import type { RenderInput } from '../render-input.js';
import { accessibilityPage } from './site-accessibility.js';
import { type SiteOptions, siteContext } from './site-context.js';
import { dataCsv, dataJson, dataRows, openDataPage } from './site-data.js';
import { goalPage } from './site-goal.js';
import { listPage } from './site-list.js';
import { measurePagePieces } from './site-measure.js';
import { siteHead } from './site-page.js';
import { SITE_FILES } from './site-paths.js';
import { SITE_SCRIPT } from './site-script.js';
import { startPage } from './site-start.js';
import { SITE_STYLESHEET } from './site-styles.js';

export interface SiteFile {
    /** Relative to the site's folder, with `/`. */
    path: string;
    content: string;
}

/** A file as `siteFiles` makes it: a measure page in pieces, its comparison's rows shared (html-pieces.ts). */
export interface SitePiecesFile {
    path: string;
    content: string | readonly HtmlPiece[];
}

export type { SiteOptions } from './site-context.js';

/** The files of one model's site, sorted by path; undefined when the model has no year to show. */
export function buildSite(input: RenderInput, options: SiteOptions = {}): SiteFile[] | undefined {
    const files = siteFiles(input, options);
    if (!files) return undefined;
    return sortFiles(
        files.map(file => ({
            path: file.path,
            // Stryker disable next-line ConditionalExpression,StringLiteral: piecesText of a string is that string
            content: typeof file.content === 'string' ? file.content : piecesText(file.content)
        }))
    );
}

/**
 * The same files in the order they are made, a measure page in pieces: the CLI writes a page's shared pieces as
 * bytes encoded once for all the pages that show them (html-pieces.ts).
 */
export function siteFiles(input: RenderInput, options: SiteOptions = {}): SitePiecesFile[] | undefined {
    const ctx = siteContext(input, options);
    if (!ctx) return undefined;
    const pages: Array<{ file: string; html: string | HtmlPiece[] }> = [];
    for (const year of ctx.years) pages.push(startPage(ctx, year));
    for (const goal of input.view.goals) {
        pages.push(goalPage(ctx, goal));
        for (const measure of goal.measures) pages.push(measurePagePieces(ctx, measure));
    }
    const rows = dataRows(ctx);
    pages.push(listPage(ctx), openDataPage(ctx, rows.length), accessibilityPage(ctx));
    const files: SitePiecesFile[] = pages.map(page => ({ path: page.file, content: page.html }));
    files.push(
        { path: SITE_FILES.csv, content: dataCsv(rows) },
        { path: SITE_FILES.json, content: dataJson(ctx, rows) },
        { path: SITE_FILES.styles, content: SITE_STYLESHEET },
        { path: SITE_FILES.script, content: SITE_SCRIPT }
    );
    if (ctx.baseUrl) {
        files.push({
            path: SITE_FILES.sitemap,
            content: sitemap(
                ctx.baseUrl,
                pages.map(p => p.file)
            )
        });
    }
    return files;
}

function sortFiles(files: SiteFile[]): SiteFile[] {
    // Stryker disable next-line EqualityOperator,ConditionalExpression: the paths are unique and the sort only asks whether one is less
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `sitemap.xml` (sitemaps.org 0.9) of the pages, without dates so the same input gives the same file. */
export function sitemap(baseUrl: string, pages: readonly string[]): string {
    const base = baseUrl.replace(/\/*$/, '/');
    const urls = [...pages]
        .sort()
        .map(page => `  <url><loc>${escapeHtml(base + (page === SITE_FILES.start ? '' : page))}</loc></url>`)
        .join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export interface ModelEntry {
    /** The model's folder in the site (`kumla`). */
    folder: string;
    title: string;
    municipality?: string;
}

/**
 * With several models, each model's site is in its own folder; these are the files beside them: the index page
 * linking to each model, its stylesheet, and with a base URL the sitemap of `pages` (every page's path).
 */
export function collectionFiles(
    models: readonly ModelEntry[],
    pages: readonly string[],
    options: { baseUrl?: string } = {}
): SiteFile[] {
    const base = options.baseUrl?.replace(/\/*$/, '/');
    const items = [...models]
        .sort((a, b) => a.title.localeCompare(b.title, 'sv'))
        .map(
            model =>
                `<li><a href="${escapeAttribute(`${model.folder}/${SITE_FILES.start}`)}">${escapeHtml(model.title)}</a>${model.municipality ? ` <span class="site-muted">(${escapeHtml(model.municipality)})</span>` : ''}</li>`
        )
        .join('');
    const index = `${siteHead('Styrmodellernas uppföljning', base)}
<body class="site">
<a class="site-skip" href="#innehall">Hoppa till innehållet</a>
<header class="site-header"><p class="site-name">Styrmodellernas uppföljning</p></header>
<main id="innehall" class="site-main" tabindex="-1"><h1>Styrmodellernas uppföljning</h1><p>Webbplatsen har en del för varje styrmodell (${models.length}).</p><ul class="site-models">${items}</ul></main>
<footer class="site-footer"><p>Varje del har sina resultat som öppna data och sin tillgänglighetsredogörelse.</p></footer>
</body>
</html>
`;
    const files: SiteFile[] = [
        { path: SITE_FILES.start, content: index },
        { path: SITE_FILES.styles, content: SITE_STYLESHEET }
    ];
    if (base) {
        const all = [SITE_FILES.start, ...pages].map(p => p.replace(/(^|\/)index\.html$/, '$1'));
        files.push({ path: SITE_FILES.sitemap, content: sitemap(base, all) });
    }
    return files;
}
