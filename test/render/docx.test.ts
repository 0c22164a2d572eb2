import { describe, expect, it } from 'vitest';
import { GOAL_STATUSES, MEASURE_STATUSES, statusWord } from '../../src/fulfilment/status.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import { type DocxContent, readDocx } from '../support/docx-xml.js';
import { fixtureInput } from './fixture.js';

const NBSP = '\u00a0';
const WORDS = new Set([...GOAL_STATUSES, ...MEASURE_STATUSES].map(statusWord));

async function render(...args: Parameters<typeof fixtureInput>): Promise<DocxContent> {
    return readDocx(await renderDocxReport(fixtureInput(...args)));
}

describe('renderDocxReport', async () => {
    const doc = await render();
    const headings = doc.paragraphs.filter(p => p.style?.startsWith('Heading')).map(p => `${p.style}: ${p.text}`);

    it('is a Word package with a document, styles and a footer', () => {
        expect(doc.files).toEqual(
            expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml'])
        );
        expect(doc.files.some(f => /^word\/footer\d*\.xml$/.test(f))).toBe(true);
    });

    it('starts with the title and the summary, before any goal', () => {
        expect(doc.paragraphs[0]).toMatchObject({ style: 'Title', text: 'Uppföljning 2019: Testkommuns styrmodell' });
        expect(headings[0]).toBe('Heading1: Sammanfattning');
        const summary = doc.tables[0]!;
        expect(summary[0]).toEqual(['Fullmäktiges mål', 'Status', 'Uppfyllelse', 'Mått med värde']);
        expect(summary.map(row => row.join(' | '))).toEqual([
            'Fullmäktiges mål | Status | Uppfyllelse | Mått med värde',
            `Inriktning: Trygghet och lärande | ● ej uppfyllt | 37${NBSP}% | `,
            `Trygg uppväxt | ● ej uppfyllt | 37${NBSP}% | 4 av 5`,
            `Inriktning: Ekonomi och medarbetare | ● delvis | 50${NBSP}% | `,
            `God ekonomi | ● delvis | 50${NBSP}% | 1 av 1`
        ]);
    });

    it('gives the goal chain real Word headings: inriktning, KF goal, committee goal, measure', () => {
        const order = [
            'Heading1: Inriktning: Trygghet och lärande',
            'Heading2: Fullmäktigemål: Trygg uppväxt',
            'Heading3: Nämndmål: Fler elever klarar skolan',
            'Heading4: Mått: Behöriga till gymnasiet',
            'Heading3: Nämndmål: Snabb service',
            'Heading1: Inriktning: Ekonomi och medarbetare',
            'Heading2: Fullmäktigemål: God ekonomi',
            'Heading3: Mått: Resultat i förhållande till skatteintäkter',
            'Heading1: Teckenförklaring'
        ].map(h => headings.indexOf(h));
        expect(order.every(i => i >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    it("says each threshold in plain Swedish beside the model's words", () => {
        const texts = doc.paragraphs.map(p => p.text);
        expect(texts).toContain('topp 10 bland landets kommuner (hel när rang <= 10)');
        expect(texts).toContain(`minst 87,5${NBSP}% (hel när värde >= 87,5)`);
        expect(texts).toContain(`högst 5${NBSP}procentenheter under riket (halv när skillnad mot riket >= -5)`);
    });

    it('has a table of the last years with values and statuses, and the source', () => {
        const history = doc.tables.find(t => t[1]?.[1] === `88${NBSP}%`);
        expect(history).toEqual([
            ['År', '2018', '2019'],
            ['Värde', `88${NBSP}%`, `90,5${NBSP}%`],
            ['Status', '● halv', '● halv']
        ]);
        const texts = doc.paragraphs.map(p => p.text);
        expect(texts).toContain('Källa: egen serie N1 (data.csv)');
        expect(texts.some(t => /^Källa: utfall i modellen \(test\.styr rad \d+–\d+\)$/.test(t))).toBe(true);
    });

    it('never shows a colour without its word: every coloured dot is followed by a status word', () => {
        for (const p of doc.paragraphs) {
            if (!p.coloured.some(run => run.text === '●')) continue;
            // Each dot of the paragraph, not only the first: a count line has several.
            for (const after of p.text.split('●').slice(1)) {
                expect(
                    [...WORDS].some(w => after.trim().startsWith(w)),
                    `${p.text}`
                ).toBe(true);
            }
        }
        expect(doc.paragraphs.filter(p => p.coloured.length > 0).length).toBeGreaterThan(10);
    });

    it('names the programmes a goal serves', async () => {
        const base = fixtureInput();
        const withProgramme = await render({
            programmes: [{ id: 'Digital', title: 'Digital först', location: base.view.location }],
            goals: base.view.goals.map(g => (g.id === 'SnabbService' ? { ...g, programmes: ['Digital'] } : g))
        });
        expect(withProgramme.paragraphs.map(p => p.text)).toContain('Program: Digital först');
    });

    it('writes text from the model as text: quotes, line breaks and markup survive as they are', async () => {
        const hostile = 'Mål "A" & <b>B</b> </w:t><w:t>x';
        const base = fixtureInput();
        const odd = await render({
            goals: base.view.goals.map(g =>
                g.id === 'TryggUppväxt'
                    ? { ...g, title: hostile, description: 'rad ett\nrad två <script>alert(1)</script>' }
                    : g
            )
        });
        expect(odd.paragraphs.map(p => p.text)).toContain(`Fullmäktigemål: ${hostile}`);
        expect(odd.paragraphs.map(p => p.text)).toContain('rad ett\nrad två <script>alert(1)</script>');
        expect(odd.xml).not.toContain('<b>');
        expect(odd.xml).not.toContain('<script>');
    });
});
