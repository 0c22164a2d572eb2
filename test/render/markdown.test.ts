import { beforeAll, describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import { renderMarkdownReport } from '../../src/render/markdown.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { goal, loc, measure, memoryData, points } from '../fulfilment/helpers.js';
import { fixtureInput, fixtureModel, ROWS } from './fixture.js';

const NBSP = '\u00a0';

describe('renderMarkdownReport', () => {
    const input = fixtureInput();
    // Rendered in a hook, not while the tests are collected, so that a mutant under test is active (Stryker).
    let markdown: string;
    let lines: string[];
    beforeAll(() => {
        markdown = renderMarkdownReport(input);
        lines = markdown.split('\n');
    });
    const lineWith = (text: string) => lines.find(line => line.includes(text)) ?? '';

    it('has the title, municipality and year', () => {
        expect(lines[0]).toBe('# Uppföljning 2019: Testkommuns styrmodell');
        expect(markdown).toContain('**Kommun:** Kumla kommun (1881)');
        expect(markdown).not.toContain('**Styrmodell:**');
        expect(markdown).toContain('**Uppföljningsår:** 2019');
    });

    it('shows the vision with its status and coverage', () => {
        expect(markdown).toContain('## Vision 2030');
        expect(markdown).toContain('🔴 **ej uppfyllt** · 43\u00a0% uppfyllelse · 5 av 6 mått har värde');
    });

    it('groups KF goals by inriktning, committee goals under them with their owner', () => {
        const order = [
            '## Trygghet och lärande',
            '### Trygg uppväxt',
            '#### Fler elever klarar skolan',
            '#### Snabb service',
            '## Ekonomi och medarbetare',
            '### God ekonomi'
        ].map(heading => lines.indexOf(heading));
        expect(order.every(index => index >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(markdown).toContain(
            'Ansvarig: Barn- och utbildningsnämnden · 🟢 **uppfyllt** · 75\u00a0% uppfyllelse · 2 av 3 mått har värde'
        );
        expect(markdown).toContain('Ansvarig: Kommunledningsförvaltningen (Kommunstyrelsen)');
        expect(markdown).toContain('Kommunövergripande · 🟡 **delvis**');
    });

    it.each([
        // measure title, status mark, value, why (plain Swedish), comparison
        [
            'Behöriga till gymnasiet',
            '🟡 halv',
            '90,5\u00a0%',
            'Når gränsvärdet för halv: topp 20 bland landets kommuner. Når inte gränsvärdet för hel: topp 10 bland landets kommuner.',
            'plats 11 av 31 bland landets kommuner'
        ],
        ['Godkända betyg i alla ämnen', '🟢 hel', '87,5\u00a0%', 'Når gränsvärdet för hel: minst 87,5\u00a0%.', ''],
        ['Elevenkät: trygghet', '⚪ saknas', 'saknas', 'Saknas: värdet för 2019 saknas.', ''],
        [
            'Svar inom en dag',
            '🔴 ingen',
            '60\u00a0%',
            'Når inte gränsvärdet för hel: minst i nivå med riket. Når inte heller gränsvärdet för halv: högst 5\u00a0procentenheter under riket.',
            '10\u00a0procentenheter under riket (riket 70\u00a0%)'
        ],
        ['Antal synpunkter', '⚪ ej bedömd', '| 9 |', 'Ej bedömd: måttet har inga gränsvärden.', ''],
        [
            'Resultat i förhållande till skatteintäkter',
            '🟡 halv',
            '1,4\u00a0%',
            'Når gränsvärdet för halv: minst 1\u00a0%.',
            ''
        ]
    ])('%s: %s, %s, %s', (title, mark, value, decided, comparison) => {
        const row = lineWith(`| ${title} |`);
        expect(row).toContain(`| ${mark} |`);
        expect(row).toContain(value);
        expect(row).toContain(decided);
        expect(row).toContain(comparison);
        expect(row).not.toMatch(/`|när|<=|>=/);
    });

    it('names where each value came from', () => {
        expect(lineWith('| Godkända betyg i alla ämnen |')).toMatch(/\| data\.csv rad 65 \|$/);
        expect(lineWith('| Resultat i förhållande till skatteintäkter |')).toMatch(/\| styrmodellen \|$/);
    });

    it('has a summary table of the KF goals and the status counts', () => {
        expect(markdown).toContain('0 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis och 1 inte (2018: 1 av 2).');
        expect(markdown).toContain(
            '| **Inriktning: Ekonomi och medarbetare** | 🟡 delvis | 50\u00a0% | ↓ sämre än 2018 |  |'
        );
        expect(markdown).toContain('| Trygg uppväxt | 🔴 ej uppfyllt | 37\u00a0% | → oförändrat sedan 2018 | 4 av 5 |');
        expect(markdown).toContain('**Mått:** 1 🟢 hel, 2 🟡 halv, 1 🔴 ingen, 1 ⚪ saknas, 1 ⚪ ej bedömd');
    });

    it('ends with a legend naming every colour with its words', () => {
        const legend = markdown.slice(markdown.indexOf('## Teckenförklaring'));
        expect(legend).toContain('| 🟢 | hel | uppfyllt |');
        expect(legend).toContain('| 🟡 | halv | delvis |');
        expect(legend).toContain('| 🔴 | ingen | ej uppfyllt |');
        expect(legend).toContain('| ⚪ | saknas, ej bedömd | saknas |');
        expect(legend).toContain('minst 75\u00a0%');
    });

    it('contains every goal and every measure', () => {
        for (const goal of input.view.goals) {
            expect(markdown).toContain(goal.title);
            for (const measure of goal.measures) {
                expect(markdown).toContain(`| ${measure.title} |`);
            }
        }
    });

    it('never shows a colour without its word', () => {
        // The legend's colour column stands beside the words in the same row.
        const body = lines.filter(line => !/^\| (🟢|🟡|🔴|⚪) \| /u.test(line));
        for (const line of body) {
            for (const match of line.matchAll(/(🟢|🟡|🔴|⚪)(.{0,4})/gu)) {
                expect(match[2], line).toMatch(/^ (\*\*)?[a-zåäö]/u);
            }
        }
    });

    it('shows another year from the same input', () => {
        const earlier = renderMarkdownReport(input, { year: 2018 });
        expect(earlier.split('\n')[0]).toBe('# Uppföljning 2018: Testkommuns styrmodell');
        expect(earlier.split('\n').find(l => l.startsWith('| Behöriga till gymnasiet |'))).toContain(
            '| 🟡 halv | 88\u00a0% |'
        );
        expect(earlier).toContain('plats 13 av 31 bland landets kommuner');
    });

    it('filters by owner: a nämnd includes its förvaltningar', () => {
        const bun = renderMarkdownReport(input, { owner: 'BUN' });
        expect(bun).toContain('#### Fler elever klarar skolan');
        expect(bun).not.toContain('#### Snabb service');
        expect(bun).not.toContain('### God ekonomi');
        const ks = renderMarkdownReport(input, { owner: 'KS' });
        expect(ks).toContain('#### Snabb service');
        expect(ks).not.toContain('#### Fler elever klarar skolan');
    });

    it('keeps the Analys list apart from the facts under it (they are not one list)', () => {
        const withAnalysis = fixtureInput();
        const shown = withAnalysis.results.find(r => r.year === 2019)!;
        const measure = shown.measures.find(m => m.id === 'Betyg')!;
        measure.analysis = [
            {
                text: 'Fler klarar målen.',
                location: { file: '/models/u.styr', line: 3, column: 1, endLine: 3, endColumn: 2 }
            }
        ];
        const text = renderMarkdownReport(withAnalysis);
        const start = text.indexOf('- Fler klarar målen.');
        const after = text.slice(start).split('\n');
        expect(after[0]).toBe('- Fler klarar målen.');
        expect(after[1]).toBe('');
        expect(after[2]).toMatch(/^\*\*Gränsvärden 2019:\*\* Hel: minst 87,5/);
    });

    it('escapes & so an entity cannot appear', () => {
        expect(renderMarkdownReport(fixtureInput({ title: 'Kultur &copy; fritid' })).split('\n')[0]).toBe(
            '# Uppföljning 2019: Kultur \\&copy; fritid'
        );
    });

    it('escapes Markdown in titles so a table row cannot break', () => {
        const tricky = fixtureInput({ title: 'A | B *C*' });
        const text = renderMarkdownReport(tricky);
        expect(text.split('\n')[0]).toBe('# Uppföljning 2019: A \\| B \\*C\\*');
    });
});

describe('Markdown report: the parts a small fixture leaves out', () => {
    const base = fixtureModel();
    const view = fixtureModel({
        year: 2020,
        vision: { ...base.vision!, description: 'Ett *gott* liv.' },
        areas: [
            { ...base.areas[0]!, description: 'Om trygghet.' },
            base.areas[1]!,
            { id: 'Tom', title: 'Tom inriktning', location: loc(7) }
        ],
        programmes: [{ id: 'P', title: 'Program *1*', location: loc(8) }],
        goals: [
            ...base.goals.map(g =>
                g.id === 'KlararSkolan' ? { ...g, programmes: ['P'], description: 'Beskrivning.' } : g
            ),
            goal('Ensam', { title: 'Ensamt mål', owner: 'BUN' }, [
                measure('E', { title: 'Egen', actual: points({ 2019: 4 }, 90) })
            ])
        ]
    });
    const input: RenderInput = {
        view,
        results: computeYears(view, memoryData(ROWS), [2019]),
        year: 2019,
        warnings: [{ file: '/models/modell.styr', line: 3, code: 'x', message: 'Något är fel.' }]
    };
    const all = () => renderMarkdownReport(input);
    const bun = () => renderMarkdownReport(input, { owner: 'BUN' });

    it("names the model's own year when another is shown, and the owner chosen", () => {
        expect(bun()).toMatch(
            /^# Uppföljning 2019: Testkommuns styrmodell\n\n\*\*Kommun:\*\* Kumla kommun \(1881\) {2}\n\*\*Uppföljningsår:\*\* 2019 \(modellens år är 2020\) {2}\n\*\*Urval:\*\* mål som Barn- och utbildningsnämnden ansvarar för\n\n## Vision 2030\n\n\*Ett \\\*gott\\\* liv\.\*\n\n/
        );
        expect(all()).not.toContain('**Urval:**');
    });

    it('has no trend column without a year before, and counts every status of the whole model', () => {
        expect(bun()).toContain(
            '| Inriktning och fullmäktiges mål | Status | Uppfyllelse | Mått med värde |\n| --- | --- | --- | --- |\n' +
                `| **Inriktning: Trygghet och lärande** | 🔴 ej uppfyllt | 37${NBSP}% |  |\n| Trygg uppväxt | 🔴 ej uppfyllt | 37${NBSP}% | 4 av 5 |\n\n`
        );
        expect(bun()).toContain(
            '**Fullmäktiges mål:** 1 🟡 delvis, 1 🔴 ej uppfyllt  \n**Nämndmål:** 1 🟢 uppfyllt, 1 🔴 ej uppfyllt, 1 ⚪ saknas  \n**Mått:** 1 🟢 hel, 2 🟡 halv, 1 🔴 ingen, 1 ⚪ saknas, 2 ⚪ ej bedömd\n'
        );
        expect(bun()).toContain('*1 anmärkning om underlaget, se bilagan.*');
    });

    it("shows an inriktning's description, says when it has no goals, and a goal's description and programmes", () => {
        expect(all()).toContain('## Trygghet och lärande\n\nOm trygghet.\n\n### Trygg uppväxt\n');
        expect(all()).toContain('## Tom inriktning\n\nInga fullmäktigemål har denna inriktning.\n\n');
        expect(bun()).not.toContain('Tom inriktning');
        expect(all()).toContain(
            `#### Fler elever klarar skolan\n\nAnsvarig: Barn- och utbildningsnämnden · 🟢 **uppfyllt** · 75${NBSP}% uppfyllelse · 2 av 3 mått har värde\n\nBeskrivning.\n\nProgram: Program \\*1\\*\n\n| Mått |`
        );
    });

    it('gathers committee goals no KF goal reaches under their own heading, a typed value named as the model', () => {
        expect(bun()).toContain(
            '## Nämndmål som inte bidrar till något fullmäktigemål\n\n### Ensamt mål\n\nAnsvarig: Barn- och utbildningsnämnden · ⚪ **saknas** · 1 av 1 mått har värde\n\n'
        );
        expect(bun()).toContain(
            '| Egen | ⚪ ej bedömd | 4 | Ej bedömd: måttet har inga gränsvärden. |  | styrmodellen |'
        );
        expect(bun()).toContain(
            '| Elevenkät: trygghet | ⚪ saknas | saknas | Saknas: värdet för 2019 saknas. |  | – |'
        );
    });

    it("ends with the legend and then the quality appendix with the model's warnings", () => {
        expect(bun()).toMatch(
            /## Teckenförklaring\n\n\| Färg \| Mått \| Mål och vision \| Betydelse \|\n\| --- \| --- \| --- \| --- \|\n\| 🟢 \| hel \| uppfyllt \| Måttet når gränsvärdet för hel \(1 poäng\)\. Målet når minst 75\u00a0%\. \|\n/
        );
        expect(bun()).toMatch(
            /\n## Bilaga: Kvalitetskontroll\n\nKontrollen av modellen och underlaget för 2019\. [^\n]+\n\n### Anmärkningar om modellen\n\n- Något är fel\.\n$/
        );
        expect(renderMarkdownReport({ ...input, warnings: [] })).not.toContain('Bilaga');
    });

    it('says so when there is no result to show', () => {
        expect(renderMarkdownReport({ view, results: [], year: 2019 })).toBe(
            '# Uppföljning: Testkommuns styrmodell\n\nDet finns inga resultat att visa: modellen anger inget år och data saknas.\n'
        );
    });
});
