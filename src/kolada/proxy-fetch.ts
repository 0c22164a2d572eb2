// undici (bundled) for its ProxyAgent, and its own fetch with it: the built-in fetch of Node 22 carries an older
// undici whose dispatcher interface differs. Importing parts of undici by path breaks its lazy requires.
import { ProxyAgent, fetch as undiciFetch } from 'undici';
import { causeText } from './error-cause.js';
import { type ProxyChoice, proxyFor, shownProxy } from './proxy.js';

/**
 * A `fetch` that goes through the proxy the environment names for each request's URL (proxy.ts: curl's rules),
 * and whose failures say which proxy and which variable, so that a planner behind a municipal proxy can tell
 * "the proxy refused" from "Kolada is down". Without any proxy variable it is the built-in fetch.
 */
export function environmentFetch(env: NodeJS.ProcessEnv = process.env): typeof fetch {
    const agents = new Map<string, ProxyAgent>();
    const agentFor = (proxy: ProxyChoice): ProxyAgent => {
        let agent = agents.get(proxy.url);
        if (!agent) {
            agent = new ProxyAgent({ uri: proxy.url, proxyTunnel: true });
            agents.set(proxy.url, agent);
        }
        return agent;
    };
    return (async (input: string | URL | Request, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : input.toString());
        const proxy = proxyFor(url, env);
        if (!proxy) return fetch(input, init);
        try {
            return (await undiciFetch(url, {
                ...(init as object),
                dispatcher: agentFor(proxy)
            } as Parameters<typeof undiciFetch>[1])) as unknown as Response;
        } catch (error) {
            throw new ProxyFetchError(proxy, error);
        }
    }) as typeof fetch;
}

/** A request through a proxy that failed: names the proxy (without credentials), its variable and the cause. */
export class ProxyFetchError extends Error {
    constructor(proxy: ProxyChoice, error: unknown) {
        super(`${causeText(error)} (via proxyn ${shownProxy(proxy)} från ${proxy.variable})`);
        this.name = (error as Error)?.name === 'AbortError' ? 'AbortError' : 'ProxyFetchError';
    }
}
