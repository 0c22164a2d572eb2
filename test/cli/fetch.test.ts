import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedValues, type StandIn, snapshotValues, startStandIn } from '../kolada/kolada-stand-in.js';
import { KUMLA, runCliAsync as run } from './run-cli.js';

const KUMLA_KPIS = ['N15428', 'N15543', 'U07414', 'U07453', 'U21468'];

describe('styrmodell fetch', () => {
    let standIn: StandIn;
    let folder: string;
    const saved = (name: string) => snapshotValues(JSON.parse(readFileSync(join(folder, name), 'utf8')).values);

    beforeAll(async () => {
        standIn = await startStandIn();
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-fetch-'));
        cpSync(KUMLA, folder, { recursive: true });
    });
    afterAll(() => standIn.close());

    it.each(['v3', 'v2', 'throttle/v3'])(
        'saves every value of every Kolada KPI of the model from %s, across all pages',
        async api => {
            const result = await run(
                ['fetch', '.', '--api', `${standIn.url}/${api}`, '--years', '2018-2019', '--out', 'kolada.json'],
                folder
            );
            expect(result.stderr).toContain('Skrev 300 poster');
            expect(result.status).toBe(0);
            expect(standIn.requests).toContain(`/${api}/data/kpi/${KUMLA_KPIS.join(',')}/year/2018,2019`);
            expect(saved('kolada.json')).toEqual(expectedValues(KUMLA_KPIS, [2018, 2019]));
        }
    );

    it.each([
        ['junk/v3', 'ingen sida med värden'],
        ['malformed/v3', 'är felaktig'],
        ['endless/v3', 'sidor'],
        ['empty/v3', 'Kolada gav inga värden'],
        ['offsite/v2', 'en annan värd']
    ])('a failure from %s exits 1 and leaves the earlier snapshot as it was', async (api, message) => {
        writeFileSync(join(folder, 'tidigare.json'), JSON.stringify({ values: [] }));
        const before = readFileSync(join(folder, 'tidigare.json'));
        const result = await run(
            ['fetch', '.', '--api', `${standIn.url}/${api}`, '--years', '2019', '--out', 'tidigare.json'],
            folder
        );
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(message);
        expect(result.stderr).toContain('tidigare.json är orörd');
        expect(readFileSync(join(folder, 'tidigare.json'))).toEqual(before);
    });

    it('exits 1 after the retries and leaves no file behind', async () => {
        const result = await run(
            [
                'fetch',
                '.',
                '--api',
                `${standIn.url}/unavailable/v3`,
                '--years',
                '2019',
                '--out',
                'trasig.json',
                '--retries',
                '2'
            ],
            folder
        );
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('svarade inte efter 2 försök (HTTP 503)');
        expect(result.stderr).toContain('Ingen fil skrevs');
        expect(existsSync(join(folder, 'trasig.json'))).toBe(false);
    });

    it('never overwrites a file that is not a Kolada file', async () => {
        const result = await run(
            ['fetch', '.', '--api', `${standIn.url}/v3`, '--years', '2019', '--out', 'data/resultat.csv'],
            folder
        );
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('finns redan och är ingen Kolada-JSON-fil');
        expect(readFileSync(join(folder, 'data', 'resultat.csv'), 'utf8')).toMatch(/^nyckeltal;kommun;år;kön;värde/);
    });

    it('a malformed --years is a usage error', async () => {
        const result = await run(['fetch', '.', '--years', '2019-2015'], folder);
        expect(result.status).toBe(2);
    });
});
