import { type FetchSession, getJson, KoladaError, sameHost } from './bounded-get.js';
import { MIN_ENTRIES_PER_PAGE } from './fetch-limits.js';

/** One page of `/data` as v2 and v3 send it: `values`, and the next page as `next_page` (v2) or `next_url` (v3). */
export interface DataPage {
    entries: unknown[];
    next: string | undefined;
}

/** What a request asked for: an entry outside it is not Kolada's answer to this question. */
export interface DataQuestion {
    kpis: ReadonlySet<string>;
    years: ReadonlySet<number>;
    municipalities?: ReadonlySet<string>;
}

/**
 * Reads a page strictly: a body that is not a page of values (`{"error": "rate limited"}`), a broken link to
 * the next page or a malformed entry is a failure, never an empty or partial page taken as the whole answer.
 */
export function readDataPage(body: unknown, url: string, question: DataQuestion): DataPage {
    if (!isObject(body) || !Array.isArray(body['values'])) {
        throw new KoladaError(
            `Svaret från ${url} är ingen sida med värden (listan "values" saknas)${apiMessage(body)}.`
        );
    }
    const entries = body['values'];
    entries.forEach((entry, index) => {
        const fault = entryFault(entry, question);
        if (fault) throw new KoladaError(`Post ${index + 1} i svaret från ${url} är felaktig: ${fault}.`);
    });
    return { entries, next: nextLink(body, url) };
}

/**
 * Follows one request's pages from `first` to the end, each read by `readPage`, appending their entries to `into`
 * (in a loop: a page may be huge). A page seen twice, more pages or entries than `maxEntries` allows, or a next
 * page on another host ends the fetch with a failure.
 */
export async function followPages(
    first: string,
    maxEntries: number,
    readPage: (body: unknown, url: string) => DataPage,
    session: FetchSession,
    into: unknown[],
    onPage?: (url: string, entries: number) => void
): Promise<void> {
    const maxPages = Math.ceil(maxEntries / MIN_ENTRIES_PER_PAGE) + 1;
    const seen = new Set<string>();
    let url: string | undefined = first;
    let entries = 0;
    while (url) {
        if (seen.has(url))
            throw new KoladaError(`API:et svarade med samma sida två gånger (${url}); hämtningen avbröts.`);
        if (seen.size >= maxPages) {
            throw new KoladaError(
                `API:et gav fler än ${maxPages} sidor för ${first}, fler än frågan kan ha; hämtningen avbröts.`
            );
        }
        seen.add(url);
        const page = readPage(await getJson(url, session), url);
        entries += page.entries.length;
        if (entries > maxEntries) {
            throw new KoladaError(
                `API:et gav fler än ${maxEntries} poster för ${first}, fler än frågan kan ha; hämtningen avbröts.`
            );
        }
        for (const entry of page.entries) into.push(entry);
        onPage?.(url, page.entries.length);
        url = page.next ? sameHost(new URL(page.next, url).toString(), url, 'länkade nästa sida till') : undefined;
    }
}

/** The next page's link of a v3 (`next_url`) or v2 (`next_page`) answer; a link that is not a string is a failure. */
export function nextLink(page: Record<string, unknown>, url: string): string | undefined {
    for (const key of ['next_url', 'next_page']) {
        const link = page[key];
        if (link === undefined || link === null || link === '') continue;
        if (typeof link !== 'string')
            throw new KoladaError(`Svaret från ${url} har en trasig länk till nästa sida ("${key}").`);
        return link;
    }
    return undefined;
}

/** Values of one entry (KPI, municipality, year): one per gender (T, K, M), with room for new breakdowns. */
export const MAX_VALUES_PER_ENTRY = 20;

function entryFault(entry: unknown, question: DataQuestion): string | undefined {
    if (!isObject(entry)) return 'posten är inget objekt';
    const { kpi, municipality, period, values } = entry;
    if (typeof kpi !== 'string' || kpi === '') return 'nyckeltalet ("kpi") saknas';
    if (!question.kpis.has(kpi)) return `nyckeltalet ${quote(kpi)} efterfrågades inte`;
    if (typeof municipality !== 'string' || municipality === '') return 'kommunkoden ("municipality") saknas';
    if (question.municipalities && !question.municipalities.has(municipality))
        return `kommunen ${quote(municipality)} efterfrågades inte`;
    const year = typeof period === 'string' && /^\d{4}$/.test(period) ? Number(period) : period;
    if (typeof year !== 'number') return 'året ("period") saknas';
    if (!question.years.has(year)) return `året ${quote(period)} efterfrågades inte`;
    if (!Array.isArray(values)) return 'listan "values" med kön och värde saknas';
    // Bounded before anything else reads the list: one entry with millions of values made the snapshot's text
    // larger than a string can be (issue 18).
    if (values.length > MAX_VALUES_PER_ENTRY)
        return `posten har ${values.length} värden; en post har ett per kön, högst ${MAX_VALUES_PER_ENTRY}`;
    for (const value of values) {
        if (!isObject(value) || typeof value['gender'] !== 'string') return 'ett värde saknar kön ("gender")';
        const number = value['value'];
        // JSON.parse reads 1e309 as Infinity, which JSON.stringify would quote as "null".
        if (typeof number === 'number' && !Number.isFinite(number)) return 'värdet är för stort för att vara ett tal';
        if (number !== null && typeof number !== 'number') return `värdet ${quote(number)} är inget tal`;
    }
    return undefined;
}

/** A value from the answer, quoted and shortened for a message. */
function quote(value: unknown): string {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
    return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** The API's own explanation, when a 200 answer carries one (`{"error": "…"}`), shortened. */
function apiMessage(body: unknown): string {
    if (!isObject(body)) return '';
    const text = [body['error'], body['message'], body['detail']].find(v => typeof v === 'string' && v !== '') as
        | string
        | undefined;
    return text ? `; API:et skrev: "${text.slice(0, 200)}"` : '';
}

export function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
