/**
 * Downloads the Kolada metadata the editor and the checks use: the models' KPIs (`/kpi/{ids}`: title, description,
 * division by gender), every municipality (`/municipality`: names for completion and reports) and the models'
 * municipality groups (`/municipality_groups/{ids}`: members for `kolada G…`). Same rules as the values: at most
 * 25 ids a path segment, every page followed (`next_url`, `next_page`) and checked, a page seen twice or a page
 * too many is a failure, and the session's limits apply.
 */
import { KoladaError, startSession } from './bounded-get.js';
import { type DataPage, followPages, isObject, nextLink } from './data-page.js';
import { DEFAULT_LIMITS, type FetchLimits, MAX_IDS_PER_SEGMENT, MAX_UNITS_PER_KPI_YEAR } from './fetch-limits.js';
import { chunk } from './kolada-client.js';

export interface MetadataOptions {
    api: string;
    kpis: string[];
    groups: string[];
    attempts?: number;
    backoffMs?: number;
    limits?: Partial<FetchLimits>;
    onPage?: (url: string, entries: number) => void;
    fetchImpl?: typeof fetch;
}

/** The raw entries, as Kolada sends them, to be saved as pages of one file that the data readers load. */
export interface KoladaMetadata {
    kpis: unknown[];
    municipalities: unknown[];
    groups: unknown[];
}

export async function fetchMetadata(options: MetadataOptions): Promise<KoladaMetadata> {
    const session = startSession({ ...DEFAULT_LIMITS, ...options.limits }, options);
    const base = options.api.replace(/\/+$/, '');
    const byIds = async (path: string, ids: string[]) => {
        const entries: unknown[] = [];
        for (const part of chunk([...new Set(ids)].sort(), MAX_IDS_PER_SEGMENT)) {
            const url = `${base}/${path}/${part.map(encodeURIComponent).join(',')}`;
            await followPages(url, part.length, readMetadataPage, session, entries, options.onPage);
        }
        return entries;
    };
    const kpis = await byIds('kpi', options.kpis);
    const municipalities: unknown[] = [];
    await followPages(
        `${base}/municipality`,
        MAX_UNITS_PER_KPI_YEAR,
        readMetadataPage,
        session,
        municipalities,
        options.onPage
    );
    const groups = await byIds('municipality_groups', options.groups);
    return { kpis, municipalities, groups };
}

/** Reads one listing page strictly: each entry must have a string `id` and `title`. */
function readMetadataPage(body: unknown, url: string): DataPage {
    if (!isObject(body) || !Array.isArray(body['values'])) {
        throw new KoladaError(`Svaret från ${url} är ingen sida med metadata (listan "values" saknas).`);
    }
    const values: unknown[] = body['values'];
    values.forEach((entry, index) => {
        if (!isObject(entry) || typeof entry['id'] !== 'string' || typeof entry['title'] !== 'string') {
            throw new KoladaError(`Post ${index + 1} i svaret från ${url} saknar "id" eller "title".`);
        }
    });
    return { entries: values, next: nextLink(body, url) };
}
