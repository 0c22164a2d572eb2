/**
 * The results as open data (READERS.md 8): one row per measure and year with the value, the status, its
 * reason, the thresholds in plain words and the source, as CSV (RFC 4180, UTF-8, comma, a point as decimal
 * sign so any program reads the numbers) and as JSON, and the page that describes both files.
 */
import { statusDisplay } from '../../fulfilment/status.js';
import { escapeHtml } from '../escape.js';
import { formatValue } from '../format.js';
import { sourceFact } from '../measure-facts.js';
import { fromKolada, KOLADA_ATTRIBUTION, koladaUrl, type SiteContext } from './site-context.js';
import { reasonText, thresholdWords } from './site-measure.js';
import { sitePage } from './site-page.js';
import { SITE_FILES } from './site-paths.js';

export interface DataRow {
    municipality: string;
    model: string;
    goal: string;
    goalTitle: string;
    measure: string;
    measureTitle: string;
    year: number;
    value: number | null;
    unit: string;
    /** The report's JSON word (`hel`, `ej_bedomd`). */
    status: string;
    /** The word a reader sees (`ej bedömd`). */
    statusText: string;
    assessed: boolean;
    reason: string;
    thresholds: string;
    target: number | null;
    source: string;
    sourceUrl: string;
}

/** What each column holds, in Swedish, for the open data page. */
const COLUMNS: Record<keyof DataRow, string> = {
    municipality: 'kommunkod (fyra siffror)',
    model: 'styrmodellens namn',
    goal: 'målets id',
    goalTitle: 'målets namn',
    measure: 'måttets id (unikt inom målet)',
    measureTitle: 'måttets namn',
    year: 'år',
    value: 'värdet, med punkt som decimaltecken; tomt när det saknas',
    unit: 'enhet',
    status: 'status: hel, halv, ingen, saknas eller ej_bedomd',
    statusText: 'status i ord',
    assessed: 'true när statusen är en bedömning i uppföljningen och inte beräknad',
    reason: 'varför måttet har sin status',
    thresholds: 'gränsvärdena som gällde det året, i ord',
    target: 'målvärdet som gällde det året; tomt utan målvärde',
    source: 'varifrån värdet kommer',
    sourceUrl: 'länk till nyckeltalet i Kolada, när värdet kommer därifrån'
};

export function dataRows(ctx: SiteContext): DataRow[] {
    const rows: DataRow[] = [];
    const view = ctx.input.view;
    for (const goal of view.goals) {
        for (const measure of goal.measures) {
            const source = sourceFact(ctx.tree, measure, ctx.base);
            const kolada = fromKolada(measure);
            for (const { year, result } of ctx.tree.measureSeries(measure)) {
                if (!result) continue;
                rows.push({
                    municipality: view.municipality ?? '',
                    model: view.title,
                    goal: goal.id,
                    goalTitle: goal.title,
                    measure: measure.id,
                    measureTitle: measure.title,
                    year,
                    value: result.value,
                    unit: measure.unit ?? '',
                    status: result.status,
                    statusText: statusDisplay(result.status).word,
                    assessed: result.assessment !== undefined,
                    reason: reasonText(ctx, measure, result),
                    thresholds: thresholdWords(ctx, measure, result),
                    target: result.target?.value ?? null,
                    source: kolada ? `${source}. ${KOLADA_ATTRIBUTION}` : source,
                    sourceUrl: kolada ? koladaUrl(measure.kpi!) : ''
                });
            }
        }
    }
    return rows;
}

function csvCell(value: string | number | boolean | null): string {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function dataCsv(rows: readonly DataRow[]): string {
    const keys = Object.keys(COLUMNS) as Array<keyof DataRow>;
    return [keys.join(','), ...rows.map(row => keys.map(key => csvCell(row[key])).join(','))].join('\r\n') + '\r\n';
}

export function dataJson(ctx: SiteContext, rows: readonly DataRow[]): string {
    const document = {
        model: ctx.input.view.title,
        municipality: ctx.input.view.municipality ?? null,
        year: ctx.tree.year,
        attribution: ctx.usesKolada ? KOLADA_ATTRIBUTION : null,
        rows
    };
    return JSON.stringify(document, null, 2) + '\n';
}

export function openDataPage(ctx: SiteContext, rowCount: number): { file: string; html: string } {
    const columns = (Object.entries(COLUMNS) as Array<[string, string]>)
        .map(([key, text]) => `<tr><th scope="row"><code>${key}</code></th><td>${escapeHtml(text)}</td></tr>`)
        .join('');
    const example = ctx.tree.result.measures.find(m => m.value !== null);
    const exampleText = example
        ? `<p>Till exempel skrivs värdet ${escapeHtml(formatValue(example.value!, example.unit))} som <code>${example.value}</code> i filerna.</p>`
        : '';
    const main =
        '<h1>Öppna data</h1>' +
        `<p>Alla resultat på webbplatsen finns att ladda ner, en rad per mått och år (${rowCount} rader): <a href="${SITE_FILES.csv}">resultat.csv</a> och <a href="${SITE_FILES.json}">resultat.json</a>. Filerna är UTF-8; CSV-filen har kommatecken mellan fälten och punkt som decimaltecken.</p>` +
        exampleText +
        (ctx.usesKolada
            ? `<p>${escapeHtml(KOLADA_ATTRIBUTION)}. Värden från Kolada får användas fritt om källan anges.</p>`
            : '') +
        '<h2 id="kolumner">Kolumnerna</h2>' +
        `<div class="site-scroll" role="region" aria-labelledby="kolumner" tabindex="0"><table class="site-table"><thead><tr><th scope="col">Kolumn</th><th scope="col">Innehåll</th></tr></thead><tbody>${columns}</tbody></table></div>`;
    return {
        file: SITE_FILES.openData,
        html: sitePage(ctx, { file: SITE_FILES.openData, title: 'Öppna data', main, current: SITE_FILES.openData })
    };
}
