/**
 * Downloads KPI values from the Kolada API (v2 or v3 `/data/kpi/{ids}/year/{years}`): every path segment holds at
 * most 25 ids or years, every page is followed (`next_url` in v3, `next_page` in v2) and checked, and the whole
 * fetch stays within the limits of `FetchLimits`. Returns the raw `values` entries only when everything asked
 * for was fetched, so the result can be saved as one Kolada-JSON file that the data readers load as they are.
 */
import { type FetchSession, getJson, KoladaError, sameHost, startSession } from './bounded-get.js';
import { type DataQuestion, readDataPage } from './data-page.js';
import {
    DEFAULT_LIMITS,
    type FetchLimits,
    MAX_IDS_PER_SEGMENT,
    MAX_UNITS_PER_KPI_YEAR,
    MIN_ENTRIES_PER_PAGE
} from './fetch-limits.js';

export { KoladaError } from './bounded-get.js';
export const KOLADA_API = 'https://api.kolada.se/v3';

export interface FetchOptions {
    api: string;
    kpis: string[];
    years: number[];
    /** Only these municipalities (all of them when absent: ranks and means need every one). */
    municipalities?: string[];
    /** Attempts per request (first try included). */
    attempts?: number;
    /** Base of the exponential back-off, in ms. */
    backoffMs?: number;
    limits?: Partial<FetchLimits>;
    /** Called after each page, for progress output. */
    onPage?: (url: string, entries: number) => void;
    fetchImpl?: typeof fetch;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    return chunks;
}

/** One request of a fetch: its first URL and what it asks for. */
interface DataRequest {
    url: string;
    question: DataQuestion;
}

/** Splits the question into requests whose every path segment holds at most 25 ids or years. */
export function dataRequests(
    api: string,
    kpis: readonly string[],
    years: readonly number[],
    municipalities?: readonly string[]
): DataRequest[] {
    const base = api.replace(/\/+$/, '');
    const requests: DataRequest[] = [];
    const municipalityGroups = municipalities
        ? chunk([...new Set(municipalities)].sort(), MAX_IDS_PER_SEGMENT)
        : [undefined];
    for (const ids of chunk([...new Set(kpis)].sort(), MAX_IDS_PER_SEGMENT)) {
        for (const units of municipalityGroups) {
            for (const period of chunk([...new Set(years)].sort(), MAX_IDS_PER_SEGMENT)) {
                const unitPath = units ? `/municipality/${units.map(encodeURIComponent).join(',')}` : '';
                requests.push({
                    url: `${base}/data/kpi/${ids.map(encodeURIComponent).join(',')}${unitPath}/year/${period.join(',')}`,
                    question: { kpis: new Set(ids), years: new Set(period), municipalities: units && new Set(units) }
                });
            }
        }
    }
    return requests;
}

export async function fetchKpiValues(options: FetchOptions): Promise<unknown[]> {
    const session = startSession({ ...DEFAULT_LIMITS, ...options.limits }, options);
    const values: unknown[] = [];
    for (const request of dataRequests(options.api, options.kpis, options.years, options.municipalities)) {
        await fetchAllPages(request, session, values, options.onPage);
    }
    return values;
}

/** Follows one request's pages to the end, appending their entries to `values` (in a loop: a page may be huge). */
async function fetchAllPages(
    request: DataRequest,
    session: FetchSession,
    values: unknown[],
    onPage: FetchOptions['onPage']
): Promise<void> {
    const { question } = request;
    const units = question.municipalities?.size ?? MAX_UNITS_PER_KPI_YEAR;
    const maxEntries = question.kpis.size * question.years.size * units;
    const maxPages = Math.ceil(maxEntries / MIN_ENTRIES_PER_PAGE) + 1;
    const seen = new Set<string>();
    let url: string | undefined = request.url;
    let entries = 0;
    while (url) {
        if (seen.has(url))
            throw new KoladaError(`API:et svarade med samma sida två gånger (${url}); hämtningen avbröts.`);
        if (seen.size >= maxPages) {
            throw new KoladaError(
                `API:et gav fler än ${maxPages} sidor för ${request.url}, fler än frågan kan ha; hämtningen avbröts.`
            );
        }
        seen.add(url);
        const page = readDataPage(await getJson(url, session), url, question);
        entries += page.entries.length;
        if (entries > maxEntries) {
            throw new KoladaError(
                `API:et gav fler än ${maxEntries} poster för ${request.url}, fler än frågan kan ha; hämtningen avbröts.`
            );
        }
        for (const entry of page.entries) values.push(entry);
        onPage?.(url, page.entries.length);
        url = page.next ? sameHost(new URL(page.next, url).toString(), url, 'länkade nästa sida till') : undefined;
    }
}
