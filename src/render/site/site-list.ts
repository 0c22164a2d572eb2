/**
 * Every goal and measure A–Ö, grouped under their first letter, each a link to its page. A search field over
 * the titles appears when the script runs (it filters the list); without the script the list is all there.
 */
import { statusDisplay } from '../../fulfilment/status.js';
import { escapeAttribute, escapeHtml } from '../escape.js';
import type { SiteContext } from './site-context.js';
import { sitePage } from './site-page.js';
import { SITE_FILES } from './site-paths.js';

interface Entry {
    title: string;
    kind: string;
    href: string;
    status: string;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export function listPage(ctx: SiteContext): { file: string; html: string } {
    const goals = new Map(ctx.tree.result.goals.map(g => [g.id, g]));
    const measures = new Map(ctx.tree.result.measures.map(m => [`${m.goal}.${m.id}`, m]));
    const entries: Entry[] = [];
    for (const goal of ctx.input.view.goals) {
        const result = goals.get(goal.id);
        entries.push({
            title: goal.title,
            kind: goal.level === 'fullmäktige' ? 'fullmäktigemål' : 'nämndmål',
            href: ctx.paths.goal(goal),
            status: statusDisplay(result?.status ?? 'saknas').word
        });
        for (const measure of goal.measures) {
            entries.push({
                title: measure.title,
                kind: `mått i ${goal.title}`,
                href: ctx.paths.measure(measure),
                status: statusDisplay(measures.get(`${goal.id}.${measure.id}`)?.status ?? 'saknas').word
            });
        }
    }
    entries.sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.kind, b.kind));
    const letters = new Map<string, Entry[]>();
    for (const entry of entries) {
        const letter = entry.title.charAt(0).toLocaleUpperCase('sv');
        const key = /\p{L}/u.test(letter) ? letter : '#';
        letters.set(key, [...(letters.get(key) ?? []), entry]);
    }
    const groups = [...letters]
        .map(([letter, items], index) => {
            const id = `bokstav-${index + 1}`;
            const list = items
                .map(
                    e =>
                        `<li data-title="${escapeAttribute(e.title.toLocaleLowerCase('sv'))}"><a href="${escapeAttribute(e.href)}">${escapeHtml(e.title)}</a> <span class="site-muted">(${escapeHtml(e.kind)}, ${escapeHtml(e.status)} ${ctx.tree.year})</span></li>`
                )
                .join('');
            return `<section class="site-letter"><h2 id="${id}">${escapeHtml(letter)}</h2><ul>${list}</ul></section>`;
        })
        .join('');
    const search =
        '<div class="site-search" data-search hidden><label for="sok">Sök bland målen och måtten</label>' +
        '<input id="sok" type="search" autocomplete="off" aria-describedby="sok-antal">' +
        `<p id="sok-antal" class="site-muted" role="status" aria-live="polite">${entries.length} mål och mått</p></div>`;
    const main = `<h1>Alla mål och mått A–Ö</h1>${search}<div data-search-list>${groups}</div>`;
    return {
        file: SITE_FILES.list,
        html: sitePage(ctx, { file: SITE_FILES.list, title: 'Alla mål och mått A–Ö', main, current: SITE_FILES.list })
    };
}
