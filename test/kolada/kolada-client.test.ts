import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataRequests, fetchKpiValues, KoladaError } from '../../src/kolada/kolada-client.js';
import { expectedValues, MUNICIPALITIES, type StandIn, snapshotValues, startStandIn } from './kolada-stand-in.js';

const KPIS = Array.from({ length: 26 }, (_, i) => `N${String(1000 + i).padStart(5, '0')}`);
const YEARS = Array.from({ length: 26 }, (_, i) => 1995 + i);

describe('Kolada client', () => {
    let standIn: StandIn;
    beforeAll(async () => {
        standIn = await startStandIn({ hugeBytes: 3 * 1024 * 1024 });
    });
    afterAll(() => standIn.close());

    const fetchFrom = (path: string, extra: Partial<Parameters<typeof fetchKpiValues>[0]> = {}) =>
        fetchKpiValues({ api: `${standIn.url}${path}`, kpis: KPIS.slice(0, 2), years: [2019], backoffMs: 1, ...extra });

    it('splits ids, municipalities and years into path segments of at most 25', () => {
        const municipalities = Array.from({ length: 26 }, (_, i) => String(1000 + i));
        const requests = dataRequests('https://api.kolada.se/v3/', KPIS, YEARS, municipalities);
        expect(requests).toHaveLength(2 * 2 * 2);
        expect(requests[1]!.url).toMatch(/\/year\/2020$/);
        for (const { url } of requests) {
            const segments = new URL(url).pathname
                .split('/')
                .slice(4)
                .filter((_, i) => i % 2 === 0);
            expect(segments).toHaveLength(3);
            for (const segment of segments) expect(segment.split(',').length).toBeLessThanOrEqual(25);
        }
        expect(requests[0]!.url).toMatch(
            /^https:\/\/api\.kolada\.se\/v3\/data\/kpi\/N01000,.*\/municipality\/1000,.*\/year\/1995,/
        );
    });

    it.each(['v3', 'v2'])('fetches every value asked for from %s, across pages and segments', async version => {
        const values = await fetchKpiValues({
            api: `${standIn.url}/${version}`,
            kpis: KPIS,
            years: YEARS,
            backoffMs: 1
        });
        const expected = expectedValues(KPIS, YEARS);
        expect(values.length).toBe(KPIS.length * YEARS.length * MUNICIPALITIES.length);
        expect(snapshotValues(values)).toEqual(expected);
    });

    it('retries 429 and still gets every page', async () => {
        const values = await fetchFrom('/throttle/v3', { kpis: KPIS.slice(0, 3), years: [2018, 2019] });
        expect(snapshotValues(values)).toEqual(expectedValues(KPIS.slice(0, 3), [2018, 2019]));
    });

    it.each([
        ['/junk/v3', /ingen sida med värden.*API:et skrev: "rate limited"/],
        ['/malformed/v2', /Post 1 i svaret från .* är felaktig: året \("period"\) saknas/],
        ['/endless/v3', /fler än \d+ sidor/],
        ['/loop/v3', /samma sida två gånger/],
        ['/offsite/v3', /en annan värd \(localhost:\d+\); det följs inte/],
        ['/redirect/v3', /omdirigerade till en annan värd/],
        ['/huge/v3', /större än 1 MB/]
    ])('%s fails with a Swedish message', async (path, message) => {
        const error = await fetchFrom(path, { limits: { requestBytes: 1024 * 1024 } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(KoladaError);
        expect((error as Error).message).toMatch(message);
    });

    it('stops at the total byte limit', async () => {
        const error = await fetchFrom('/v3', { kpis: KPIS, years: YEARS, limits: { totalBytes: 200_000 } }).catch(
            (e: unknown) => e
        );
        expect((error as Error).message).toMatch(/större än 0 MB sammanlagt/);
    });

    it('gives up a request that never answers, and the whole fetch at its deadline', async () => {
        const perRequest = await fetchFrom('/silent/v3', { attempts: 2, limits: { requestTimeoutMs: 100 } }).catch(
            (e: unknown) => e
        );
        expect((perRequest as Error).message).toMatch(/svarade inte efter 2 försök \(inget svar inom 1 s\)/);
        const overall = await fetchFrom('/silent/v3', {
            attempts: 20,
            limits: { requestTimeoutMs: 10_000, deadlineMs: 300 }
        }).catch((e: unknown) => e);
        expect((overall as Error).message).toMatch(/Hämtningen tog längre än 1 s och avbröts/);
    });
});
