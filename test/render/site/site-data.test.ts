/**
 * The open data (site-data.ts): one row per measure and year as CSV and JSON, and the page describing both.
 */
import { describe, expect, it } from 'vitest';
import { siteContext } from '../../../src/render/site/site-context.js';
import { type DataRow, dataCsv, dataJson, dataRows, openDataPage } from '../../../src/render/site/site-data.js';
import { fixtureInput } from '../fixture.js';
import { koladaInput, mainOf, namedInput, richInput } from './site-fixture.js';

const NBSP = '\u00a0';
const HEADER =
    'municipality,model,goal,goalTitle,measure,measureTitle,year,value,unit,status,statusText,assessed,reason,thresholds,target,source,sourceUrl';

describe('the rows of the open data', () => {
    const makeCtx = () => siteContext(koladaInput())!;
    const makeRows = () => dataRows(makeCtx());

    it('are one per measure and year with a result, in model order, a year as it comes', () => {
        const rows = makeRows();
        expect(rows.map(r => `${r.goal}.${r.measure} ${r.year}`)).toEqual([
            'GodEkonomi.Resultat 2018',
            'GodEkonomi.Resultat 2019',
            'KlararSkolan.Behöriga 2018',
            'KlararSkolan.Behöriga 2019',
            'KlararSkolan.Betyg 2018',
            'KlararSkolan.Betyg 2019',
            'KlararSkolan.Saknad 2018',
            'KlararSkolan.Saknad 2019',
            'SnabbService.Svar 2018',
            'SnabbService.Svar 2019',
            'SnabbService.Notering 2018',
            'SnabbService.Notering 2019',
            'Lasning.Lasare 2018',
            'Lasning.Lasare 2019',
            'Lasning.Egen 2018',
            'Lasning.Egen 2019'
        ]);
    });

    it('carry the value, status, words, target and source, with Kolada named and linked for its values', () => {
        const rows = makeRows();
        const row = rows.find(r => r.measure === 'Lasare' && r.year === 2019);
        expect(row).toEqual<DataRow>({
            municipality: '1881',
            model: 'Testkommuns styrmodell',
            goal: 'Lasning',
            goalTitle: 'Läsning "för" alla',
            measure: 'Lasare',
            measureTitle: 'Läsförståelse åk 4',
            year: 2019,
            value: 74,
            unit: '%',
            status: 'ingen',
            statusText: 'ingen',
            assessed: false,
            reason: `Når inte gränsvärdet för hel: minst i nivå med målvärdet (75,5${NBSP}%).`,
            thresholds: `Hel: minst i nivå med målvärdet (75,5${NBSP}%)`,
            target: 75.5,
            source: 'Kolada N15419 (data.csv). Källa: Kolada (RKA)',
            sourceUrl: 'https://www.kolada.se/verktyg/fri-sokning/?kpis=N15419'
        });
    });

    it('leave what is missing empty: no value, unit, target, municipality or link', () => {
        const rows = makeRows();
        const own = dataRows(siteContext(fixtureInput({ municipality: undefined }))!).find(
            r => r.measure === 'Notering' && r.year === 2019
        );
        expect(own).toMatchObject({
            municipality: '',
            value: 9,
            unit: '',
            status: 'ej_bedomd',
            statusText: 'ej bedömd',
            target: null,
            source: 'värden skrivna i styrmodellen',
            sourceUrl: ''
        });
        const missing = rows.find(r => r.measure === 'Egen' && r.year === 2018);
        expect(missing).toMatchObject({ value: null, unit: '', status: 'ej_bedomd' });
    });

    it('mark an assessed status', () => {
        const rich = dataRows(siteContext(richInput())!);
        expect(rich.find(r => r.measure === 'Behöriga' && r.year === 2019)).toMatchObject({
            status: 'hel',
            assessed: true,
            reason: expect.stringMatching(/^Bedömd: Elfte plats av 31: en från målet\. Beräknat: /)
        });
        expect(rich.find(r => r.measure === 'Behöriga' && r.year === 2018)?.assessed).toBe(false);
    });
});

describe('the CSV file', () => {
    const makeRows = () => dataRows(siteContext(koladaInput())!);
    const makeCsv = () => dataCsv(makeRows());
    const makeLines = () => makeCsv().split('\r\n');

    it('has a header of the JSON keys and CRLF after every line', () => {
        const rows = makeRows();
        const csv = makeCsv();
        const lines = makeLines();
        expect(lines[0]).toBe(HEADER);
        expect(csv.endsWith('\r\n')).toBe(true);
        expect(lines).toHaveLength(rows.length + 2);
        expect(lines.at(-1)).toBe('');
    });

    it('quotes a cell with a comma or a quote, doubling the quote, and leaves null empty', () => {
        const lines = makeLines();
        expect(lines).toContain(
            '1881,Testkommuns styrmodell,Lasning,"Läsning ""för"" alla",Lasare,Läsförståelse åk 4,2019,74,%,ingen,ingen,false,' +
                `"Når inte gränsvärdet för hel: minst i nivå med målvärdet (75,5${NBSP}%).","Hel: minst i nivå med målvärdet (75,5${NBSP}%)",75.5,` +
                'Kolada N15419 (data.csv). Källa: Kolada (RKA),https://www.kolada.se/verktyg/fri-sokning/?kpis=N15419'
        );
        expect(lines).toContain(
            '1881,Testkommuns styrmodell,Lasning,"Läsning ""för"" alla",Egen,"Egen mätning, utan Kolada",2018,,,ej_bedomd,ej bedömd,false,' +
                'Ej bedömd: måttet har inga gränsvärden.,Inga (måttet bedöms inte mot ett gränsvärde),,värden skrivna i styrmodellen,'
        );
    });

    it('quotes a cell with a line break', () => {
        const rows = makeRows();
        const row = { ...rows[0]!, reason: 'rad ett\nrad två', thresholds: 'a\rb', model: 'enkel' };
        expect(dataCsv([row]).split('\r\n')[1]).toContain(',enkel,');
        expect(dataCsv([row])).toContain(',"rad ett\nrad två","a\rb",');
    });

    it('is the header alone without rows', () => {
        expect(dataCsv([])).toBe(`${HEADER}\r\n`);
    });
});

describe('the JSON file', () => {
    it('names the model, municipality, year and Kolada, and holds the rows, indented, with a final newline', () => {
        const ctx = siteContext(koladaInput())!;
        const rows = dataRows(ctx);
        const text = dataJson(ctx, rows);
        expect(text).toBe(
            `${JSON.stringify({ model: 'Testkommuns styrmodell', municipality: '1881', year: 2019, attribution: 'Källa: Kolada (RKA)', rows }, null, 2)}\n`
        );
    });

    it('has null for a municipality and Kolada the model does not have', () => {
        const ctx = siteContext(fixtureInput({ municipality: undefined }))!;
        expect(JSON.parse(dataJson(ctx, []))).toEqual({
            model: 'Testkommuns styrmodell',
            municipality: null,
            year: 2019,
            attribution: null,
            rows: []
        });
    });
});

describe('the open data page', () => {
    it('links both files, counts the rows, gives an example and names Kolada', () => {
        const ctx = siteContext(koladaInput())!;
        const made = openDataPage(ctx, 16);
        expect(made.file).toBe('oppna-data.html');
        expect(made.html).toContain('<title>Öppna data – Testkommuns styrmodell, Testby</title>');
        expect(mainOf(made.html)).toBe(
            '<h1>Öppna data</h1>' +
                '<p>Alla resultat på webbplatsen finns att ladda ner, en rad per mått och år (16 rader): <a href="resultat.csv">resultat.csv</a> och <a href="resultat.json">resultat.json</a>. Filerna är UTF-8; CSV-filen har kommatecken mellan fälten och punkt som decimaltecken.</p>' +
                `<p>Till exempel skrivs värdet 1,4${NBSP}% som <code>1.4</code> i filerna.</p>` +
                '<p>Källa: Kolada (RKA). Värden från Kolada får användas fritt om källan anges.</p>' +
                '<h2 id="kolumner">Kolumnerna</h2><div class="site-scroll" role="region" aria-labelledby="kolumner" tabindex="0"><table class="site-table">' +
                '<thead><tr><th scope="col">Kolumn</th><th scope="col">Innehåll</th></tr></thead><tbody>' +
                '<tr><th scope="row"><code>municipality</code></th><td>kommunkod (fyra siffror)</td></tr>' +
                '<tr><th scope="row"><code>model</code></th><td>styrmodellens namn</td></tr>' +
                '<tr><th scope="row"><code>goal</code></th><td>målets id</td></tr>' +
                '<tr><th scope="row"><code>goalTitle</code></th><td>målets namn</td></tr>' +
                '<tr><th scope="row"><code>measure</code></th><td>måttets id (unikt inom målet)</td></tr>' +
                '<tr><th scope="row"><code>measureTitle</code></th><td>måttets namn</td></tr>' +
                '<tr><th scope="row"><code>year</code></th><td>år</td></tr>' +
                '<tr><th scope="row"><code>value</code></th><td>värdet, med punkt som decimaltecken; tomt när det saknas</td></tr>' +
                '<tr><th scope="row"><code>unit</code></th><td>enhet</td></tr>' +
                '<tr><th scope="row"><code>status</code></th><td>status: hel, halv, ingen, saknas eller ej_bedomd</td></tr>' +
                '<tr><th scope="row"><code>statusText</code></th><td>status i ord</td></tr>' +
                '<tr><th scope="row"><code>assessed</code></th><td>true när statusen är en bedömning i uppföljningen och inte beräknad</td></tr>' +
                '<tr><th scope="row"><code>reason</code></th><td>varför måttet har sin status</td></tr>' +
                '<tr><th scope="row"><code>thresholds</code></th><td>gränsvärdena som gällde det året, i ord</td></tr>' +
                '<tr><th scope="row"><code>target</code></th><td>målvärdet som gällde det året; tomt utan målvärde</td></tr>' +
                '<tr><th scope="row"><code>source</code></th><td>varifrån värdet kommer</td></tr>' +
                '<tr><th scope="row"><code>sourceUrl</code></th><td>länk till nyckeltalet i Kolada, när värdet kommer därifrån</td></tr>' +
                '</tbody></table></div>'
        );
    });

    it('has no example without a value and no Kolada line without Kolada', () => {
        const ctx = siteContext(namedInput())!;
        for (const m of ctx.tree.result.measures) m.value = null;
        const main = mainOf(openDataPage(ctx, 0).html);
        expect(main).toContain('(0 rader)');
        expect(main).toContain('decimaltecken.</p><h2 id="kolumner">');
    });
});
