import { describe, expect, it } from 'vitest';
import { followUpContext, reportHeading } from '../../src/render/follow-up.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { buildReportTree } from '../../src/render/report-model.js';
import { loc } from '../fulfilment/helpers.js';
import { followUpFixtureInput } from './fixture.js';

const NBSP = '\u00a0';
const PER = { day: 31, month: 8 };

/** The fixture with an interim follow-up per 31 August 2019: KlararSkolan forecast delvis, Betyg halv. */
function interimInput(): RenderInput {
    return followUpFixtureInput(
        [
            {
                year: 2019,
                per: PER,
                title: 'Delår 2019',
                location: loc(100),
                entries: [
                    {
                        kind: 'goal',
                        goal: 'KlararSkolan',
                        assessment: { status: 'delvis', motivation: 'Nästan.', location: loc(102) },
                        analysis: [],
                        actions: [],
                        location: loc(101)
                    },
                    {
                        kind: 'measure',
                        goal: 'KlararSkolan',
                        measure: 'Betyg',
                        assessment: { status: 'halv', motivation: 'Halvvägs.', location: loc(104) },
                        analysis: [],
                        actions: [],
                        location: loc(103)
                    }
                ]
            }
        ],
        PER
    );
}

describe('an interim report (delårsrapport)', () => {
    const input = interimInput();

    it('is headed by its date, and each assessment is a forecast for the whole year', () => {
        const tree = buildReportTree(input)!;
        expect(reportHeading(tree.result)).toBe('Delårsrapport 2019 per 31 augusti');
        expect(reportHeading(tree.previous!)).toBe('Uppföljning 2018');
        const skolan = tree.areas[0]!.goals[0]!.children[0]!;
        expect(followUpContext(tree, skolan)).toEqual({
            label: 'Prognos för helåret, bedömd per 31 augusti',
            previous: { year: 2018, status: 'ej_uppfyllt' }
        });
        expect(followUpContext(tree, skolan.measures[1]!)).toEqual({
            label: 'Prognos för helåret, bedömd per 31 augusti',
            previous: { year: 2018, status: 'ingen' }
        });
        const final = buildReportTree(input, { per: null })!;
        expect(followUpContext(final, final.areas[0]!.goals[0]!.children[0]!)).toEqual({ label: 'Bedömning' });
    });

    it('says so in the Markdown report, with the year before beside each goal and measure', () => {
        const markdown = renderMarkdownReport(input);
        expect(markdown).toMatch(/^# Delårsrapport 2019 per 31 augusti: Testkommuns styrmodell\n/);
        expect(markdown).toContain(
            '**Uppföljning:** Delår 2019  \n**Delårsrapport:** varje bedömning är en prognos för helåret, bedömd per 31 augusti\n'
        );
        expect(markdown).toContain(
            `Ansvarig: Barn- och utbildningsnämnden · 🟡 **delvis** *(bedömd)* · 50${NBSP}% uppfyllelse · 2 av 3 mått har värde\n\n` +
                '**Prognos för helåret, bedömd per 31 augusti:** 🟡 delvis *(bedömd)*: Nästan.  \n' +
                `**Beräknat:** 🟡 delvis, 50${NBSP}% uppfyllelse.  \n` +
                '**Helåret 2018:** 🔴 ej uppfyllt\n'
        );
        expect(markdown).toContain(
            '**Prognos för helåret, bedömd per 31 augusti:** 🟡 halv *(bedömd)*: Halvvägs.  \n' +
                `**Beräknat:** 🟢 hel, värde 87,5${NBSP}%. Når gränsvärdet för hel: minst 87,5${NBSP}%.  \n` +
                '**Helåret 2018:** 🔴 ingen\n'
        );
        // The measure's years: the interim assessment marked in its year.
        expect(markdown).toContain('| Status | 🔴 ingen | 🟡 halv *(bedömd)* |');
        // The same input without its date: the year's final follow-up.
        const { per: _per, ...final } = input;
        expect(renderMarkdownReport(final)).not.toContain('Delårsrapport');
        expect(renderMarkdownReport(final)).not.toContain('Helåret');
    });

    it('says so in the HTML header and year selector, and beside each goal and measure', () => {
        const html = renderHtmlBody(input);
        expect(html).toContain(
            '<p class="sm-kicker">Delårsrapport 2019 per 31 augusti av styrmodellen</p><h1 class="sm-title">Testkommuns styrmodell</h1>' +
                '<p class="sm-meta"><span>Kumla kommun (1881)</span><span>Uppföljningsår 2019</span><span>Delår 2019</span><span>Prognos för helåret, bedömd per 31 augusti</span><span>6 mått</span></p>'
        );
        expect(html).toContain(
            '<option value="2019">2019</option><option value="2019-08-31" selected>2019 delårsrapport per 31 augusti</option><option value="2018">2018</option>'
        );
        expect(html).toContain(
            '<div class="sm-fact"><dt>Prognos för helåret, bedömd per 31 augusti</dt><dd><span class="sm-pill status-yellow">delvis<span class="sm-assessed"> · bedömd</span></span> <span class="sm-text">Nästan.</span>' +
                `<span class="sm-computed">Beräknat: <span class="sm-pill status-yellow">delvis</span> 50${NBSP}% uppfyllelse.</span></dd></div>` +
                '<div class="sm-fact"><dt>Helåret 2018</dt><dd><span class="sm-pill status-red">ej uppfyllt</span></dd></div>'
        );
        const final = renderHtmlBody(input, { per: null });
        expect(final).toContain('<p class="sm-kicker">Uppföljning av styrmodellen</p>');
        expect(final).not.toContain('Helåret');
    });
});
