/**
 * Downloads KPI values from the Kolada API (v2 or v3 `/data/kpi/{ids}/year/{years}`): every path segment holds at
 * most 25 ids or years, every page is followed (`next_url` in v3, `next_page` in v2) and checked, and the whole
 * fetch stays within the limits of `FetchLimits`. Returns the raw `values` entries only when everything asked
 * for was fetched, so the result can be saved as one Kolada-JSON file that the data readers load as they are.
 */
import { startSession } from './bounded-get.js';
import { type DataQuestion, followPages, readDataPage } from './data-page.js';
import { DEFAULT_LIMITS, type FetchLimits, MAX_IDS_PER_SEGMENT, MAX_UNITS_PER_KPI_YEAR } from './fetch-limits.js';

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
    for (const { url, question } of dataRequests(options.api, options.kpis, options.years, options.municipalities)) {
        const units = question.municipalities?.size ?? MAX_UNITS_PER_KPI_YEAR;
        const maxEntries = question.kpis.size * question.years.size * units;
        const readPage = (body: unknown, pageUrl: string) => readDataPage(body, pageUrl, question);
        await followPages(url, maxEntries, readPage, session, values, options.onPage);
    }
    return values;
}
