import { isIP } from 'node:net';

/** The proxy a request goes through, and where it was configured (for messages). */
export interface ProxyChoice {
    /** The proxy's URL, as configured (may hold user:password). */
    url: string;
    /** The environment variable it came from, e.g. `HTTPS_PROXY`. */
    variable: string;
}

/**
 * The proxy for `target` from the environment, as curl chooses it: `https_proxy`/`HTTPS_PROXY` for https,
 * `http_proxy`/`HTTP_PROXY` for http (CLI.md asks for either case; curl itself reads only the lower-case one
 * there), `all_proxy`/`ALL_PROXY` for both when the scheme's own is unset; the lower-case name wins when both are
 * set; an empty value is unset. An https request never falls back to `HTTP_PROXY` (undici's EnvHttpProxyAgent
 * does; curl does not). `NO_PROXY` (either case) lists hosts that go direct. Undefined: no proxy.
 */
export function proxyFor(target: URL, env: NodeJS.ProcessEnv): ProxyChoice | undefined {
    const scheme = target.protocol.replace(/:$/, '');
    if (scheme !== 'http' && scheme !== 'https') return undefined;
    const choice = firstSet(env, [`${scheme}_proxy`, `${scheme.toUpperCase()}_PROXY`, 'all_proxy', 'ALL_PROXY']);
    if (!choice) return undefined;
    if (bypassesProxy(target, firstSet(env, ['no_proxy', 'NO_PROXY'])?.url ?? '')) return undefined;
    // curl takes a proxy without a scheme as http://.
    return { ...choice, url: /^[a-z][a-z0-9+.-]*:\/\//i.test(choice.url) ? choice.url : `http://${choice.url}` };
}

function firstSet(env: NodeJS.ProcessEnv, names: string[]): ProxyChoice | undefined {
    for (const name of names) {
        const value = env[name]?.trim();
        if (value) return { url: value, variable: name };
    }
    return undefined;
}

/**
 * curl's `NO_PROXY`: a comma-separated list; `*` alone matches every host; a name matches itself and every
 * subdomain (a leading `.` is ignored, so `.kommun.se` and `kommun.se` both match `kommun.se` and
 * `api.kommun.se`); an IP address matches itself, and with `/bits` (CIDR) its network. Case does not matter; a
 * port in an entry is ignored, as curl ignores it.
 */
export function bypassesProxy(target: URL, noProxy: string): boolean {
    const host = unbracket(target.hostname.toLowerCase()).replace(/\.$/, '');
    const entries = noProxy
        .split(/[,\s]+/)
        .map(entry => entry.trim().toLowerCase())
        .filter(Boolean);
    if (entries.includes('*')) return true;
    return entries.some(entry => entryMatches(host, entry));
}

function entryMatches(host: string, entry: string): boolean {
    const [address, bits] = entry.split('/');
    const ip = unbracket(address!);
    if (isIP(ip)) {
        if (!isIP(host)) return false;
        return bits === undefined ? sameAddress(host, ip) : inNetwork(host, ip, Number(bits));
    }
    const name = withoutPort(entry)
        .replace(/^\*?\./, '')
        .replace(/\.$/, '');
    return name !== '' && (host === name || host.endsWith(`.${name}`));
}

function unbracket(host: string): string {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function withoutPort(entry: string): string {
    return entry.replace(/:\d+$/, '');
}

function sameAddress(a: string, b: string): boolean {
    return isIP(a) === isIP(b) && addressBits(a) === addressBits(b);
}

function inNetwork(host: string, network: string, bits: number): boolean {
    const version = isIP(network);
    if (isIP(host) !== version || !Number.isInteger(bits) || bits < 0) return false;
    const width = version === 4 ? 32 : 128;
    if (bits > width) return false;
    return addressBits(host).slice(0, bits) === addressBits(network).slice(0, bits);
}

/** An IP address as a string of bits (32 or 128), so prefixes compare as strings. */
function addressBits(address: string): string {
    if (isIP(address) === 4) {
        return address
            .split('.')
            .map(part => Number(part).toString(2).padStart(8, '0'))
            .join('');
    }
    const [head = '', tail = ''] = address.split('::');
    const groups = (part: string) => (part ? part.split(':') : []);
    const expand = (parts: string[]) =>
        parts.flatMap(part => {
            if (!part.includes('.')) return [part];
            const bits = addressBits(part);
            return [parseInt(bits.slice(0, 16), 2).toString(16), parseInt(bits.slice(16), 2).toString(16)];
        });
    const left = expand(groups(head));
    const right = expand(groups(tail));
    const missing = 8 - left.length - right.length;
    const all = address.includes('::') ? [...left, ...Array.from({ length: missing }, () => '0'), ...right] : left;
    return all
        .map(group =>
            parseInt(group || '0', 16)
                .toString(2)
                .padStart(16, '0')
        )
        .join('');
}

/** The proxy's URL without user and password, for messages. */
export function shownProxy(proxy: ProxyChoice): string {
    try {
        const url = new URL(proxy.url);
        return `${url.protocol}//${url.host}`;
    } catch {
        return '(ogiltig adress)';
    }
}
