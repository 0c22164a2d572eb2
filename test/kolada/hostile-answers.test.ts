import { describe, expect, it, vi } from 'vitest';
import { getJson, KoladaError, startSession } from '../../src/kolada/bounded-get.js';
import { readDataPage } from '../../src/kolada/data-page.js';
import { DEFAULT_LIMITS } from '../../src/kolada/fetch-limits.js';

/** Issue 18, items 2 and 15: answers built to exhaust memory or mislead, and a wait that helps nobody. */
const QUESTION = { kpis: new Set(['N00001']), years: new Set([2019]) };
const entry = (values: unknown[]) => ({ kpi: 'N00001', municipality: '1881', period: 2019, values });

describe('a page of values', () => {
    it('refuses an entry with millions of values (one per gender is what an entry has)', () => {
        const values = Array.from({ length: 2_300_000 }, () => ({ gender: 'T', value: 1 }));
        expect(() => readDataPage({ values: [entry(values)] }, 'https://api/sida', QUESTION)).toThrow(
            /Post 1 i svaret från https:\/\/api\/sida är felaktig: posten har 2300000 värden; en post har ett per kön, högst \d+/
        );
    });

    it('says a value too large for a number is too large, not "null"', () => {
        const page = JSON.parse(
            '{"values": [{"kpi": "N00001", "municipality": "1881", "period": 2019, "values": [{"gender": "T", "value": 1e309}]}]}'
        ) as unknown;
        let message = '';
        try {
            readDataPage(page, 'https://api/sida', QUESTION);
        } catch (error) {
            message = (error as Error).message;
        }
        expect(message).toMatch(/värdet är för stort för att vara ett tal/);
        expect(message).not.toContain('null');
    });
});

describe('retries', () => {
    it('does not wait out Retry-After after the last try', async () => {
        vi.useFakeTimers();
        try {
            const fetchImpl = vi.fn(() =>
                Promise.resolve(new Response('', { status: 429, headers: { 'retry-after': '30' } }))
            );
            const session = startSession(DEFAULT_LIMITS, { attempts: 2, backoffMs: 1, fetchImpl: fetchImpl as never });
            const result = getJson('https://api/sida', session).catch((error: unknown) => error);
            // One wait of 30 s between the two tries, and none after the second.
            await vi.advanceTimersByTimeAsync(30_000);
            const error = await Promise.race([result, Promise.resolve('väntar fortfarande')]);
            expect(error).toBeInstanceOf(KoladaError);
            expect(fetchImpl).toHaveBeenCalledTimes(2);
        } finally {
            vi.useRealTimers();
        }
    });
});
