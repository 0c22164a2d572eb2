import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectProxy, startConnectProxy } from '../kolada/connect-proxy.js';
import { expectedValues, type StandIn, snapshotValues, startStandIn } from '../kolada/kolada-stand-in.js';
import { BIN, KUMLA } from './run-cli.js';

const KUMLA_KPIS = ['N15428', 'N15543', 'U07414', 'U07453', 'U21468'];
const PROXY_VARIABLES = /^(https?|all|no)_proxy$/i;

/** The bin with exactly these proxy variables (none inherited from the machine running the tests). */
function fetchWith(proxyEnv: Record<string, string>, api: string, out: string, cwd: string) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !PROXY_VARIABLES.test(key)));
    return new Promise<{ status: number | null; stderr: string }>(resolve => {
        const child = spawn(
            process.execPath,
            [BIN, 'fetch', '.', '--api', api, '--years', '2019', '--out', out, '--retries', '1'],
            { cwd, env: { ...env, ...proxyEnv } }
        );
        let stderr = '';
        child.stderr.on('data', chunk => (stderr += chunk));
        child.on('close', status => resolve({ status, stderr }));
    });
}

describe('styrmodell fetch behind a proxy', () => {
    let standIn: StandIn;
    let proxy: ConnectProxy;
    let refusing: ConnectProxy;
    let folder: string;

    beforeAll(async () => {
        [standIn, proxy, refusing] = await Promise.all([
            startStandIn(),
            startConnectProxy(),
            startConnectProxy({ refuse: true })
        ]);
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-proxy-'));
        cpSync(KUMLA, folder, { recursive: true });
    });
    afterAll(() => Promise.all([standIn.close(), proxy.close(), refusing.close()]));

    it('goes through HTTP_PROXY (a CONNECT tunnel), says so, and saves every value', async () => {
        const host = new URL(standIn.url).host;
        const before = proxy.tunnels.length;
        const result = await fetchWith({ HTTP_PROXY: proxy.url }, `${standIn.url}/v3`, 'via-proxy.json', folder);
        expect(result.stderr).toContain(`Går via proxyn ${proxy.url} (HTTP_PROXY).`);
        expect(result.status).toBe(0);
        expect(proxy.tunnels.slice(before)).toContain(host);
        const saved = JSON.parse(readFileSync(join(folder, 'via-proxy.json'), 'utf8')).values;
        expect(snapshotValues(saved)).toEqual(expectedValues(KUMLA_KPIS, [2019]));
    });

    it('goes direct for a host in NO_PROXY, and for http when only HTTPS_PROXY is set', async () => {
        const before = proxy.tunnels.length;
        const noProxy = await fetchWith(
            { HTTP_PROXY: refusing.url, NO_PROXY: 'example.org,127.0.0.1' },
            `${standIn.url}/v3`,
            'direkt.json',
            folder
        );
        expect(noProxy.status).toBe(0);
        expect(noProxy.stderr).not.toContain('proxyn');
        const httpsOnly = await fetchWith({ HTTPS_PROXY: refusing.url }, `${standIn.url}/v3`, 'direkt2.json', folder);
        expect(httpsOnly.status).toBe(0);
        expect(refusing.tunnels).toEqual([]);
        expect(proxy.tunnels.length).toBe(before);
    });

    it('names the proxy when it refuses (407), and writes nothing', async () => {
        const result = await fetchWith({ http_proxy: refusing.url }, `${standIn.url}/v3`, 'nekad.json', folder);
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(new RegExp(`407.*via proxyn ${refusing.url} från http_proxy`));
        expect(result.stderr).not.toMatch(/fetch failed\)/);
        expect(existsSync(join(folder, 'nekad.json'))).toBe(false);
    });

    it('names the proxy when nothing answers there, without its password', async () => {
        const closed = await startConnectProxy();
        await closed.close();
        const address = new URL(closed.url);
        const result = await fetchWith(
            { HTTP_PROXY: `http://kalle:hemligt@${address.host}` },
            `${standIn.url}/v3`,
            'borta.json',
            folder
        );
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(`via proxyn http://${address.host} från HTTP_PROXY`);
        expect(result.stderr).toContain('ECONNREFUSED');
        expect(result.stderr).not.toContain('hemligt');
    });
});
