import { describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import { historyFacts, measureFacts, shownPath, sourceFact } from '../../src/render/measure-facts.js';
import { buildReportTree, type MeasureNode, type ReportTree } from '../../src/render/report-model.js';
import { memoryData } from '../fulfilment/helpers.js';
import { fixtureInput, fixtureModel, ROWS } from './fixture.js';

const NBSP = '\u00a0';

function measureNode(tree: ReportTree, id: string): MeasureNode {
    const all = [...tree.areas.flatMap(a => a.goals), ...tree.unattached];
    const walk = (goals: typeof all): MeasureNode | undefined => {
        for (const goal of goals) {
            const found = goal.measures.find(m => m.view.id === id) ?? walk(goal.children);
            if (found) return found;
        }
        return undefined;
    };
    return walk(all)!;
}

describe('measure facts', () => {
    const tree = buildReportTree(fixtureInput())!;

    it("gives the thresholds that applied, in the model's words and in plain Swedish", () => {
        const facts = measureFacts(tree, measureNode(tree, 'Behöriga'), '/models');
        expect(facts.thresholds).toEqual([
            { which: 'hel', model: 'hel när rang <= 10', plain: 'topp 10 bland landets kommuner' },
            { which: 'halv', model: 'halv när rang <= 20', plain: 'topp 20 bland landets kommuner' }
        ]);
    });

    it("keeps the plain words when the engine's copy of the condition was left out (the compact HTML report)", () => {
        const node = measureNode(tree, 'Svar');
        const stripped = {
            ...node,
            result: { ...node.result, full: { ...node.result.full!, condition: undefined as never } }
        };
        expect(measureFacts(tree, stripped, '/models').thresholds[0]).toEqual({
            which: 'hel',
            model: 'hel när skillnad mot riket >= 0',
            plain: 'minst i nivå med riket'
        });
    });

    it('shows at most the last five years up to the year shown, each with value and status', () => {
        const view = fixtureModel();
        const years = [2013, 2014, 2015, 2016, 2017, 2018, 2019];
        const many = buildReportTree({ view, results: computeYears(view, memoryData(ROWS), years), year: 2018 })!;
        const measure = view.goals.flatMap(g => g.measures).find(m => m.id === 'Behöriga')!;
        const history = historyFacts(many, measure);
        expect(history.map(h => h.year)).toEqual([2014, 2015, 2016, 2017, 2018]);
        expect(history.at(-1)).toEqual({
            year: 2018,
            value: `88${NBSP}%`,
            status: 'halv',
            assessed: false,
            current: true
        });
        expect(history[0]).toEqual({ year: 2014, value: '–', status: 'saknas', assessed: false, current: false });
    });

    it('names the source: a Kolada id with its title, an own series by its file, typed values as typed in the model', () => {
        const measures = Object.fromEntries(tree.view.goals.flatMap(g => g.measures).map(m => [m.id, m]));
        expect(sourceFact(tree, measures['Betyg']!, '/models')).toBe('egen dataserie i data.csv');
        expect(sourceFact(tree, measures['Resultat']!, '/models')).toBe('värden skrivna i styrmodellen');
        const titled = buildReportTree({ ...fixtureInput(), kpiTitles: { N2: 'Elever med godkända betyg' } })!;
        expect(sourceFact(titled, measures['Betyg']!, '/models')).toBe('Kolada N2: Elever med godkända betyg');
        const kolada = { ...measures['Betyg']!, kpi: 'N15428' };
        expect(sourceFact(tree, kolada, '/models')).toBe('Kolada N15428 (data.csv)');
    });

    it('never shows an absolute path, even for a file outside the folder paths are shown from', () => {
        expect(shownPath('/models/data/x.csv', '/models')).toBe('data/x.csv');
        expect(shownPath('/models/data/x.csv', '/other')).toBe('../models/data/x.csv');
        expect(shownPath('D:\\data\\x.csv', 'C:\\modell')).toBe('x.csv');
        expect(shownPath('/abs/x.csv', undefined)).toBe('x.csv');
    });

    it('reaches the HTML report: one row a year, the year shown marked, each status with its word', () => {
        const html = renderHtmlBody(fixtureInput(), { baseDir: '/models' });
        expect(html).toContain(
            `<tr><th scope="row">2018</th><td>88,0${NBSP}%</td><td><span class="sm-pill status-yellow">halv</span></td></tr>`
        );
        expect(html).toContain(
            `<tr class="sm-current" aria-current="true"><th scope="row">2019</th><td>90,5${NBSP}%</td><td><span class="sm-pill status-yellow">halv</span></td></tr>`
        );
        expect(html).toContain('<span class="sm-rule sm-plain">Hel: topp 10 bland landets kommuner</span>');
        expect(html).toContain('<dt>Källa</dt><dd>egen dataserie i data.csv</dd>');
        expect(html).not.toContain('Modellens text');
    });

    it("in the preview, says why in plain words in the row, and the rest with the model's text when the measure is opened", () => {
        const closed = renderHtmlBody(fixtureInput(), { baseDir: '/models', host: 'preview' });
        expect(closed).toContain(
            '<span class="sm-reason">Når gränsvärdet för halv: topp 20 bland landets kommuner. Når inte gränsvärdet för hel: topp 10 bland landets kommuner.</span>'
        );
        expect(closed).not.toContain('sm-history');
        expect(closed).not.toContain('Modellens text');
        const key = [...closed.matchAll(/data-key="(m:[^"]*Behöriga[^"]*)"/g)][0]![1]!;
        const opened = renderHtmlBody(fixtureInput(), { baseDir: '/models', host: 'preview', expanded: [key] });
        expect(opened.match(/class="sm-history"/g)).toHaveLength(1);
        expect(opened).toContain(
            '<dt>Modellens text</dt><dd><code class="sm-rule">hel när rang &lt;= 10</code><code class="sm-rule">halv när rang &lt;= 20</code></dd>'
        );
    });

    it('reaches the Markdown report: plain thresholds, a table of years and the source under each measure', () => {
        const markdown = renderMarkdownReport(fixtureInput(), { baseDir: '/models' });
        expect(markdown).toContain(
            '**Gränsvärden 2019:** Hel: topp 10 bland landets kommuner; Halv: topp 20 bland landets kommuner'
        );
        expect(markdown).toContain('| År | 2018 | **2019** |');
        expect(markdown).toContain(`| Värde | 88,0${NBSP}% | 90,5${NBSP}% |`);
        expect(markdown).toContain('| Status | 🟡 halv | 🟡 halv |');
        expect(markdown).toContain('**Källa:** egen dataserie i data.csv');
    });
});
