/**
 * The Word report (docx/report-docx.ts) paragraph by paragraph: the front lines, the summary with its table and
 * counts, each goal's and measure's section with the follow-up box, the history table, the quality appendix,
 * the package's properties, styles, header and footer. Each test renders its own document.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import type { FollowUpEntryView } from '../../src/model/model-view.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { loc, memoryData } from '../fulfilment/helpers.js';
import { readDocx } from '../support/docx-xml.js';
import { fixtureInput, fixtureModel, followUpFixtureInput, interimGodEkonomi, PER_AUGUST, ROWS } from './fixture.js';
import { koladaInput, richInput } from './site/site-fixture.js';

const NBSP = '\u00a0';
const F = '/models/uppfoljning.styr';
const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
const BOX = '<w:pBdr><w:left w:val="single" w:color="0969DA" w:sz="18" w:space="8"/></w:pBdr>';

interface Rendered {
    files: Record<string, string>;
    /** Body paragraphs outside tables, each its text and its XML. */
    paragraphs: Array<{ text: string; xml: string }>;
    texts: string[];
    tables: string[][][];
}

async function render(input: RenderInput, options: Parameters<typeof renderDocxReport>[1] = {}): Promise<Rendered> {
    const bytes = await renderDocxReport(input, options);
    const files = Object.fromEntries(
        Object.entries(unzipSync(bytes))
            .filter(([path]) => path.endsWith('.xml'))
            .map(([path, data]) => [path, strFromU8(data)])
    );
    const doc = readDocx(bytes);
    const body = files['word/document.xml']!.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const paragraphs = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(m => ({
        xml: m[0],
        text: [...m[0].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
            .map(t => (t[1] !== undefined ? t[1] : t[0] === '<w:br/>' ? '\n' : '\t'))
            .join('')
            .replace(/&amp;/g, '&')
            .replace(/&quot;/g, '"')
    }));
    return { files, paragraphs, texts: paragraphs.map(p => p.text), tables: doc.tables };
}

/** The XML of the one paragraph whose text is `text`. */
function paragraphXml(doc: Rendered, text: string): string {
    const found = doc.paragraphs.filter(p => p.text === text);
    expect(
        found.map(p => p.text),
        text
    ).toEqual([text]);
    return found[0]!.xml;
}

/** The fixture with the delårsrapport per 31 augusti 2019 shown. */
function interimInput(): RenderInput {
    const svar: FollowUpEntryView = {
        kind: 'measure',
        goal: 'SnabbService',
        measure: 'Svar',
        assessment: { status: 'halv', motivation: 'Nära.', location: loc(5, F) },
        analysis: [],
        actions: [],
        location: loc(6, F)
    };
    return followUpFixtureInput([interimGodEkonomi(F, [svar])], PER_AUGUST);
}

describe('the front of the report', () => {
    it('names the municipality, the year and the follow-up, each label bold', async () => {
        const doc = await render(richInput());
        expect(doc.texts.slice(0, 5)).toEqual([
            'Uppföljning 2019: Testkommuns styrmodell',
            'Kommun: Testby kommun (1881)',
            'Uppföljningsår: 2019',
            'Uppföljning: Årsredovisning 2019',
            'Sammanfattning'
        ]);
        expect(paragraphXml(doc, 'Uppföljning: Årsredovisning 2019')).toBe(
            `<w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="80"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">Uppföljning: </w:t></w:r><w:r><w:t xml:space="preserve">Årsredovisning 2019</w:t></w:r></w:p>`
        );
        expect(paragraphXml(doc, 'Uppföljning 2019: Testkommuns styrmodell')).toContain('<w:pStyle w:val="Title"/>');
    });

    it('says when the model names no municipality, and names the owner a report is for', async () => {
        const plain = await render(fixtureInput({ municipality: undefined }));
        expect(plain.texts).toContain('Kommun: anges inte i modellen');
        expect(plain.texts.some(t => t.startsWith('Uppföljning: '))).toBe(false);
        expect(plain.texts.some(t => t.startsWith('Urval: '))).toBe(false);
        const owner = await render(koladaInput(), { owner: 'BUN' });
        expect(owner.texts.slice(1, 4)).toEqual([
            'Kommun: Testby kommun (1881)',
            'Uppföljningsår: 2019',
            'Urval: mål som Barn- och utbildningsnämnden ansvarar för'
        ]);
    });

    it('without any result says so under the title', async () => {
        const view = fixtureModel();
        const doc = await render({ view, results: [], year: 2019 });
        expect(doc.texts).toEqual([
            'Uppföljning: Testkommuns styrmodell',
            'Det finns inga resultat att visa: modellen anger inget år och data saknas.'
        ]);
        expect(doc.files['docProps/core.xml']).toContain('<dc:title>Uppföljning: Testkommuns styrmodell</dc:title>');
    });
});

describe('the summary', () => {
    it('opens in bold, points to the appendix, and gives the vision its figures', async () => {
        const doc = await render(richInput());
        expect(paragraphXml(doc, '1 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis (2018: 1 av 2).')).toContain(
            '<w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>'
        );
        expect(paragraphXml(doc, '1 anmärkning om underlaget, se bilagan.')).toContain('<w:rPr><w:i/><w:iCs/></w:rPr>');
        expect(doc.texts).toContain(`Vision 2030: ● uppfyllt · 83${NBSP}% uppfyllelse · 5 av 6 mått har värde`);
        const at = doc.texts.indexOf('Sammanfattning');
        expect(doc.texts.slice(at + 1, at + 10)).toEqual([
            '1 av 2 av fullmäktiges mål är uppfyllda 2019, 1 delvis (2018: 1 av 2).',
            '1 anmärkning om underlaget, se bilagan.',
            `Vision 2030: ● uppfyllt · 83${NBSP}% uppfyllelse · 5 av 6 mått har värde`,
            'Trygg uppväxt: Väger olika: ”Fler elever klarar skolan” vikt 2 och ”Snabb service” vikt 1.',
            'God ekonomi (bedömd): Överskottet räcker.',
            '',
            'Fullmäktiges mål: 1 ● uppfyllt, 1 ● delvis',
            'Nämndmål: 2 ● uppfyllt, 1 ● ej uppfyllt',
            'Mått: 3 ● hel, 2 ● halv, 1 ● ingen, 1 ● saknas, 1 ● ej bedömd'
        ]);
        expect(doc.paragraphs[doc.texts.indexOf('') as number]?.xml).toBe(
            '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'
        );
    });

    it('tabulates each inriktning and KF goal with status, fulfilment and trend, an inriktning without goals spanning the row', async () => {
        const doc = await render(richInput());
        expect(doc.tables[0]).toEqual([
            ['Inriktning och fullmäktiges mål', 'Status', 'Uppfyllelse', 'Jämfört med 2018'],
            ['Inriktning: Trygghet och lärande', '● delvis', `66${NBSP}%`, '↑ bättre än 2018'],
            ['Trygg uppväxt', '● delvis', `66${NBSP}%`, '↑ bättre än 2018'],
            ['Inriktning: Ekonomi och medarbetare', '● uppfyllt', `100${NBSP}%`, '→ oförändrat sedan 2018'],
            ['God ekonomi', '● uppfyllt (bedömd)', `100${NBSP}%`, '→ oförändrat sedan 2018'],
            ['Inriktning: Kultur och fritid (inga fullmäktigemål)']
        ]);
        const xml = doc.files['word/document.xml']!;
        const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
        // Widths 46, 20, 14, 20 of the page; an inriktning's row shaded, its status tinted, its figure bold.
        expect([...table.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].slice(0, 4).map(m => m[1])).toEqual([
            '2300',
            '1000',
            '700',
            '1000'
        ]);
        expect(table).toContain(`<w:gridSpan w:val="4"/><w:shd w:fill="F6F8FA" w:color="auto" w:val="clear"/>`);
        expect(table).toContain(
            `<w:jc w:val="right"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">66${NBSP}%</w:t></w:r>`
        );
        expect(table).toContain(`<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">66${NBSP}%</w:t></w:r>`);
        expect(table).toContain('<w:shd w:fill="FFF3CC" w:color="auto" w:val="clear"/>');
        expect(table).toContain(
            `<w:r>${BOLD}<w:t xml:space="preserve">↑</w:t></w:r><w:r><w:t xml:space="preserve"> bättre än 2018</w:t></w:r>`
        );
        expect(table).toContain(
            `<w:r>${BOLD}<w:t xml:space="preserve">Inriktning: Kultur och fritid</w:t></w:r><w:r><w:t xml:space="preserve"> (inga fullmäktigemål)</w:t></w:r>`
        );
    });

    it('has no trend column in a model of one year, a dash for a missing trend, and a weight beside a goal', async () => {
        // God ekonomi moved under the first inriktning with weight 3: the two KF goals there weigh differently.
        const view = fixtureModel({
            goals: fixtureModel().goals.map(g => (g.id === 'GodEkonomi' ? { ...g, weight: 3, area: 'Trygghet' } : g))
        });
        const oneYear = { view, results: computeYears(view, memoryData(ROWS), [2019]), year: 2019 };
        const doc = await render(oneYear);
        expect(doc.tables[0]![0]).toEqual(['Inriktning och fullmäktiges mål', 'Status', 'Uppfyllelse']);
        expect(doc.tables[0]!.map(r => r[0])).toEqual([
            'Inriktning och fullmäktiges mål',
            'Inriktning: Trygghet och lärande',
            'Trygg uppväxt (vikt 1)',
            'God ekonomi (vikt 3)',
            'Inriktning: Ekonomi och medarbetare (inga fullmäktigemål)'
        ]);
        const xml = doc.files['word/document.xml']!;
        const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
        expect(table).toContain('<w:gridSpan w:val="3"/>');
        expect([...table.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].slice(0, 3).map(m => m[1])).toEqual([
            '2900',
            '1200',
            '900'
        ]);
        const trendless = await render(fixtureInput({ municipality: undefined }));
        expect(trendless.tables[0]![1]).toEqual(['Inriktning: Trygghet och lärande', '● saknas', '–', '–']);
    });
});

describe('a goal’s section', () => {
    it('gives its status, owner, description and follow-up, and its measures and goals below it', async () => {
        const doc = await render(richInput());
        const at = doc.texts.indexOf('Fullmäktigemål: God ekonomi');
        expect(doc.texts.slice(at, at + 9)).toEqual([
            'Fullmäktigemål: God ekonomi',
            `Status: ● uppfyllt (bedömd) · 100${NBSP}% uppfyllelse · 1 av 1 mått har värde`,
            'Ansvarig: kommunövergripande',
            'Ekonomin ska bära välfärden.',
            'Bedömning: ● uppfyllt (bedömd): Överskottet räcker. Investeringarna väntar.',
            `Beräknat: ● delvis, 50${NBSP}% uppfyllelse.`,
            'Analys:',
            '•\tSkatteintäkterna ökade.',
            'Mått: Resultat i förhållande till skatteintäkter'
        ]);
        expect(paragraphXml(doc, 'Fullmäktigemål: God ekonomi')).toBe(
            '<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">Fullmäktigemål: God ekonomi</w:t></w:r></w:p>'
        );
        expect(paragraphXml(doc, 'Ekonomin ska bära välfärden.')).toContain('<w:i/>');
        expect(paragraphXml(doc, 'Bedömning: ● uppfyllt (bedömd): Överskottet räcker. Investeringarna väntar.')).toBe(
            `<w:p><w:pPr>${BOX}<w:spacing w:after="80"/><w:ind w:left="160"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">Bedömning: </w:t></w:r>` +
                `<w:r><w:rPr><w:color w:val="1A7F37"/></w:rPr><w:t xml:space="preserve">●</w:t></w:r><w:r>${BOLD}<w:t xml:space="preserve"> uppfyllt (bedömd)</w:t></w:r>` +
                '<w:r><w:t xml:space="preserve">: </w:t></w:r><w:r><w:t xml:space="preserve">Överskottet räcker. Investeringarna väntar.</w:t></w:r></w:p>'
        );
        expect(paragraphXml(doc, `Beräknat: ● delvis, 50${NBSP}% uppfyllelse.`)).toMatch(
            new RegExp(
                `^<w:p><w:pPr>${BOX}<w:spacing w:after="80"/><w:ind w:left="160"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">Beräknat: </w:t></w:r>`
            )
        );
        expect(paragraphXml(doc, 'Analys:')).toBe(
            `<w:p><w:pPr>${BOX}<w:spacing w:after="0"/><w:ind w:left="160"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">Analys:</w:t></w:r></w:p>`
        );
        expect(paragraphXml(doc, '•\tSkatteintäkterna ökade.')).toBe(
            `<w:p><w:pPr>${BOX}<w:tabs><w:tab w:val="left" w:pos="520"/></w:tabs><w:spacing w:after="80"/><w:ind w:left="520" w:hanging="360"/></w:pPr>` +
                '<w:r><w:t xml:space="preserve">•\t</w:t></w:r><w:r><w:t xml:space="preserve">Skatteintäkterna ökade.</w:t></w:r></w:p>'
        );
        expect(doc.texts).toContain('Ansvarig: Kommunledningsförvaltningen (Kommunstyrelsen)');
        expect(doc.texts).toContain('Ansvarig: Kommunstyrelsen');
        expect(doc.texts.filter(t => t.startsWith('Ansvarig: ')).length).toBe(4);
    });

    it('heads the inriktningar and the goals outside them at the first level, the first on a new page', async () => {
        const doc = await render(richInput());
        const headings = doc.paragraphs.filter(p => p.xml.includes('<w:pStyle w:val="Heading1"/>'));
        expect(headings.map(h => h.text)).toEqual([
            'Sammanfattning',
            'Inriktning: Trygghet och lärande',
            'Inriktning: Ekonomi och medarbetare',
            'Inriktning: Kultur och fritid',
            'Nämndmål som inte bidrar till något fullmäktigemål',
            'Teckenförklaring',
            'Bilaga: Kvalitetskontroll'
        ]);
        const breaks = headings.map(h => h.xml.includes('<w:pageBreakBefore/>'));
        expect(breaks).toEqual([false, true, false, false, false, false, true]);
        expect(paragraphXml(doc, 'Barn och unga ska växa upp tryggt.')).toContain('<w:i/>');
        const at = doc.texts.indexOf('Inriktning: Kultur och fritid');
        expect(doc.texts[at + 1]).toBe('Inga fullmäktigemål har denna inriktning.');
        const unattached = doc.texts.indexOf('Nämndmål som inte bidrar till något fullmäktigemål');
        expect(doc.texts[unattached + 1]).toBe('Nämndmål: Öppna bibliotek');
        expect(doc.paragraphs[unattached + 1]!.xml).toContain('<w:pStyle w:val="Heading2"/>');
        expect(paragraphXml(doc, 'Mått: Öppettimmar i veckan')).toContain('<w:pStyle w:val="Heading3"/>');
    });

    it('with only goals outside the inriktningar, starts them on a new page', async () => {
        const view = fixtureModel({
            areas: [],
            goals: fixtureModel().goals.map(g => ({
                ...g,
                area: undefined,
                level: 'nämnd' as const,
                contributesTo: []
            }))
        });
        const doc = await render({ view, results: computeYears(view, memoryData(ROWS), [2018, 2019]), year: 2019 });
        expect(paragraphXml(doc, 'Nämndmål som inte bidrar till något fullmäktigemål')).toContain(
            '<w:pageBreakBefore/>'
        );
        expect(doc.texts.some(t => t.startsWith('Diagrammen finns inte med'))).toBe(false);
    });
});

describe('a measure’s section', () => {
    it('gives status, value and reason, the comparison, the thresholds, the target and the source', async () => {
        const doc = await render(koladaInput(), { owner: 'BUN' });
        const at = doc.texts.indexOf('Mått: Läsförståelse åk 4');
        expect(doc.texts.slice(at, at + 8)).toEqual([
            'Mått: Läsförståelse åk 4',
            `Status: ● ingen · 74${NBSP}% · Når inte gränsvärdet för hel: minst i nivå med målvärdet (75,5${NBSP}%).`,
            `Jämförelse: 1,5${NBSP}procentenheter under målvärdet (75,5${NBSP}%)`,
            'Gränsvärden 2019:',
            `Hel: minst i nivå med målvärdet (75,5${NBSP}%)`,
            `Målvärde 2019: 75,5${NBSP}%`,
            'Källa: Kolada N15419 (data.csv)',
            ''
        ]);
        expect(paragraphXml(doc, 'Mått: Läsförståelse åk 4')).toContain('<w:pStyle w:val="Heading4"/>');
        expect(doc.paragraphs[at + 3]!.xml.match(/<w:pPr>.*?<\/w:pPr>/)?.[0]).toBe(
            '<w:pPr><w:spacing w:after="0"/></w:pPr>'
        );
        expect(paragraphXml(doc, `Hel: minst i nivå med målvärdet (75,5${NBSP}%)`)).toContain(
            '<w:pPr><w:spacing w:after="80"/><w:ind w:left="360"/></w:pPr>'
        );
        // The source keeps with the table of years below it.
        expect(paragraphXml(doc, 'Källa: Kolada N15419 (data.csv)')).toContain('<w:keepNext/>');
        expect(doc.tables).toContainEqual([
            ['År', '2018', '2019'],
            ['Värde', `72,0${NBSP}%`, `74,0${NBSP}%`],
            ['Målvärde', `70,0${NBSP}%`, `75,5${NBSP}%`],
            ['Status', '● hel', '● ingen']
        ]);
        expect(doc.texts).toContain('Gränsvärden 2019: inga (måttet bedöms inte mot ett gränsvärde)');
        expect(
            doc.paragraphs.filter(p => p.xml.includes('Heading') && p.text.startsWith('Mått: ')).map(p => p.text)
        ).toEqual([
            'Mått: Behöriga till gymnasiet',
            'Mått: Godkända betyg i alla ämnen',
            'Mått: Elevenkät: trygghet',
            'Mått: Läsförståelse åk 4',
            'Mått: Egen mätning, utan Kolada'
        ]);
    });

    it('marks the current year bold in the history table and tints each status', async () => {
        const doc = await render(fixtureInput());
        const xml = doc.files['word/document.xml']!;
        const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(m => m[0]);
        const table = tables.find(t => t.includes(`>88,0${NBSP}%<`) && t.includes('>Värde<'))!;
        const start = xml.indexOf(table);
        expect(table).toContain(
            `<w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b w:val="false"/><w:bCs w:val="false"/></w:rPr><w:t xml:space="preserve">88,0${NBSP}%</w:t></w:r>`
        );
        expect(table).toContain(
            `<w:jc w:val="right"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">90,5${NBSP}%</w:t></w:r>`
        );
        expect(table).toContain(`<w:r>${BOLD}<w:t xml:space="preserve">Värde</w:t></w:r>`);
        expect(table).toContain(`<w:r>${BOLD}<w:t xml:space="preserve">Status</w:t></w:r>`);
        expect(table).toContain('<w:shd w:fill="FFF3CC" w:color="auto" w:val="clear"/>');
        // Kept on one page: every row but the last keeps with the next.
        const keeps = [...table.matchAll(/<w:keepNext( w:val="false")?\/>/g)].map(m => (m[1] ? 'no' : 'keep'));
        expect(keeps).toEqual(['keep', 'keep', 'keep', 'keep', 'keep', 'keep', 'no', 'no', 'no']);
        const after = xml.slice(start + table.length);
        expect(after.startsWith('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr></w:p>')).toBe(true);
    });

    it('boxes the follow-up of an interim report: the assessment under its own name, the year before, the forecast', async () => {
        const doc = await render(interimInput());
        expect(doc.texts[0]).toBe('Delårsrapport 2019 per 31 augusti: Testkommuns styrmodell');
        const at = doc.texts.indexOf('Fullmäktigemål: God ekonomi');
        expect(doc.texts.slice(at + 3, at + 7)).toEqual([
            'Prognos för helåret, bedömd per 31 augusti: ● delvis (bedömd): Halvvägs.',
            `Beräknat: ● delvis, 50${NBSP}% uppfyllelse.`,
            'Helåret 2018: ● uppfyllt',
            'Prognos: ● uppfyllt: Det vänder.'
        ]);
        expect(paragraphXml(doc, 'Helåret 2018: ● uppfyllt')).toContain(BOX);
        expect(paragraphXml(doc, 'Prognos: ● uppfyllt: Det vänder.')).toContain(
            `${BOX}<w:spacing w:after="80"/><w:ind w:left="160"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">Prognos: </w:t></w:r>`
        );
        const svar = doc.texts.indexOf('Mått: Svar inom en dag');
        expect(doc.texts.slice(svar + 2, svar + 5)).toEqual([
            'Prognos för helåret, bedömd per 31 augusti: ● halv (bedömd): Nära.',
            `Beräknat: ● ingen, värde 60${NBSP}%. Når inte gränsvärdet för hel: minst i nivå med riket. Når inte heller gränsvärdet för halv: högst 5${NBSP}procentenheter under riket.`,
            'Helåret 2018: ● halv'
        ]);
    });
});

describe('the appendix and the legend', () => {
    it('lists the quality notes under their headings, each a bullet', async () => {
        const doc = await render(richInput());
        const at = doc.texts.indexOf('Bilaga: Kvalitetskontroll');
        expect(doc.texts.slice(at)).toEqual([
            'Bilaga: Kvalitetskontroll',
            'Kontrollen av modellen och underlaget för 2019. Anmärkningarna ändrar inga siffror i rapporten; de säger vad siffrorna vilar på.',
            'Anmärkningar om modellen',
            '•\tMåttet ”Behöriga till gymnasiet” har en udda enhet.'
        ]);
        expect(paragraphXml(doc, 'Anmärkningar om modellen')).toContain('<w:pStyle w:val="Heading2"/>');
        expect(paragraphXml(doc, '•\tMåttet ”Behöriga till gymnasiet” har en udda enhet.')).toContain(
            '<w:pPr><w:tabs><w:tab w:val="left" w:pos="360"/></w:tabs><w:spacing w:after="80"/><w:ind w:left="360" w:hanging="360"/></w:pPr>'
        );
        const plain = await render(fixtureInput());
        expect(plain.texts.some(t => t.startsWith('Bilaga'))).toBe(false);
    });

    it('ends with the legend table and its note', async () => {
        const doc = await render(fixtureInput());
        const legend = doc.files['word/document.xml']!.split('Teckenförklaring')[1]!;
        expect([...legend.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].slice(0, 3).map(m => m[1])).toEqual([
            '1100',
            '1100',
            '2800'
        ]);
        expect(legend).toContain(
            '<w:r><w:rPr><w:color w:val="6E7781"/></w:rPr><w:t xml:space="preserve">●</w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve"> saknas</w:t></w:r><w:r><w:t xml:space="preserve">, </w:t></w:r>'
        );
        const note = doc.paragraphs.at(-1)!;
        expect(note.text).toMatch(
            /^Ett måls uppfyllelse är det viktade medelvärdet[^]* ↑ bättre, ↓ sämre och → oförändrat jämför uppfyllelsen med året innan\.$/
        );
        expect(note.xml).toContain('<w:pPr><w:spacing w:before="120"/></w:pPr>');
    });
});

describe('the package', () => {
    it('names the municipality as author and describes the report', async () => {
        const doc = await render(richInput());
        const core = doc.files['docProps/core.xml']!;
        expect(core).toContain('<dc:title>Uppföljning 2019: Testkommuns styrmodell</dc:title>');
        expect(core).toContain('<dc:subject>Uppföljning av styrmodellen Testkommuns styrmodell</dc:subject>');
        expect(core).toContain('<dc:creator>Testby kommun (1881)</dc:creator>');
        expect(core).toContain('<cp:keywords>uppföljning, styrmodell, måluppfyllelse</cp:keywords>');
        expect(core).toContain('<dc:description>Uppföljning av styrmodellen Testkommuns styrmodell</dc:description>');
        expect(core).toContain('<cp:lastModifiedBy>Testby kommun (1881)</cp:lastModifiedBy>');
        const anonymous = await render(fixtureInput({ municipality: undefined }));
        expect(anonymous.files['docProps/core.xml']).toContain('<dc:creator>Testkommuns styrmodell</dc:creator>');
        expect(anonymous.files['docProps/core.xml']).toContain(
            '<cp:lastModifiedBy>Testkommuns styrmodell</cp:lastModifiedBy>'
        );
        expect(anonymous.files['word/header1.xml']).toContain('<w:t xml:space="preserve">Testkommuns styrmodell</w:t>');
    });

    it('sets Arial in Swedish, the heading styles and the margins', async () => {
        const doc = await render(fixtureInput());
        const styles = doc.files['word/styles.xml']!;
        expect(styles).toContain(
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>'
        );
        const style = (id: string) =>
            new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0];
        const arial = '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>';
        expect(style('Title')).toContain(
            `<w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr>${arial}<w:b/><w:bCs/><w:color w:val="1F2328"/><w:sz w:val="40"/>`
        );
        expect(style('Heading1')).toContain(
            `<w:pPr><w:spacing w:after="120" w:before="360"/></w:pPr><w:rPr>${arial}<w:b/><w:bCs/><w:color w:val="1F2328"/><w:sz w:val="30"/>`
        );
        expect(style('Heading2')).toContain(
            `<w:pPr><w:spacing w:after="100" w:before="280"/></w:pPr><w:rPr>${arial}<w:b/><w:bCs/><w:color w:val="1F2328"/><w:sz w:val="26"/>`
        );
        expect(style('Heading3')).toContain(
            `<w:pPr><w:spacing w:after="80" w:before="240"/></w:pPr><w:rPr>${arial}<w:b/><w:bCs/><w:color w:val="1F2328"/><w:sz w:val="23"/>`
        );
        expect(style('Heading4')).toContain(
            `<w:pPr><w:spacing w:after="60" w:before="200"/></w:pPr><w:rPr>${arial}<w:b/><w:bCs/><w:color w:val="1F2328"/><w:sz w:val="21"/>`
        );
        expect(style('Heading5')).toContain(
            `<w:pPr><w:spacing w:after="60" w:before="160"/></w:pPr><w:rPr>${arial}<w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val="1F2328"/><w:sz w:val="20"/>`
        );
        expect(doc.files['word/document.xml']).toContain(
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"'
        );
    });

    it('has the municipality right-aligned in the header and the title with the page number in the footer', async () => {
        const doc = await render(richInput());
        const small = '<w:rPr><w:color w:val="59636E"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>';
        expect(doc.files['word/header1.xml']).toContain(
            `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r>${small}<w:t xml:space="preserve">Testby kommun (1881)</w:t></w:r></w:p>`
        );
        const footer = doc.files['word/footer1.xml']!;
        expect(footer).toContain(
            `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r>${small}<w:t xml:space="preserve">Uppföljning 2019: Testkommuns styrmodell · sida </w:t></w:r>`
        );
        expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
        expect(footer).toContain(`<w:r>${small}<w:t xml:space="preserve"> av </w:t></w:r>`);
        expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
    });
});
