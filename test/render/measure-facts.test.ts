import { describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import {
    goalProgrammes,
    historyFacts,
    measureFacts,
    shownLocation,
    shownPath,
    sourceFact
} from '../../src/render/measure-facts.js';
import { buildReportTree, type MeasureNode, type ReportTree } from '../../src/render/report-model.js';
import { goal, line, loc, measure, memoryData, model, peerGroup, points } from '../fulfilment/helpers.js';
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

describe('measure facts with a målvärde, a line from a year and a group', () => {
    const view = model({
        groups: [{ ...peerGroup('Grannar', ['1801', '1802']), title: 'Grannkommunerna' }],
        programmes: [{ id: 'Digital', title: 'Digitala Kumla 2025', location: undefined as never }],
        goals: [
            goal('G', { programmes: ['Digital', 'Okänt'] }, [
                measure('M', {
                    kpi: 'N2',
                    unit: '%',
                    direction: 'higher',
                    target: points({ 2018: 90 }, 80),
                    // The line without från first, and one at the same line number of another file: neither applies in 2019.
                    thresholds: [
                        line('full', 'värde >= 95', undefined, 13),
                        { ...line('full', 'värde >= 99', 2017, 14), location: loc(14, '/models/annan.styr') },
                        line('full', 'värde >= 87,5', 2018, 14)
                    ],
                    half: 'skillnad mot målvärde >= -5'
                }),
                measure('Rang', {
                    kpi: 'N1',
                    direction: 'lower',
                    full: 'rang i Grannar <= 1',
                    half: 'skillnad mot Grannar < 0'
                })
            ])
        ]
    });
    const input = { view, results: computeYears(view, memoryData(ROWS), [2017, 2018, 2019]), year: 2019 };
    const tree = buildReportTree(input)!;
    const goalNode = tree.unattached[0]!;

    it("names the line's från year, the målvärde beside skillnad mot målvärde, and a målvärde written for an earlier year", () => {
        expect(measureFacts(tree, goalNode.measures[0]!, '/models')).toEqual({
            thresholds: [
                { which: 'hel', from: 2018, model: 'hel när värde >= 87,5 från 2018', plain: `minst 87,5${NBSP}%` },
                {
                    which: 'halv',
                    model: 'halv när skillnad mot målvärde >= -5',
                    plain: `högst 5${NBSP}procentenheter under målvärdet (90${NBSP}%)`
                }
            ],
            history: [
                { year: 2017, value: '–', status: 'saknas', assessed: false, current: false },
                {
                    year: 2018,
                    value: `85,25${NBSP}%`,
                    status: 'halv',
                    assessed: false,
                    current: false,
                    target: `90,00${NBSP}%`
                },
                {
                    year: 2019,
                    value: `87,50${NBSP}%`,
                    status: 'hel',
                    assessed: false,
                    current: true,
                    target: `90,00${NBSP}%`
                }
            ],
            source: 'egen dataserie i data.csv',
            target: `90${NBSP}% (målvärdet för 2018 gäller)`
        });
    });

    it('leaves out the från year of a line without one, and reads a year without a result as saknas', () => {
        const facts = measureFacts(tree, goalNode.measures[0]!, '/models');
        expect('from' in facts.thresholds[1]!).toBe(false);
        // 2017 without any result for the measure (as for a measure added to the model later).
        const results = input.results.map(r => (r.year === 2017 ? { ...r, measures: [] } : r));
        const later = buildReportTree({ ...input, results })!;
        const node = later.unattached[0]!.measures[0]!;
        const history = measureFacts(later, node, '/models').history;
        expect(history[0]).toEqual({ year: 2017, value: '–', status: 'saknas', assessed: false, current: false });
        expect('target' in history[0]!).toBe(false);
        expect(measureFacts(later, node, '/models').source).toBe('egen dataserie i data.csv');
    });

    it('gives the målvärde of the year itself without naming a year', () => {
        const in2018 = buildReportTree(input, { year: 2018 })!;
        expect(measureFacts(in2018, in2018.unattached[0]!.measures[0]!, '/models').target).toBe(`90${NBSP}%`);
    });

    it('finds the line that applied by its place when the engine left its copy out', () => {
        const node = goalNode.measures[0]!;
        const stripped = {
            ...node,
            result: { ...node.result, full: { ...node.result.full!, condition: undefined as never } }
        };
        expect(measureFacts(tree, stripped, '/models').thresholds[0]!.plain).toBe(`minst 87,5${NBSP}%`);
        // Without its place either, by its text.
        const unplaced = {
            ...node,
            result: {
                ...node.result,
                full: { ...node.result.full!, condition: undefined as never, line: undefined as never }
            }
        };
        expect(measureFacts(tree, unplaced, '/models').thresholds[0]!.plain).toBe(`minst 87,5${NBSP}%`);
        // A line the view no longer has: the model's words stand in for the plain ones.
        const gone = {
            ...node,
            result: {
                ...node.result,
                full: { ...node.result.full!, condition: undefined as never, text: 'värde >= 1' }
            }
        };
        expect(
            measureFacts(tree, { ...gone, view: { ...node.view, thresholds: [] } }, '/models').thresholds[0]!.plain
        ).toBe('värde >= 1');
    });

    it('names a group by its title and reads the direction of the measure', () => {
        const facts = measureFacts(tree, goalNode.measures[1]!, '/models');
        expect(facts.thresholds.map(t => t.plain)).toEqual([
            'bäst i Grannkommunerna (plats 1)',
            'bättre än medel för Grannkommunerna'
        ]);
        expect(facts.target).toBeUndefined();
        expect('target' in facts).toBe(false);
    });

    it("names a goal's programmes by their titles, an unknown one by its id", () => {
        expect(goalProgrammes(tree, goalNode)).toEqual(['Digitala Kumla 2025', 'Okänt']);
    });

    it('shows a location relative to the model, never absolute', () => {
        expect(shownLocation({ file: '/models/nämnder/ks.styr', line: 12 }, '/models')).toBe('nämnder/ks.styr rad 12');
        expect(shownLocation({ file: '/abs/ks.styr', line: 3 }, undefined)).toBe('ks.styr rad 3');
        expect(shownPath('C:\\modell\\ks.styr', undefined)).toBe('ks.styr');
        expect(shownPath('\\\\server\\ks.styr', '/models')).toBe('ks.styr');
    });
});

describe('the source of a measure without a file or a title', () => {
    const tree = buildReportTree(fixtureInput())!;
    const betyg = tree.view.goals.flatMap(g => g.measures).find(m => m.id === 'Betyg')!;

    it('says when the model types no values, names no source, or no file has the series', () => {
        expect(sourceFact(tree, { ...betyg, kpi: undefined, actual: [] }, '/models')).toBe(
            'inga värden skrivna i styrmodellen'
        );
        expect(sourceFact(tree, { ...betyg, kpi: undefined }, '/models')).toBe(
            'ingen datakälla: måttet anger varken nyckeltal eller egna värden'
        );
        expect(sourceFact(tree, { ...betyg, kpi: 'Egen', id: 'Annat' }, '/models')).toBe(
            'egen dataserie; ingen datafil har värden för den'
        );
        expect(sourceFact(tree, { ...betyg, kpi: 'N15428', id: 'Annat' }, '/models')).toBe(
            'Kolada N15428 (ingen datafil har värden för det)'
        );
    });

    it('takes a title only from the KPI titles themselves, not from what every object has', () => {
        const titled = buildReportTree({ ...fixtureInput(), kpiTitles: {} })!;
        expect(sourceFact(titled, { ...betyg, kpi: 'toString' }, '/models')).toBe('egen dataserie i data.csv');
    });
});
