/**
 * The Word report's building blocks (docx/parts.ts), its measure visuals (docx/measure-visuals.ts) and the
 * rasteriser (docx/chart-image.ts), each packed in a one-section document and read back as WordprocessingML.
 */
import { Document, type FileChild, Packer } from 'docx';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadRasteriser } from '../../src/render/docx/chart-image.js';
import { standingParagraphs, trendChartImage } from '../../src/render/docx/measure-visuals.js';
import { cell, labelled, paragraph, statusRuns, statusTint, table, textRuns } from '../../src/render/docx/parts.js';
import { buildReportTree, type MeasureNode, type ReportTree } from '../../src/render/report-model.js';
import { fixtureInput } from './fixture.js';

const NBSP = '\u00a0';

/** The files of a document holding `children`. */
async function packed(children: FileChild[]): Promise<Record<string, Uint8Array>> {
    return unzipSync(new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))));
}

/** The body of a document holding `children`, without the section properties. */
async function bodyXml(children: FileChild[]): Promise<string> {
    const xml = strFromU8((await packed(children))['word/document.xml']!);
    return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr>'));
}

const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
const MARGINS =
    '<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="80"/></w:tcMar>';

function measureNode(tree: ReportTree, id: string): MeasureNode {
    const view = tree.input.view.goals.flatMap(g => g.measures).find(m => m.id === id)!;
    const result = tree.result.measures.find(m => m.id === id)!;
    return { kind: 'measure', key: `m:${id}`, view, result };
}

describe('text and status runs', () => {
    it('keep the lines of a text as runs with breaks, in the style asked for', async () => {
        expect(await bodyXml([paragraph(textRuns('a\nb', { italics: true, color: '123456', size: 22 }))])).toBe(
            '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>' +
                '<w:r><w:rPr><w:i/><w:iCs/><w:color w:val="123456"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr><w:t xml:space="preserve">a</w:t></w:r>' +
                '<w:r><w:rPr><w:i/><w:iCs/><w:color w:val="123456"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr><w:br/><w:t xml:space="preserve">b</w:t></w:r></w:p>'
        );
    });

    it('draw a status as a dot in its colour and its word in bold, bedömd only when assessed', async () => {
        expect(await bodyXml([paragraph(statusRuns('hel'))])).toBe(
            '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:color w:val="1A7F37"/></w:rPr><w:t xml:space="preserve">●</w:t></w:r>' +
                `<w:r>${BOLD}<w:t xml:space="preserve"> hel</w:t></w:r></w:p>`
        );
        const assessed = await bodyXml([paragraph(statusRuns('delvis', true))]);
        expect(assessed).toContain('<w:color w:val="B58800"/>');
        expect(assessed).toContain(`<w:r>${BOLD}<w:t xml:space="preserve"> delvis (bedömd)</w:t></w:r>`);
        expect(await bodyXml([paragraph(statusRuns('ingen'))])).toContain('<w:color w:val="CF222E"/>');
        expect(await bodyXml([paragraph(statusRuns('saknas'))])).toContain('<w:color w:val="6E7781"/>');
    });

    it('tint a table cell lightly in the status colour', () => {
        expect((['uppfyllt', 'halv', 'ej_uppfyllt', 'ej_bedomd'] as const).map(statusTint)).toEqual([
            'E3F2E6',
            'FFF3CC',
            'FBE1E2',
            'ECEEF1'
        ]);
    });

    it('label a line in bold, keeping it with the next only when asked', async () => {
        expect(await bodyXml([labelled('Källa', textRuns('data.csv'))])).toBe(
            `<w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="80"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">Källa: </w:t></w:r><w:r><w:t xml:space="preserve">data.csv</w:t></w:r></w:p>`
        );
        expect(await bodyXml([labelled('Källa', textRuns('x'), true)])).toMatch(
            /^<w:p><w:pPr><w:keepNext\/><w:spacing w:after="80"\/><\/w:pPr>/
        );
        expect(await bodyXml([paragraph([], { spacing: { after: 5 } })])).toBe(
            '<w:p><w:pPr><w:spacing w:after="5"/></w:pPr></w:p>'
        );
    });
});

describe('a table', () => {
    it('has a bold shaded header row repeated on each page, rows that do not split, cells with margins', async () => {
        const xml = await bodyXml([
            table(['H1', 'H2'], [[cell('x', { bold: true, fill: 'ABCDEF', align: 'right' }), cell('y')]], [60, 40])
        ]);
        expect(xml).toContain('<w:tblW w:type="pct" w:w="5000"/>');
        const rows = xml.split('<w:tr>').slice(1);
        expect(rows).toHaveLength(2);
        expect(rows[0]).toBe(
            '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
                `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="3000"/><w:shd w:fill="EEF1F4" w:color="auto" w:val="clear"/>${MARGINS}</w:tcPr>` +
                `<w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">H1</w:t></w:r></w:p></w:tc>` +
                `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="2000"/><w:shd w:fill="EEF1F4" w:color="auto" w:val="clear"/>${MARGINS}</w:tcPr>` +
                `<w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">H2</w:t></w:r></w:p></w:tc></w:tr>`
        );
        expect(rows[1]).toBe(
            '<w:trPr><w:cantSplit/></w:trPr>' +
                `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="3000"/><w:shd w:fill="ABCDEF" w:color="auto" w:val="clear"/>${MARGINS}</w:tcPr>` +
                `<w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">x</w:t></w:r></w:p></w:tc>` +
                `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="2000"/>${MARGINS}</w:tcPr>` +
                '<w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">y</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        );
    });

    it('kept together, keeps every row but the last with the next; a cell may span columns; no widths without them', async () => {
        const xml = await bodyXml([table(['H'], [[cell('a')], [cell('b')], [cell([], { span: 2 })]], undefined, true)]);
        const keeps = [...xml.matchAll(/<w:keepNext( w:val="false")?\/>/g)].map(m => (m[1] ? 'no' : 'keep'));
        expect(keeps).toEqual(['keep', 'keep', 'keep', 'no']);
        expect(xml).toContain('<w:gridSpan w:val="2"/>');
        expect(xml).not.toContain('<w:tcW');
    });

    it('takes a cell of text as bold runs when asked, or the runs it is given', async () => {
        expect(cell('a\nb', { bold: true }).children).toHaveLength(2);
        expect(cell('x', { align: 'right' })).toMatchObject({ align: 'right' });
        const xml = await bodyXml([table(['H'], [[cell('fet', { bold: true })], [cell(statusRuns('hel'))]])]);
        expect(xml).toContain(`<w:r>${BOLD}<w:t xml:space="preserve">fet</w:t></w:r>`);
        expect(xml).toContain('<w:color w:val="1A7F37"/>');
    });
});

describe('how we stand among the others', () => {
    it('is a bold lead kept with the sentences, the sentences indented, and a table with places', async () => {
        const tree = buildReportTree(fixtureInput())!;
        const xml = await bodyXml(standingParagraphs(measureNode(tree, 'Behöriga')));
        const paragraphs = xml.split('<w:tbl>')[0]!;
        expect(paragraphs).toMatch(
            new RegExp(
                `^<w:p><w:pPr><w:keepNext/><w:spacing w:after="0"/></w:pPr><w:r>${BOLD}<w:t xml:space="preserve">Jämförelse med andra kommuner 2019:</w:t></w:r></w:p>` +
                    '<w:p><w:pPr><w:keepNext/><w:spacing w:after="0"/><w:ind w:left="360"/></w:pPr><w:r><w:t xml:space="preserve">Kumla kommun \\(1881\\) har 90,5'
            )
        );
        expect(paragraphs).toContain(
            '<w:p><w:pPr><w:keepNext/><w:spacing w:after="0"/><w:ind w:left="360"/></w:pPr><w:r><w:t xml:space="preserve">Plats 11 av 31, där plats 1 är bäst (högst värde).</w:t></w:r></w:p>'
        );
        expect(paragraphs).toMatch(/<w:p><w:pPr><w:keepNext\/><w:spacing w:after="40"\/><\/w:pPr><\/w:p>$/);
        expect(xml).toMatch(/<\/w:tbl><w:p><w:pPr><w:spacing w:after="60"\/><\/w:pPr><\/w:p>$/);
        expect(xml).toContain('<w:gridCol w:w="5416"/>');
        const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(m => m[1]!);
        const texts = cells.map(c =>
            [...c.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map(t => t[1]).join('')
        );
        expect(texts.slice(0, 9)).toEqual([
            'Kommun',
            'Värde',
            'Plats',
            'Kumla kommun (1881) (vår kommun)',
            `90,5${NBSP}%`,
            '11 av 31',
            'Median',
            `86,0${NBSP}%`,
            '–'
        ]);
        expect(cells[0]).toContain('<w:tcW w:type="pct" w:w="3000"/>');
        expect(cells[1]).toContain('<w:tcW w:type="pct" w:w="1000"/>');
        // The own municipality in bold, its value and place right-aligned; the median plain.
        expect(cells[3]).toContain(BOLD);
        expect(cells[4]).toContain('<w:jc w:val="right"/>');
        expect(cells[4]).toContain(BOLD);
        expect(cells[5]).toContain(BOLD);
        expect(cells[6]).not.toContain('<w:b/>');
        expect(cells[7]).toContain('<w:jc w:val="right"/>');
        expect(cells[8]).toContain('<w:jc w:val="right"/>');
    });

    it('is nothing without a comparison', () => {
        const tree = buildReportTree(fixtureInput())!;
        expect(standingParagraphs(measureNode(tree, 'Betyg'))).toEqual([]);
    });

    it('has no place column when no row has a place', async () => {
        const tree = buildReportTree(fixtureInput())!;
        const node = measureNode(tree, 'Behöriga');
        const standing = { ...node.result.standing!, rank: undefined, direction: undefined };
        const xml = await bodyXml(standingParagraphs({ ...node, result: { ...node.result, standing } as never }));
        const header = /<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>([\s\S]*?)<\/w:tr>/.exec(xml)?.[1] ?? '';
        const titles = [...header.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map(m => m[1]);
        expect(titles).toEqual(['Kommun', 'Värde']);
        expect(xml).toContain('<w:tcW w:type="pct" w:w="3500"/>');
        expect(xml).toContain('<w:tcW w:type="pct" w:w="1500"/>');
    });
});

describe('the trend chart as an image', () => {
    it('is a PNG 560 pixels wide with the chart’s title and numbers as alternative text, kept apart from the next', async () => {
        const tree = buildReportTree(fixtureInput())!;
        const node = measureNode(tree, 'Resultat');
        const calls: Array<[string, number]> = [];
        const png = new Uint8Array([137, 80, 78, 71]);
        const children = trendChartImage(tree, node, (svg, scale) => {
            calls.push([svg, scale]);
            return png;
        });
        expect(children).toHaveLength(1);
        expect(calls).toHaveLength(1);
        expect(calls[0]![1]).toBe(2);
        const height = Number(/height="(\d+)"/.exec(calls[0]![0])![1]);
        expect(calls[0]![0]).toContain('width="560"');
        const files = await packed(children);
        expect(Object.keys(files).filter(f => f.startsWith('word/media/'))).toEqual([
            expect.stringMatching(/^word\/media\/[^/]+\.png$/)
        ]);
        const xml = strFromU8(files['word/document.xml']!);
        expect(xml).toContain(
            '<w:body><w:p><w:pPr><w:keepNext w:val="false"/><w:spacing w:after="120" w:before="60"/></w:pPr><w:r><w:drawing>'
        );
        expect(xml).toContain(`<wp:extent cx="${560 * 9525}" cy="${height * 9525}"/>`);
        expect(xml).toContain('name="Diagram: Resultat i förhållande till skatteintäkter"');
        expect(xml).toContain('title="Resultat i förhållande till skatteintäkter år för år"');
        expect(xml).toMatch(
            /descr="Diagram, Resultat i förhållande till skatteintäkter år för år\. 2018: 2,1[^"]*2019: 1,4[^"]*"/
        );
    });

    it('is nothing without a rasteriser or without a value', () => {
        const tree = buildReportTree(fixtureInput())!;
        expect(trendChartImage(tree, measureNode(tree, 'Resultat'), undefined)).toEqual([]);
        let called = false;
        const none = trendChartImage(tree, measureNode(tree, 'Saknad'), () => {
            called = true;
            return new Uint8Array();
        });
        expect(none).toEqual([]);
        expect(called).toBe(false);
    });
});

describe('the rasteriser', () => {
    /** The PNG's size and whether any pixel is drawn (not fully transparent). */
    function picture(png: Uint8Array): { width: number; height: number; drawn: boolean } {
        const view = new DataView(png.buffer, png.byteOffset);
        const width = view.getUint32(16);
        const height = view.getUint32(20);
        const chunks: Uint8Array[] = [];
        for (let at = 8; at < png.length; ) {
            const length = view.getUint32(at);
            const type = strFromU8(png.subarray(at + 4, at + 8));
            if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
            at += 12 + length;
        }
        const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let offset = 0;
        for (const c of chunks) {
            joined.set(c, offset);
            offset += c.length;
        }
        const raw = unzlibSync(joined);
        // RGBA rows, each after a filter byte: a drawn pixel has a non-zero alpha (filters keep zero as zero here).
        let drawn = false;
        const stride = width * 4 + 1;
        for (let y = 0; y < height && !drawn; y++) {
            for (let x = 0; x < width; x++) {
                if (raw[y * stride + 1 + x * 4 + 3] !== 0) {
                    drawn = true;
                    break;
                }
            }
        }
        return { width, height, drawn };
    }

    it('draws text with the system’s fonts, at the scale asked for', async () => {
        const rasterise = await loadRasteriser();
        if (!rasterise) return;
        const png = rasterise(
            '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><text x="2" y="15" font-family="DejaVu Sans, Liberation Sans, Arial" font-size="14" fill="#000">Hej</text></svg>',
            3
        );
        expect(picture(png)).toEqual({ width: 180, height: 60, drawn: true });
        const empty = rasterise('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>', 1);
        expect(picture(empty)).toEqual({ width: 10, height: 10, drawn: false });
    });
});
