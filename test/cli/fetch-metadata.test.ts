import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { METADATA_PER_PAGE, MUNICIPALITIES, type StandIn, startStandIn } from '../kolada/kolada-stand-in.js';
import { LspClient } from '../lsp/lsp-client.js';
import { KUMLA, runCliAsync as run, runCli } from './run-cli.js';

/** A committee goal with the KPI from the issue (N15436), one Kolada does not know, and a Kolada group. */
const EXTRA = `del av Kumla

jämförelsegrupp Länet "Örebro läns kommuner" {
    kolada G33615
}

mål Behörighet "Fler elever är behöriga till gymnasiet" {
    nivå nämnd
    ansvarig BUN
    bidrar till Utbildning

    mått Behöriga "Behöriga till yrkesprogram, kommunala skolor" {
        nyckeltal N15436
        enhet "%"
        högre är bättre
        hel  när värde >= 90
    }

    mått Stavfel "Ett id som inte finns" {
        nyckeltal N12399
        enhet "%"
        högre är bättre
        hel  när värde >= 90
    }
}
`;

type Page = { values: Array<Record<string, unknown>> };

describe('styrmodell fetch --metadata, and what the editor makes of it', () => {
    let standIn: StandIn;
    let folder: string;

    beforeAll(async () => {
        standIn = await startStandIn();
        folder = mkdtempSync(join(tmpdir(), 'styrmodell-metadata-'));
        cpSync(KUMLA, folder, { recursive: true });
        writeFileSync(join(folder, 'behörighet.styr'), EXTRA);
    });
    afterAll(() => standIn.close());

    it.each(['v3', 'v2'])(
        "writes KPIs, every municipality across pages and the models' groups beside the snapshot (%s)",
        async api => {
            const result = await run(
                [
                    'fetch',
                    '.',
                    '--api',
                    `${standIn.url}/${api}`,
                    '--years',
                    '2019',
                    '--out',
                    'data/kolada.json',
                    '--metadata'
                ],
                folder
            );
            expect(result.stderr).toContain('kolada-metadata.json');
            expect(result.status, result.stderr).toBe(0);
            const pages = JSON.parse(readFileSync(join(folder, 'data', 'kolada-metadata.json'), 'utf8')) as Page[];
            const [kpis, municipalities, groups] = pages.map(page => page.values);
            expect(kpis.map(k => k.id).sort()).toEqual(['N15428', 'N15436', 'N15543', 'U07414', 'U07453', 'U21468']);
            expect(kpis.find(k => k.id === 'N15436')).toMatchObject({
                is_divided_by_gender: true,
                description: 'Konstruerad beskrivning av N15436.'
            });
            expect(municipalities).toHaveLength(MUNICIPALITIES.length + 2);
            expect(Math.ceil(municipalities.length / METADATA_PER_PAGE)).toBeGreaterThan(1);
            expect(standIn.requests.filter(r => r.startsWith(`/${api}/municipality?page=`)).length).toBe(
                Math.ceil(municipalities.length / METADATA_PER_PAGE) - 1
            );
            expect(groups.map(g => g.id)).toEqual(['G33615']);
            expect(standIn.requests).toContain(`/${api}/kpi/N12399,N15428,N15436,N15543,U07414,U07453,U21468`);
        }
    );

    it('makes an unknown Kolada id a warning once the model names the metadata', () => {
        const before = runCli(['validate', '.', '--format', 'json'], folder);
        expect(JSON.parse(before.stdout).diagnostics.map((d: { code: string }) => d.code)).not.toContain(
            'unknown-kolada-kpi'
        );
        const header = join(folder, 'styrmodell.styr');
        writeFileSync(
            header,
            readFileSync(header, 'utf8').replace(
                '    data "data/resultat.csv"\n',
                '    data "data/resultat.csv"\n    data "data/kolada-metadata.json"\n'
            )
        );
        const after = JSON.parse(runCli(['validate', '.', '--format', 'json'], folder).stdout) as {
            diagnostics: Array<{ code: string; file: string; line: number; message: string }>;
        };
        const unknown = after.diagnostics.filter(d => d.code === 'unknown-kolada-kpi');
        expect(unknown.map(d => [d.file, d.line])).toEqual([['behörighet.styr', 20]]);
        expect(unknown[0].message).toContain('N12399');
        expect(after.diagnostics.map(d => d.code)).not.toContain('unknown-kolada-group');
    });

    describe('over LSP', () => {
        let client: LspClient;
        let uri: string;

        beforeAll(async () => {
            client = new LspClient();
            await client.initialize(folder);
            uri = pathToFileURL(join(folder, 'behörighet.styr')).toString();
            await client.open(uri, EXTRA);
            await client.diagnosticsFor(uri);
        });
        afterAll(() => client.stop());

        it('hovers a Kolada id with its title, unit, gender division and description', async () => {
            const hover = (await client.connection.sendRequest('textDocument/hover', {
                textDocument: { uri },
                position: { line: 12, character: 20 }
            })) as Hover;
            const text = (hover.contents as MarkupContent).value;
            expect(text).toContain(
                '**N15436** Elever i åk 9 som är behöriga till yrkesprogram, kommunala skolor, andel (%)'
            );
            expect(text).toContain('Enhet: %');
            expect(text).toContain('Uppdelat på kön: ja');
            expect(text).toContain('Konstruerad beskrivning av N15436.');
            expect(text).toContain('kolada-metadata.json');
            const unknown = (await client.connection.sendRequest('textDocument/hover', {
                textDocument: { uri },
                position: { line: 19, character: 20 }
            })) as Hover;
            expect((unknown.contents as MarkupContent).value).toContain('Inget om nyckeltalet');
        });

        it('completes nyckeltal by title: "behöriga" finds N15436', async () => {
            const text = EXTRA.replace('nyckeltal N12399', 'nyckeltal behöriga');
            await client.change(uri, text, 2);
            const position = { line: 19, character: 'nyckeltal behöriga'.length + 8 };
            const result = (await client.connection.sendRequest('textDocument/completion', {
                textDocument: { uri },
                position
            })) as CompletionList | CompletionItem[];
            const items = Array.isArray(result) ? result : result.items;
            const found = items.find(i => i.label === 'N15436');
            expect(found?.labelDetails?.description).toContain('behöriga');
            expect(found?.textEdit).toMatchObject({ newText: 'N15436', range: { start: { line: 19, character: 18 } } });
            expect(items.map(i => i.label)).not.toContain('U21468');
        });
    });
});
