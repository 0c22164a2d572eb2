import { createServer, type Server } from 'node:http';

/**
 * A Kolada look-alike on loopback that speaks each version's exact shape: `/v3/data/...` answers
 * `{"count", "values", "next_url", "previous_url"}`, `/v2/data/...` answers `{"count", "values", "next_page",
 * "previous_page"}`, both with absolute links carrying `page` and `per_page`, and entries
 * `{"kpi", "municipality", "period", "values": [{"gender", "count", "status", "value"}]}`. It refuses a path
 * segment with more than 25 ids or years, as Kolada does. A first path part before the version picks a fault:
 *
 * - `throttle`: every page answers 429 once before it answers;
 * - `junk`: page 2 answers 200 with `{"error": "rate limited"}`;
 * - `malformed`: page 2 holds an entry without `period`;
 * - `endless`: every page links to one more page;
 * - `loop`: page 2 links back to page 1;
 * - `huge`: one page of `hugeBytes` bytes;
 * - `offsite`: page 1 links to page 2 on another host name (localhost instead of 127.0.0.1);
 * - `redirect`: every request is redirected to another host;
 * - `silent`: never answers;
 * - `unavailable`: always 503;
 * - `empty`: one page without values.
 *
 * Metadata (for `fetch --metadata`): `/kpi/{ids}` (every id but those ending in 99, which Kolada does not know),
 * `/municipality` (the stand-in's municipalities, Kumla and Riket, in pages of METADATA_PER_PAGE) and
 * `/municipality_groups/{ids}`; made-up titles and descriptions except N15436's title.
 */
export const MUNICIPALITIES = Array.from({ length: 30 }, (_, i) => String(114 + i).padStart(4, '0'));
export const PER_PAGE = 40;

export interface StandIn {
    server: Server;
    url: string;
    requests: string[];
    close(): Promise<void>;
}

/** The value the stand-in serves for one KPI, municipality and year, so a test can check every number. */
export function servedValue(kpi: string, municipality: string, year: number): number {
    return (Number(kpi.slice(1)) % 97) + Number(municipality) / 1000 + (year - 2000);
}

export function startStandIn(options: { hugeBytes?: number } = {}): Promise<StandIn> {
    const requests: string[] = [];
    const throttled = new Set<string>();
    const server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
        requests.push(url.pathname + url.search);
        const parts = url.pathname.split('/').filter(Boolean);
        const fault = /^v[23]$/.test(parts[0] ?? '') ? '' : (parts.shift() ?? '');
        const version = parts.shift();
        if (fault === 'silent') return;
        if (fault === 'unavailable') {
            response.writeHead(503).end();
            return;
        }
        if (fault === 'redirect') {
            response
                .writeHead(302, {
                    location: `http://localhost:${port()}/v3${url.pathname.slice('/redirect/v3'.length)}`
                })
                .end();
            return;
        }
        if (fault === 'throttle' && !throttled.has(url.toString())) {
            throttled.add(url.toString());
            response.writeHead(429, { 'retry-after': '0' }).end();
            return;
        }
        const metadata = metadataAnswer(parts, url, version);
        if (metadata) return json(response, metadata);
        const segments = dataSegments(parts);
        if (!segments || (version !== 'v2' && version !== 'v3')) {
            response.writeHead(404).end();
            return;
        }
        if ([segments.kpis, segments.municipalities ?? [], segments.years].some(s => s.length > 25)) {
            response.writeHead(400, { 'content-type': 'application/json' }).end('{"error": "too many ids"}');
            return;
        }
        const page = Number(url.searchParams.get('page') ?? 1);
        if (fault === 'junk' && page === 2) return json(response, { error: 'rate limited' });
        if (fault === 'empty')
            return json(
                response,
                version === 'v3' ? { count: 0, values: [], next_url: null } : { count: 0, values: [], next_page: null }
            );
        if (fault === 'huge') {
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end(`{"values": [], "padding": "${'x'.repeat(options.hugeBytes ?? 1)}"}`);
            return;
        }
        const total = entryCount(segments);
        const pages = fault === 'endless' ? Infinity : Math.max(1, Math.ceil(total / PER_PAGE));
        const values = entries(segments, (page - 1) * PER_PAGE, Math.min(page * PER_PAGE, total));
        if (fault === 'malformed' && page === 2) delete values[0]!.period;
        const link = (n: number) => {
            const next = new URL(url);
            next.searchParams.set('page', String(n));
            next.searchParams.set('per_page', String(PER_PAGE));
            if (fault === 'offsite') next.hostname = 'localhost';
            return next.toString();
        };
        const next = fault === 'loop' && page === 2 ? link(1) : page < pages ? link(page + 1) : null;
        const previous = page > 1 ? link(page - 1) : null;
        json(
            response,
            version === 'v3'
                ? { count: values.length, values, next_url: next, previous_url: previous }
                : { count: values.length, values, next_page: next, previous_page: previous }
        );
    });
    const port = () => (server.address() as { port: number }).port;
    return new Promise(resolve =>
        server.listen(0, '127.0.0.1', () =>
            resolve({
                server,
                url: `http://127.0.0.1:${port()}`,
                requests,
                close: () =>
                    new Promise(done => {
                        server.closeAllConnections();
                        server.close(() => done());
                    })
            })
        )
    );
}

export const METADATA_PER_PAGE = 12;
export const KPI_TITLES: Record<string, string> = {
    N15436: 'Elever i åk 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)'
};

/** `kpi/{ids}`, `municipality`, `municipality_groups/{ids}`, in the version's page shape; undefined for other paths. */
function metadataAnswer(parts: string[], url: URL, version: string | undefined): Record<string, unknown> | undefined {
    const ids = decodeURIComponent(parts[1] ?? '')
        .split(',')
        .filter(Boolean);
    if (ids.length > 25) return { error: 'too many ids' };
    let values: Array<Record<string, unknown>>;
    if (parts[0] === 'kpi' && parts.length === 2) {
        values = ids
            .filter(id => !id.endsWith('99'))
            .map(id => ({
                id,
                title: KPI_TITLES[id] ?? `Påhittat nyckeltal ${id}, andel (%)`,
                description: `Konstruerad beskrivning av ${id}.`,
                is_divided_by_gender: id.startsWith('N'),
                municipality_type: 'K',
                operating_area: 'Test'
            }));
    } else if (parts[0] === 'municipality' && parts.length === 1) {
        const all = [
            { id: '0000', title: 'Riket', type: 'L' },
            ...MUNICIPALITIES.map(id => ({ id, title: `Kommun ${id}`, type: 'K' })),
            { id: '1881', title: 'Kumla', type: 'K' }
        ];
        const page = Number(url.searchParams.get('page') ?? 1);
        values = all.slice((page - 1) * METADATA_PER_PAGE, page * METADATA_PER_PAGE);
        const next = page * METADATA_PER_PAGE < all.length ? new URL(url) : undefined;
        next?.searchParams.set('page', String(page + 1));
        return version === 'v3'
            ? { count: values.length, values, next_url: next?.toString() ?? null }
            : { count: values.length, values, next_page: next?.toString() ?? null };
    } else if (parts[0] === 'municipality_groups' && parts.length === 2) {
        values = ids.map(id => ({
            id,
            title: `Grupp ${id}`,
            members: MUNICIPALITIES.slice(0, 5).map(code => ({ member_id: code, member_title: `Kommun ${code}` }))
        }));
    } else {
        return undefined;
    }
    return version === 'v3'
        ? { count: values.length, values, next_url: null }
        : { count: values.length, values, next_page: null };
}

interface Segments {
    kpis: string[];
    municipalities?: string[];
    years: number[];
}

/** `data/kpi/{ids}[/municipality/{ids}]/year/{years}` */
function dataSegments(parts: string[]): Segments | undefined {
    if (parts[0] !== 'data' || parts[1] !== 'kpi') return undefined;
    const kpis = decodeURIComponent(parts[2] ?? '').split(',');
    const rest = parts.slice(3);
    const municipalities = rest[0] === 'municipality' ? decodeURIComponent(rest[1] ?? '').split(',') : undefined;
    const yearPart = municipalities ? rest.slice(2) : rest;
    if (yearPart[0] !== 'year') return undefined;
    return { kpis, municipalities, years: (yearPart[1] ?? '').split(',').map(Number) };
}

function entryCount(segments: Segments): number {
    return segments.kpis.length * segments.years.length * (segments.municipalities ?? MUNICIPALITIES).length;
}

/** Entries `from` to `to` of the answer, built on demand: a page never builds the whole answer. */
function entries(segments: Segments, from: number, to: number): Array<Record<string, unknown>> {
    const units = segments.municipalities ?? MUNICIPALITIES;
    const result: Array<Record<string, unknown>> = [];
    for (let i = from; i < to; i++) {
        const municipality = units[i % units.length]!;
        const year = segments.years[Math.floor(i / units.length) % segments.years.length]!;
        const kpi = segments.kpis[Math.floor(i / units.length / segments.years.length)]!;
        result.push({
            kpi,
            municipality,
            period: year,
            values: [{ gender: 'T', count: 1, status: '', value: servedValue(kpi, municipality, year) }]
        });
    }
    return result;
}

function json(response: import('node:http').ServerResponse, body: unknown): void {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
}

/** Every (kpi, municipality, year) → value of a saved snapshot, to compare with what was asked. */
export function snapshotValues(values: unknown[]): Map<string, number | null> {
    const map = new Map<string, number | null>();
    for (const entry of values as Array<{
        kpi: string;
        municipality: string;
        period: number;
        values: Array<{ gender: string; value: number | null }>;
    }>) {
        const total = entry.values.find(v => v.gender === 'T');
        map.set(`${entry.kpi}/${entry.municipality}/${entry.period}`, total?.value ?? null);
    }
    return map;
}

export function expectedValues(kpis: string[], years: number[], municipalities = MUNICIPALITIES): Map<string, number> {
    const map = new Map<string, number>();
    for (const kpi of kpis)
        for (const municipality of municipalities)
            for (const year of years) map.set(`${kpi}/${municipality}/${year}`, servedValue(kpi, municipality, year));
    return map;
}
