import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { KUMLA, ROOT } from './run-cli.js';

/** A Kolada look-alike on loopback: two pages, a 429 before the first, and a path that always fails. */
function koladaStub(): Promise<{ server: Server; url: string; requests: string[] }> {
    const requests: string[] = [];
    let throttled = false;
    const server = createServer((request, response) => {
        const path = request.url ?? '';
        requests.push(path);
        if (path.startsWith('/broken/')) {
            response.writeHead(503).end();
            return;
        }
        if (!throttled) {
            throttled = true;
            response.writeHead(429, { 'retry-after': '0' }).end();
            return;
        }
        const page = path.includes('page=2') ? 2 : 1;
        const entry = (kpi: string, municipality: string) => ({ kpi, municipality, period: 2019, values: [{ gender: 'T', value: page * 10, status: '', count: 1 }] });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({
            values: [entry('U21468', page === 1 ? '0114' : '0115')],
            next_page: page === 1 ? `${path}?page=2` : null
        }));
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => {
        const address = server.address() as { port: number };
        resolve({ server, url: `http://127.0.0.1:${address.port}`, requests });
    }));
}

function run(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'styrmodell.js'), ...args], { cwd });
        let stderr = '';
        child.stderr.on('data', chunk => stderr += chunk);
        child.on('close', status => resolve({ status, stderr }));
    });
}

describe('styrmodell fetch', () => {
    let stub: Awaited<ReturnType<typeof koladaStub>>;
    let folder: string;

    beforeAll(async () => {
        stub = await koladaStub();
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-fetch-'));
        cpSync(KUMLA, folder, { recursive: true });
    });
    afterAll(() => stub.server.close());

    it('fetches every Kolada KPI of the model for the years asked, following pages and retrying 429', async () => {
        const result = await run(['fetch', '.', '--api', `${stub.url}/v3`, '--years', '2018-2019', '--out', 'kolada.json'], folder);
        expect(result.status).toBe(0);
        expect(stub.requests[0]).toBe('/v3/data/kpi/N15428,N15543,U07414,U07453,U21468/year/2018,2019');
        const saved = JSON.parse(readFileSync(join(folder, 'kolada.json'), 'utf8'));
        expect(saved.values.map((v: { municipality: string }) => v.municipality)).toEqual(['0114', '0115']);
        expect(result.stderr).toContain('Skrev 2 poster');
    });

    it('exits 1 after the retries and leaves no file behind', async () => {
        const result = await run(['fetch', '.', '--api', `${stub.url}/broken`, '--years', '2019', '--out', 'trasig.json', '--retries', '2'], folder);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('Ingen fil skrevs');
        expect(existsSync(join(folder, 'trasig.json'))).toBe(false);
    });

    it('never overwrites a file that is not a Kolada file', async () => {
        const result = await run(['fetch', '.', '--api', `${stub.url}/v3`, '--years', '2019', '--out', 'data/resultat.csv'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('finns redan och är ingen Kolada-JSON-fil');
        expect(readFileSync(join(folder, 'data', 'resultat.csv'), 'utf8')).toMatch(/^nyckeltal;kommun;år;kön;värde/);
    });

    it('a malformed --years is a usage error', async () => {
        const result = await run(['fetch', '.', '--years', '2019-2015'], folder);
        expect(result.status).toBe(2);
    });
});
