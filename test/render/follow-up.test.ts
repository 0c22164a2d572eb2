import { beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpView, ModelView } from '../../src/model/model-view.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { renderHtmlBody } from '../../src/render/html.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import { line, loc, measure } from '../fulfilment/helpers.js';
import { readDocx } from '../support/docx-xml.js';
import { fixtureInput, fixtureModel } from './fixture.js';

const NBSP = '\u00a0';
const HOSTILE = 'Elfte plats: "nästan" & <b>fet</b> <img src=x onerror=alert(1)>\nAndra raden';

/** The fixture's 2019 with a follow-up: KlararSkolan assessed delvis against its computed uppfyllt, Behöriga hel against halv. */
function followUp(motivation = 'Behörigheten steg men inte nog.'): FollowUpView {
    return {
        year: 2019,
        title: 'Årsredovisning 2019',
        location: loc(100, '/models/uppfoljning.styr'),
        entries: [
            {
                kind: 'goal',
                goal: 'KlararSkolan',
                assessment: { status: 'delvis', motivation, location: loc(102, '/models/uppfoljning.styr') },
                analysis: [
                    { text: 'Fler elever i åk 9 nådde behörighet.', location: loc(103, '/models/uppfoljning.styr') }
                ],
                actions: [
                    { text: 'Läxhjälp i alla skolor.', location: loc(104, '/models/uppfoljning.styr') },
                    { text: 'Sommarskola för åk 8.', location: loc(105, '/models/uppfoljning.styr') }
                ],
                location: loc(101, '/models/uppfoljning.styr')
            },
            {
                kind: 'goal',
                goal: 'GodEkonomi',
                forecast: {
                    status: 'uppfyllt',
                    motivation: 'Överskott väntas 2020.',
                    location: loc(107, '/models/uppfoljning.styr')
                },
                analysis: [],
                actions: [],
                location: loc(106, '/models/uppfoljning.styr')
            },
            {
                kind: 'measure',
                goal: 'KlararSkolan',
                measure: 'Behöriga',
                assessment: {
                    status: 'hel',
                    motivation: 'Elfte plats av 31: en från målet.',
                    location: loc(109, '/models/uppfoljning.styr')
                },
                analysis: [],
                actions: [],
                location: loc(108, '/models/uppfoljning.styr')
            }
        ]
    };
}

function model(motivation?: string, extra: Partial<ModelView> = {}): Partial<ModelView> {
    return { followUps: [followUp(motivation)], ...extra };
}

describe('the follow-up in the Markdown report', () => {
    let markdown: string;
    beforeAll(() => {
        markdown = renderMarkdownReport(fixtureInput(model()), { baseDir: '/models' });
    });

    it('names the follow-up and marks assessed statuses bedömd, with the computed result beside them', () => {
        expect(markdown).toContain('**Uppföljning:** Årsredovisning 2019');
        expect(markdown).toContain('🟡 **delvis** *(bedömd)*');
        expect(markdown).toContain('**Bedömning:** 🟡 delvis *(bedömd)*: Behörigheten steg men inte nog.');
        expect(markdown).toMatch(/\*\*Beräknat:\*\* 🟢 uppfyllt, \d+\u00a0% uppfyllelse/);
        expect(markdown).toContain('| Behöriga till gymnasiet | 🟢 hel *(bedömd)* |');
        expect(markdown).toContain(
            `**Beräknat:** 🟡 halv, värde 90,5${NBSP}%. Når gränsvärdet för halv: topp 20 bland landets kommuner. Når inte gränsvärdet för hel: topp 10 bland landets kommuner.`
        );
    });

    it('shows every analysis, action and forecast', () => {
        expect(markdown).toContain('- Fler elever i åk 9 nådde behörighet.');
        expect(markdown).toContain('- Läxhjälp i alla skolor.\n- Sommarskola för åk 8.');
        expect(markdown).toContain('**Prognos:** 🟢 uppfyllt: Överskott väntas 2020.');
    });

    it('the threshold that decided is the computed one, not the assessment', () => {
        expect(markdown).toMatch(
            /\| Behöriga till gymnasiet \| 🟢 hel \*\(bedömd\)\* \| [^|]+ \| Bedömd i uppföljningen\. Beräknat: halv\. Når gränsvärdet för halv: topp 20 bland landets kommuner\. [^|]*\|/
        );
    });

    it('keeps quotes, line breaks and markup of a motivation as text', () => {
        const odd = renderMarkdownReport(fixtureInput(model(HOSTILE)), { baseDir: '/models' });
        expect(odd).toContain(
            'Elfte plats: "nästan" \\& \\<b\\>fet\\</b\\> \\<img src=x onerror=alert(1)\\>  \nAndra raden'
        );
    });
});

describe('the follow-up in the HTML report and the preview', () => {
    let html: string;
    beforeAll(() => {
        html = renderHtmlBody(fixtureInput(model(HOSTILE)), { baseDir: '/models' });
    });

    it('escapes every motivation and keeps its lines for pre-line', () => {
        expect(html).toContain(
            '<span class="sm-text">Elfte plats: &quot;nästan&quot; &amp; &lt;b&gt;fet&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;\nAndra raden</span>'
        );
        expect(html).not.toContain('<b>fet');
        expect(html).not.toContain('<img');
    });

    it('marks assessed pills bedömd and shows the computed result beside the assessment', () => {
        expect(html).toContain('delvis<span class="sm-assessed"> · bedömd</span>');
        expect(html).toMatch(
            /<span class="sm-computed">Beräknat: <span class="sm-pill status-green">uppfyllt<\/span> \d+\u00a0% uppfyllelse\.<\/span>/
        );
        expect(html).toContain('Årsredovisning 2019');
        expect(html).toContain('Läxhjälp i alla skolor.');
        expect(html).toContain('Överskott väntas 2020.');
    });
});

describe('the follow-up in the Word report', async () => {
    const doc = readDocx(await renderDocxReport(fixtureInput(model(HOSTILE)), { baseDir: '/models' }));
    const texts = doc.paragraphs.map(p => p.text);

    it('writes the motivation as text, its line break a Word line break', () => {
        expect(texts).toContain(`Bedömning: ● delvis (bedömd): ${HOSTILE}`);
        expect(doc.xml).toContain('&lt;b&gt;fet&lt;/b&gt;');
        expect(doc.xml).not.toContain('<b>');
    });

    it('has the computed result, the forecast, analysis and actions', () => {
        expect(texts.some(t => /^Beräknat: ● uppfyllt, \d+\u00a0% uppfyllelse\.$/.test(t))).toBe(true);
        expect(texts).toContain('Prognos: ● uppfyllt: Överskott väntas 2020.');
        expect(texts).toContain('•\tLäxhjälp i alla skolor.');
        expect(texts).toContain('Uppföljning: Årsredovisning 2019');
        expect(texts.some(t => t.startsWith('Status: ● delvis (bedömd) · 50'))).toBe(true);
    });
});

describe('targets and threshold lines over the years', () => {
    it('show the line that applied that year with its från, and the målvärde, in plain Swedish too', () => {
        const base = fixtureModel();
        const goals = base.goals.map(g =>
            g.id === 'KlararSkolan'
                ? {
                      ...g,
                      measures: [
                          measure('Mål', {
                              title: 'Andel med målvärde',
                              goal: 'KlararSkolan',
                              unit: '%',
                              direction: 'higher',
                              actual: [
                                  { year: 2018, value: 80, location: loc(80) },
                                  { year: 2019, value: 86, location: loc(81) }
                              ],
                              target: [{ year: 2018, value: 85, location: loc(82) }],
                              thresholds: [
                                  line('full', 'skillnad mot målvärde >= 0', undefined, 83),
                                  line('full', 'värde >= 90', 2019, 84),
                                  line('half', 'skillnad mot målvärde >= -5', undefined, 85)
                              ]
                          })
                      ]
                  }
                : g
        );
        const markdown = renderMarkdownReport(fixtureInput({ goals }), { baseDir: '/models' });
        expect(markdown).toContain(
            `**Gränsvärden 2019:** Hel från 2019: minst 90${NBSP}%; Halv: högst 5${NBSP}procentenheter under målvärdet (85${NBSP}%)`
        );
        expect(markdown).toContain(`**Målvärde 2019:** 85${NBSP}% (målvärdet för 2018 gäller)`);
        expect(markdown).toContain(`| Målvärde | 85${NBSP}% | 85${NBSP}% |`);
    });
});
