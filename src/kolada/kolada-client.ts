/**
 * Downloads KPI values from the Kolada API (v2 or v3 `/data/kpi/{ids}/year/{years}`), following `next_page`
 * links and the API's limit of 25 ids a request, retrying on 429 and 5xx. Returns the raw `values` entries
 * so the result can be saved as one Kolada-JSON file that the data readers load as they are.
 */

export const KOLADA_API = 'https://api.kolada.se/v3';
export const MAX_IDS_PER_REQUEST = 25;

export interface FetchOptions {
    api: string;
    kpis: string[];
    years: number[];
    /** Attempts per request (first try included). */
    attempts?: number;
    /** Base of the exponential back-off, in ms. */
    backoffMs?: number;
    /** Called after each page, for progress output. */
    onPage?: (url: string, entries: number) => void;
    fetchImpl?: typeof fetch;
}

export class KoladaError extends Error {}

interface Page {
    values?: unknown[];
    next_page?: string | null;
}

export function chunk<T>(items: T[], size: number): T[][] {
    const chunks: T[][] = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    return chunks;
}

export async function fetchKpiValues(options: FetchOptions): Promise<unknown[]> {
    const api = options.api.replace(/\/+$/, '');
    const values: unknown[] = [];
    for (const ids of chunk([...new Set(options.kpis)].sort(), MAX_IDS_PER_REQUEST)) {
        let url: string | undefined = `${api}/data/kpi/${ids.map(encodeURIComponent).join(',')}/year/${options.years.join(',')}`;
        const seen = new Set<string>();
        while (url) {
            if (seen.has(url)) throw new KoladaError(`API:et svarade med samma sida två gånger (${url}).`);
            seen.add(url);
            const page = await getJson(url, options);
            const entries = Array.isArray(page.values) ? page.values : [];
            values.push(...entries);
            options.onPage?.(url, entries.length);
            url = typeof page.next_page === 'string' && page.next_page ? new URL(page.next_page, url).toString() : undefined;
        }
    }
    return values;
}

async function getJson(url: string, options: FetchOptions): Promise<Page> {
    const attempts = options.attempts ?? 5;
    const backoff = options.backoffMs ?? 500;
    const fetchImpl = options.fetchImpl ?? fetch;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        let response: Response;
        try {
            response = await fetchImpl(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(60_000) });
        } catch (error) {
            last = `nätverksfel: ${(error as Error).message}`;
            await sleep(backoff * 2 ** (attempt - 1));
            continue;
        }
        if (response.ok) {
            try {
                return await response.json() as Page;
            } catch {
                throw new KoladaError(`Svaret från ${url} är inte JSON.`);
            }
        }
        last = `HTTP ${response.status}`;
        if (response.status !== 429 && response.status < 500) throw new KoladaError(`${url} svarade ${last}.`);
        const retryAfter = Number(response.headers.get('retry-after'));
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 30_000) : backoff * 2 ** (attempt - 1));
    }
    throw new KoladaError(`${url} svarade inte efter ${attempts} försök (${last}).`);
}

function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}
