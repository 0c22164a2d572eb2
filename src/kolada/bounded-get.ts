import { causeText } from './error-cause.js';
import { type FetchLimits, megabytes, minutes } from './fetch-limits.js';

/** A failure of the download, with a Swedish message for the planner; the CLI turns it into exit 1. */
export class KoladaError extends Error {}

/** What one fetch shares across its requests: the limits, the bytes read so far and the overall deadline. */
export interface FetchSession {
    limits: FetchLimits;
    /** Attempts per request (first try included). */
    attempts: number;
    /** Base of the exponential back-off, in ms. */
    backoffMs: number;
    fetchImpl: typeof fetch;
    deadline: AbortSignal;
    bytesRead: number;
}

export function startSession(
    limits: FetchLimits,
    options: { attempts?: number; backoffMs?: number; fetchImpl?: typeof fetch }
): FetchSession {
    return {
        limits,
        attempts: options.attempts ?? 5,
        backoffMs: options.backoffMs ?? 500,
        fetchImpl: options.fetchImpl ?? fetch,
        deadline: AbortSignal.timeout(limits.deadlineMs),
        bytesRead: 0
    };
}

const MAX_REDIRECTS = 5;

/**
 * GETs `url` and parses the body as JSON, retrying on 429, 5xx, network errors and time-outs, following
 * redirects only on the same host, and never reading more than the session's byte limits allow.
 */
export async function getJson(url: string, session: FetchSession): Promise<unknown> {
    let last = '';
    let target = url;
    let redirects = 0;
    for (let attempt = 1; attempt <= session.attempts; attempt++) {
        checkDeadline(session);
        let response: Response;
        const signal = AbortSignal.any([AbortSignal.timeout(session.limits.requestTimeoutMs), session.deadline]);
        try {
            response = await session.fetchImpl(target, {
                headers: { accept: 'application/json' },
                redirect: 'manual',
                signal
            });
        } catch (error) {
            checkDeadline(session);
            last = signal.aborted
                ? `inget svar inom ${minutes(session.limits.requestTimeoutMs)}`
                : `nätverksfel: ${causeText(error)}`;
            if (attempt < session.attempts) await pause(session.backoffMs * 2 ** (attempt - 1), session);
            continue;
        }
        if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
            await response.body?.cancel();
            target = sameHost(
                new URL(response.headers.get('location') ?? '', target).toString(),
                url,
                'omdirigerade till'
            );
            if (++redirects > MAX_REDIRECTS)
                throw new KoladaError(`${url} omdirigerade fler än ${MAX_REDIRECTS} gånger.`);
            attempt--;
            continue;
        }
        if (response.ok) {
            const body = await readBody(response, target, session, signal);
            if (body === undefined) {
                last = `svaret kom inte fram inom ${minutes(session.limits.requestTimeoutMs)}`;
                continue;
            }
            try {
                return JSON.parse(body) as unknown;
            } catch {
                throw new KoladaError(`Svaret från ${target} är inte JSON.`);
            }
        }
        await response.body?.cancel();
        last = `HTTP ${response.status}`;
        if (response.status !== 429 && response.status < 500) throw new KoladaError(`${target} svarade ${last}.`);
        // After the last try no wait helps: the failure is reported at once.
        if (attempt === session.attempts) break;
        const retryAfter = Number(response.headers.get('retry-after') ?? NaN);
        await pause(
            Number.isFinite(retryAfter) && retryAfter >= 0
                ? Math.min(retryAfter * 1000, 30_000)
                : session.backoffMs * 2 ** (attempt - 1),
            session
        );
    }
    throw new KoladaError(`${target} svarade inte efter ${session.attempts} försök (${last}).`);
}

/** Refuses a link (a redirect, a next page) that leaves the API's host: the snapshot holds only Kolada's data. */
export function sameHost(link: string, from: string, verb: string): string {
    const target = new URL(link);
    if (target.host !== new URL(from).host) {
        throw new KoladaError(`${from} ${verb} en annan värd (${target.host}); det följs inte.`);
    }
    return target.toString();
}

/** The body as text, or undefined when the request's time-out cut it off (the caller retries). */
async function readBody(
    response: Response,
    url: string,
    session: FetchSession,
    signal: AbortSignal
): Promise<string | undefined> {
    const { requestBytes, totalBytes } = session.limits;
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > requestBytes) {
        await response.body?.cancel();
        throw tooLarge(url, requestBytes);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Node types a response body as a stream of `any`; a fetch body is bytes.
    const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader();
    try {
        for (;;) {
            const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
            if (done || value === undefined) break;
            size += value.byteLength;
            session.bytesRead += value.byteLength;
            if (size > requestBytes) throw tooLarge(url, requestBytes);
            if (session.bytesRead > totalBytes) {
                throw new KoladaError(
                    `Svaren blev större än ${megabytes(totalBytes)} sammanlagt och hämtningen avbröts. Hämta färre år åt gången med --years.`
                );
            }
            chunks.push(value);
        }
    } catch (error) {
        await reader?.cancel().catch(() => undefined);
        if (error instanceof KoladaError) throw error;
        checkDeadline(session);
        if (signal.aborted) return undefined;
        throw new KoladaError(`Svaret från ${url} bröts: ${(error as Error).message}.`);
    }
    return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(url: string, limit: number): KoladaError {
    return new KoladaError(`Svaret från ${url} är större än ${megabytes(limit)}; hämtningen avbröts.`);
}

function checkDeadline(session: FetchSession): void {
    if (session.deadline.aborted) {
        throw new KoladaError(`Hämtningen tog längre än ${minutes(session.limits.deadlineMs)} och avbröts.`);
    }
}

/** Waits before a retry, but never past the fetch's deadline. */
async function pause(ms: number, session: FetchSession): Promise<void> {
    await new Promise<void>(resolve => {
        const timer = setTimeout(done, ms);
        session.deadline.addEventListener('abort', done, { once: true });
        function done(): void {
            clearTimeout(timer);
            session.deadline.removeEventListener('abort', done);
            resolve();
        }
    });
    checkDeadline(session);
}
