import { describe, expect, it } from 'vitest';
import { bypassesProxy, proxyFor } from '../../src/kolada/proxy.js';

const KOLADA = new URL('https://api.kolada.se/v3/data');
const PLAIN = new URL('http://api.kolada.se/v2/data');

describe("the proxy a request goes through (curl's rules)", () => {
    it.each([
        [{ HTTPS_PROXY: 'http://proxy:3128' }, KOLADA, 'http://proxy:3128', 'HTTPS_PROXY'],
        [{ https_proxy: 'http://liten:1', HTTPS_PROXY: 'http://stor:2' }, KOLADA, 'http://liten:1', 'https_proxy'],
        [{ HTTP_PROXY: 'http://proxy:8080' }, PLAIN, 'http://proxy:8080', 'HTTP_PROXY'],
        [{ http_proxy: 'proxy.kommun.se:8080' }, PLAIN, 'http://proxy.kommun.se:8080', 'http_proxy'],
        [{ ALL_PROXY: 'http://alla:1' }, KOLADA, 'http://alla:1', 'ALL_PROXY'],
        [{ HTTPS_PROXY: '', all_proxy: 'http://alla:1' }, KOLADA, 'http://alla:1', 'all_proxy']
    ])('%j for %s is %s from %s', (env, url, proxy, variable) => {
        expect(proxyFor(url, env)).toEqual({ url: proxy, variable });
    });

    it("never sends https through HTTP_PROXY, as curl does not (undici's EnvHttpProxyAgent would)", () => {
        expect(proxyFor(KOLADA, { HTTP_PROXY: 'http://proxy:8080' })).toBeUndefined();
        expect(proxyFor(PLAIN, { HTTPS_PROXY: 'http://proxy:3128' })).toBeUndefined();
        expect(proxyFor(KOLADA, {})).toBeUndefined();
    });

    it.each([
        ['*', 'api.kolada.se', true],
        ['kolada.se', 'api.kolada.se', true],
        ['.kolada.se', 'api.kolada.se', true],
        ['.kolada.se', 'kolada.se', true],
        ['KOLADA.SE', 'api.kolada.se', true],
        ['kommun.se, kolada.se', 'api.kolada.se', true],
        ['kolada.se:443', 'api.kolada.se', true],
        ['ada.se', 'api.kolada.se', false],
        ['api.kolada.se.evil', 'api.kolada.se', false],
        ['', 'api.kolada.se', false],
        ['127.0.0.1', '127.0.0.1', true],
        ['10.0.0.0/8', '10.1.2.3', true],
        ['10.0.0.0/8', '11.1.2.3', false],
        ['::1', '[::1]', true],
        ['fd00::/8', '[fd12:3456::1]', true],
        ['fd00::/8', '[fe80::1]', false],
        ['127.0.0.1', 'localhost', false]
    ])('NO_PROXY=%j for %s: bypass %s', (noProxy, host, bypass) => {
        expect(bypassesProxy(new URL(`https://${host}/`), noProxy)).toBe(bypass);
    });

    it('NO_PROXY in either case, lower case first, turns the proxy off', () => {
        expect(proxyFor(KOLADA, { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'kolada.se' })).toBeUndefined();
        expect(proxyFor(KOLADA, { HTTPS_PROXY: 'http://p:1', no_proxy: 'kolada.se' })).toBeUndefined();
        expect(proxyFor(KOLADA, { HTTPS_PROXY: 'http://p:1', no_proxy: 'annan.se', NO_PROXY: 'kolada.se' })).toEqual({
            url: 'http://p:1',
            variable: 'HTTPS_PROXY'
        });
    });
});
