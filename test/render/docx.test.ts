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
        const texts = doc.paragraphs.map(p => p.text);
        expect(texts).toContain('0 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis och 1 inte (2018: 1 av 2).');
        expect(texts).toContain('Kommun: Kumla kommun (1881)');
        expect(texts.some(t => t.startsWith('Styrmodell:'))).toBe(false);
        const summary = doc.tables[0]!;
        expect(summary.map(row => row.join(' | '))).toEqual([
            'Inriktning och fullmäktiges mål | Status | Uppfyllelse | Jämfört med 2018',
            `Inriktning: Trygghet och lärande | ● ej uppfyllt | 37${NBSP}% | → oförändrat sedan 2018`,
            `Trygg uppväxt | ● ej uppfyllt | 37${NBSP}% | → oförändrat sedan 2018`,
            `Inriktning: Ekonomi och medarbetare | ● delvis | 50${NBSP}% | ↓ sämre än 2018`,
            `God ekonomi | ● delvis | 50${NBSP}% | ↓ sämre än 2018`
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

    it("says each threshold and each status's reason in plain Swedish, never in the model's words", () => {
        const texts = doc.paragraphs.map(p => p.text);
        expect(texts).toContain('Hel: topp 10 bland landets kommuner');
        expect(texts).toContain(`Hel: minst 87,5${NBSP}%`);
        expect(texts).toContain(`Halv: högst 5${NBSP}procentenheter under riket`);
        expect(texts).toContain('Status: ● saknas · saknas · Saknas: värdet för 2019 saknas.');
        expect(doc.xml).not.toMatch(/hel när|halv när|&lt;=|&gt;=/);
    });

    it('has a table of the last years with values and statuses, and the source', () => {
        const history = doc.tables.find(t => t[1]?.[1] === `88,0${NBSP}%`);
        expect(history).toEqual([
            ['År', '2018', '2019'],
            ['Värde', `88,0${NBSP}%`, `90,5${NBSP}%`],
            ['Status', '● halv', '● halv']
        ]);
        const texts = doc.paragraphs.map(p => p.text);
        expect(texts).toContain('Källa: egen dataserie i data.csv');
        expect(texts).toContain('Källa: värden skrivna i styrmodellen');
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

    it('ends with a legend: each measure status beside its goal status and what they mean, then the notes', () => {
        const legend = doc.tables.find(t => t[0]?.join(' | ') === 'Mått | Mål och vision | Betydelse');
        expect(legend).toEqual([
            ['Mått', 'Mål och vision', 'Betydelse'],
            ['● hel', '● uppfyllt', `Måttet når gränsvärdet för hel (1 poäng). Målet når minst 75${NBSP}%.`],
            ['● halv', '● delvis', `Måttet når gränsvärdet för halv (0,5 poäng). Målet når minst 50${NBSP}%.`],
            ['● ingen', '● ej uppfyllt', `Måttet når inget gränsvärde (0 poäng). Målet når under 50${NBSP}%.`],
            [
                '● saknas, ● ej bedömd',
                '● saknas',
                'Värdet saknas, gränsvärdet kan inte avgöras eller måttet har inga gränsvärden. Räknas inte, aldrig som 0.'
            ]
        ]);
        const heading = doc.paragraphs.findIndex(p => p.style === 'Heading1' && p.text === 'Teckenförklaring');
        const note = doc.paragraphs.slice(heading + 1).find(p => p.text.startsWith('Ett måls uppfyllelse'));
        expect(note?.text).toMatch(/Färgen står alltid tillsammans med sitt ord\. ↑ bättre, ↓ sämre och → oförändrat/);
    });

    it('tints each legend cell in its status colour: four rows, four different tints', () => {
        const start = doc.xml.indexOf('Teckenförklaring');
        const table = doc.xml.slice(start, doc.xml.indexOf('</w:tbl>', start));
        const fills = [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].slice(1).map(row => {
            const shades = [...row[0].matchAll(/w:fill="([0-9A-Fa-f]{6})"/g)].map(m => m[1]!.toUpperCase());
            return shades.slice(0, 2);
        });
        expect(fills).toHaveLength(4);
        // Measure and goal cell of a row share the row's colour; each row has its own.
        for (const [measure, goal] of fills) expect(measure).toBe(goal);
        expect(new Set(fills.map(f => f[0])).size).toBe(4);
    });

    it('names the programmes a goal serves', async () => {
        const base = fixtureInput();
        const withProgramme = await render({
            programmes: [{ id: 'Digital', title: 'Digital först', location: base.view.location }],
            goals: base.view.goals.map(g => (g.id === 'SnabbService' ? { ...g, programmes: ['Digital'] } : g))
        });
        expect(withProgramme.paragraphs.map(p => p.text)).toContain('Program: Digital först');
    });

    it('sets title, author (the municipality), language and the header', async () => {
        const { strFromU8, unzipSync } = await import('fflate');
        const files = unzipSync(await renderDocxReport(fixtureInput()));
        const core = strFromU8(files['docProps/core.xml']!);
        expect(core).toContain('<dc:title>Uppföljning 2019: Testkommuns styrmodell</dc:title>');
        expect(core).toContain('<dc:creator>Kumla kommun (1881)</dc:creator>');
        expect(core).toContain('<dc:language>sv-SE</dc:language>');
        const header = Object.keys(files).find(f => /^word\/header\d*\.xml$/.test(f))!;
        expect(strFromU8(files[header]!)).toContain('Kumla kommun (1881)');
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
