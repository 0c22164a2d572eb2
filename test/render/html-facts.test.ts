import { describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import type { FollowUpFacts } from '../../src/render/follow-up.js';
import { assessedMark, followUpHtml, goalFactsHtml, measureFactsHtml } from '../../src/render/html-facts.js';
import { buildReportTree } from '../../src/render/report-model.js';
import { goal, line, measure, memoryData, model, points } from '../fulfilment/helpers.js';
import { ROWS } from './fixture.js';

const NBSP = '\u00a0';

describe('the follow-up block', () => {
    const judged = (status: 'uppfyllt' | 'delvis', motivation: string, where = 'uppf.styr rad 4') => ({
        status,
        motivation,
        where
    });

    it('is empty without an assessment, a forecast, a previous year, an analysis or an action', () => {
        expect(followUpHtml({ assessmentLabel: 'Bedömning', analysis: [], actions: [] })).toBe('');
    });

    it('shows each part in order, the computed result beside the assessment, the model text escaped', () => {
        const facts: FollowUpFacts = {
            assessmentLabel: 'Bedömning',
            assessment: judged('delvis', 'Nästan <b>'),
            computed: { status: 'uppfyllt', detail: `80${NBSP}% uppfyllelse` },
            previous: { year: 2018, status: 'uppfyllt' },
            forecast: judged('uppfyllt', 'Överskott & mer', 'uppf.styr rad 7'),
            analysis: ['En analys'],
            actions: ['Första', 'Andra']
        };
        expect(followUpHtml(facts, 'Når <gränsen>.')).toBe(
            '<dl class="sm-followup">' +
                '<div class="sm-fact"><dt>Bedömning</dt><dd><span class="sm-pill status-yellow">delvis<span class="sm-assessed"> · bedömd</span></span> ' +
                '<span class="sm-text">Nästan &lt;b&gt;</span>' +
                `<span class="sm-computed">Beräknat: <span class="sm-pill status-green">uppfyllt</span> 80${NBSP}% uppfyllelse. Når &lt;gränsen&gt;.</span></dd></div>` +
                '<div class="sm-fact"><dt>Helåret 2018</dt><dd><span class="sm-pill status-green">uppfyllt</span></dd></div>' +
                '<div class="sm-fact"><dt>Prognos</dt><dd><span class="sm-pill status-green">uppfyllt</span> <span class="sm-text">Överskott &amp; mer</span></dd></div>' +
                '<div class="sm-fact"><dt>Analys</dt><dd><span class="sm-text">En analys</span></dd></div>' +
                '<div class="sm-fact"><dt>Åtgärder</dt><dd><ul><li><span class="sm-text">Första</span></li><li><span class="sm-text">Andra</span></li></ul></dd></div>' +
                '</dl>'
        );
    });

    it("names the follow-up's file and line as a tooltip only when asked (the preview)", () => {
        const facts: FollowUpFacts = {
            assessmentLabel: 'Prognos för helåret, bedömd per 31 augusti',
            assessment: judged('delvis', 'Text'),
            forecast: judged('uppfyllt', 'Sen', 'uppf.styr rad 9'),
            analysis: [],
            actions: []
        };
        const shown = followUpHtml(facts, undefined, true);
        expect(shown).toContain(
            '<dt title="Uppföljningen, uppf.styr rad 4">Prognos för helåret, bedömd per 31 augusti</dt>'
        );
        expect(shown).toContain('<dt title="Uppföljningen, uppf.styr rad 9">Prognos</dt>');
        // No computed result given: no Beräknat.
        expect(shown).not.toContain('sm-computed');
        expect(followUpHtml(facts)).not.toContain('title=');
    });

    it('shows a computed result without a cause as its detail alone', () => {
        const facts: FollowUpFacts = {
            assessmentLabel: 'Bedömning',
            assessment: judged('delvis', 'Text'),
            computed: { status: 'delvis', detail: 'värde 3' },
            analysis: [],
            actions: []
        };
        expect(followUpHtml(facts)).toContain(
            '<span class="sm-computed">Beräknat: <span class="sm-pill status-yellow">delvis</span> värde 3.</span>'
        );
    });

    it('marks an assessed status, and nothing else', () => {
        expect(assessedMark(true)).toBe('<span class="sm-assessed"> · bedömd</span>');
        expect(assessedMark(false)).toBe('');
    });
});

describe('the facts under a measure and a goal', () => {
    const view = model({
        programmes: [{ id: 'Digital', title: 'Digitala <Kumla>', location: undefined as never }],
        goals: [
            goal('G', { programmes: ['Digital', 'Hållbar'] }, [
                measure('M', {
                    kpi: 'N2',
                    unit: '%',
                    direction: 'higher',
                    target: points({ 2018: 90 }, 80),
                    thresholds: [line('full', 'värde >= 87,5', 2018, 14)],
                    half: 'värde > 80'
                }),
                measure('Utan', { actual: points({ 2019: 3 }, 90) })
            ]),
            goal('H', {})
        ]
    });
    const tree = buildReportTree({ view, results: computeYears(view, memoryData(ROWS), [2018, 2019]), year: 2019 })!;
    const [g, h] = tree.unattached;

    it('lists the thresholds in plain words, the målvärde, the source, and a table of years with a målvärde column', () => {
        expect(measureFactsHtml(tree, g!.measures[0]!, '/models')).toBe(
            '<div class="sm-facts"><dl>' +
                '<div class="sm-fact"><dt>Gränsvärden 2019</dt><dd>' +
                `<span class="sm-rule sm-plain">Hel från 2018: minst 87,5${NBSP}%</span>` +
                `<span class="sm-rule sm-plain">Halv: mer än 80${NBSP}%</span></dd></div>` +
                `<div class="sm-fact"><dt>Målvärde 2019</dt><dd>90${NBSP}% (målvärdet för 2018 gäller)</dd></div>` +
                '<div class="sm-fact"><dt>Källa</dt><dd>egen dataserie i data.csv</dd></div>' +
                '</dl><table class="sm-history"><caption>Senaste 2 åren</caption>' +
                '<thead><tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Målvärde</th><th scope="col">Status</th></tr></thead><tbody>' +
                `<tr><th scope="row">2018</th><td>85,25${NBSP}%</td><td>90,00${NBSP}%</td><td><span class="sm-pill status-yellow">halv</span></td></tr>` +
                `<tr class="sm-current" aria-current="true"><th scope="row">2019</th><td>87,50${NBSP}%</td><td>90,00${NBSP}%</td><td><span class="sm-pill status-green">hel</span></td></tr>` +
                '</tbody></table></div>'
        );
    });

    it("adds the model's own words in the preview, and only the follow-up while the measure is closed", () => {
        const preview = measureFactsHtml(tree, g!.measures[0]!, '/models', true, 'preview');
        expect(preview).toContain(
            '<div class="sm-fact"><dt>Modellens text</dt><dd><code class="sm-rule">hel när värde &gt;= 87,5 från 2018</code><code class="sm-rule">halv när värde &gt; 80</code></dd></div>'
        );
        expect(measureFactsHtml(tree, g!.measures[0]!, '/models', false, 'preview')).toBe('');
    });

    it('says when a measure has no thresholds, and names one year as the year', () => {
        const html = measureFactsHtml(tree, g!.measures[1]!, '/models', true, 'preview');
        expect(html).toContain(
            '<div class="sm-fact"><dt>Gränsvärden 2019</dt><dd><span class="sm-muted">inga (måttet bedöms inte mot ett gränsvärde)</span></dd></div>'
        );
        expect(html).not.toContain('Målvärde');
        expect(html).not.toContain('Modellens text');
        expect(html).toContain('<caption>Senaste 2 åren</caption>');
        expect(html).toContain(
            '<thead><tr><th scope="col">År</th><th scope="col">Värde</th><th scope="col">Status</th></tr></thead>'
        );
        const one = buildReportTree({
            view,
            results: computeYears(view, memoryData(ROWS), [2019]),
            year: 2019
        })!;
        expect(measureFactsHtml(one, one.unattached[0]!.measures[1]!, '/models')).toContain(
            '<caption>Senaste året</caption>'
        );
    });

    it("names a goal's programmes, escaped, and nothing for a goal without any", () => {
        expect(goalFactsHtml(tree, g!, '/models')).toBe(
            '<div class="sm-facts"><dl><div class="sm-fact"><dt>Program</dt><dd>Digitala &lt;Kumla&gt;, Hållbar</dd></div></dl></div>'
        );
        expect(goalFactsHtml(tree, h!, '/models')).toBe('');
    });
});
