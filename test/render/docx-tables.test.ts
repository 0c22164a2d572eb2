/**
 * The Word report's tables cell by cell (shading, bold, alignment, the cells a row has), the lines a section
 * leaves out when it has nothing to say, and where its paths are relative to. Each test renders its own document.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { computeYears } from '../../src/fulfilment/compute.js';
import type { ModelView } from '../../src/model/model-view.js';
import { renderDocxReport } from '../../src/render/docx/report-docx.js';
import type { RenderInput } from '../../src/render/render-input.js';
import { goal, loc, measure, memoryData, model, points } from '../fulfilment/helpers.js';
import { readDocx } from '../support/docx-xml.js';
import { fixtureInput, fixtureModel, ROWS } from './fixture.js';
import { richInput } from './site/site-fixture.js';

const NBSP = '\u00a0';

interface TableCell {
    text: string;
    fill?: string;
    bold: boolean;
    right: boolean;
}

async function documentXml(input: RenderInput, options: Parameters<typeof renderDocxReport>[1] = {}) {
    const bytes = await renderDocxReport(input, options);
    const files = unzipSync(bytes);
    return { xml: strFromU8(files['word/document.xml']!), doc: readDocx(bytes), files: Object.keys(files) };
}

/** Every table of the document as rows of cells with their shading, weight and alignment. */
function tables(xml: string): TableCell[][][] {
    return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(table =>
        [...table[1]!.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(row =>
            [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(cell => {
                const content = cell[1]!;
                const runs = [...content.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(r => r[1]!);
                const text = runs.map(r => /<w:t xml:space="preserve">([^<]*)<\/w:t>/.exec(r)?.[1] ?? '').join('');
                const fill = /<w:shd w:fill="([0-9A-F]{6})"/.exec(content)?.[1];
                const made: TableCell = {
                    text,
                    bold: runs.length > 0 && runs.every(r => /<w:b\/>/.test(r) || r.includes('<w:color ')),
                    right: content.includes('<w:jc w:val="right"/>')
                };
                if (fill) made.fill = fill;
                return made;
            })
        )
    );
}

function view(overrides: Partial<ModelView>): RenderInput {
    const made = fixtureModel(overrides);
    return { view: made, results: computeYears(made, memoryData(ROWS), [2018, 2019]), year: 2019 };
}

describe('the summary table', () => {
    it('shades an inriktning’s row, tints each status, sets the fulfilment right, an inriktning’s in bold', async () => {
        const { xml } = await documentXml(richInput());
        const [header, area, kf] = tables(xml)[0]!;
        expect(header!.map(c => c.fill)).toEqual(['EEF1F4', 'EEF1F4', 'EEF1F4', 'EEF1F4']);
        expect(area).toEqual([
            { text: 'Inriktning: Trygghet och lärande', fill: 'F6F8FA', bold: true, right: false },
            { text: '● delvis', fill: 'FFF3CC', bold: true, right: false },
            { text: `66${NBSP}%`, fill: 'F6F8FA', bold: true, right: true },
            { text: '↑ bättre än 2018', fill: 'F6F8FA', bold: false, right: false }
        ]);
        expect(kf).toEqual([
            { text: 'Trygg uppväxt', bold: false, right: false },
            { text: '● delvis', fill: 'FFF3CC', bold: true, right: false },
            { text: `66${NBSP}%`, bold: false, right: true },
            { text: '↑ bättre än 2018', bold: false, right: false }
        ]);
    });

    it('has three cells a row without a year to compare with', async () => {
        const made = fixtureModel();
        const oneYear = { view: made, results: computeYears(made, memoryData(ROWS), [2019]), year: 2019 };
        const { xml } = await documentXml(oneYear);
        const summary = tables(xml)[0]!;
        expect(summary.map(row => row.length)).toEqual([3, 3, 3, 3, 3]);
    });

    it('is left out, with the count of KF goals, when the model has no KF goal', async () => {
        const input = view({
            areas: [],
            goals: fixtureModel().goals.map(g => ({
                ...g,
                area: undefined,
                level: 'nämnd' as const,
                contributesTo: []
            }))
        });
        const { xml, doc } = await documentXml(input);
        expect(tables(xml).some(t => t[0]?.[0]?.text === 'Inriktning och fullmäktiges mål')).toBe(false);
        const texts = doc.paragraphs.filter(p => !p.inTable).map(p => p.text);
        expect(texts.some(t => t.startsWith('Fullmäktiges mål:'))).toBe(false);
        expect(texts).toContain('Nämndmål: 1 ● uppfyllt, 1 ● delvis, 1 ● ej uppfyllt, 1 ● saknas');
    });
});

describe('a measure’s history table', () => {
    it('has a target row with a dash in a year without one, the label bold, the numbers right', async () => {
        const input = view({
            goals: [
                goal('G', { title: 'Målet', level: 'fullmäktige', area: 'Trygghet' }, [
                    measure('M', {
                        title: 'Måttet',
                        actual: points({ 2018: 40, 2019: 60 }, 3),
                        target: points({ 2019: 50 }, 5),
                        full: 'skillnad mot målvärde >= 0'
                    })
                ])
            ]
        });
        const { xml } = await documentXml(input);
        const history = tables(xml).find(t => t[0]?.[0]?.text === 'År')!;
        expect(history.map(r => r.map(c => c.text))).toEqual([
            ['År', '2018', '2019'],
            ['Värde', '40', '60'],
            ['Målvärde', '–', '50'],
            ['Status', '● saknas', '● hel']
        ]);
        expect(history[2]![0]).toMatchObject({ bold: true, right: false });
        expect(history[2]![1]).toMatchObject({ bold: false, right: true });
        expect(history[2]![2]).toMatchObject({ bold: false, right: true });
        expect(history[3]![2]!.fill).toBe('E3F2E6');
    });
});

describe('the standing table', () => {
    it('is kept on one page, each row with the next', async () => {
        const { xml } = await documentXml(fixtureInput());
        const standing = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
            .map(m => m[0])
            .find(t => t.includes('>Kommun<'))!;
        const keeps = [...standing.matchAll(/<w:keepNext( w:val="false")?\/>/g)].map(m => (m[1] ? 'no' : 'keep'));
        expect(keeps.slice(-3)).toEqual(['no', 'no', 'no']);
        expect(keeps.slice(0, -3).every(k => k === 'keep')).toBe(true);
        // Header, own municipality, median, highest and lowest: five rows of three cells.
        expect(keeps).toHaveLength(15);
    });
});

describe('the standing table without places', () => {
    it('has two cells in every row', async () => {
        const { Document, Packer } = await import('docx');
        const { standingParagraphs } = await import('../../src/render/docx/measure-visuals.js');
        const { buildReportTree } = await import('../../src/render/report-model.js');
        const tree = buildReportTree(fixtureInput())!;
        const node = tree.areas[0]!.goals[0]!.children[0]!.measures.find(m => m.view.id === 'Behöriga')!;
        const standing = { ...node.result.standing!, rank: undefined, direction: undefined };
        const children = standingParagraphs({ ...node, result: { ...node.result, standing } as never });
        const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
        const table = tables(strFromU8(unzipSync(bytes)['word/document.xml']!))[0]!;
        expect(table.map(row => row.length)).toEqual(table.map(() => 2));
        expect(table[1]![0]).toMatchObject({ text: 'Kumla kommun (1881) (vår kommun)', bold: true });
    });
});

describe('the legend', () => {
    it('tints each status cell, joins the grey measure statuses, and sizes its columns', async () => {
        const { xml } = await documentXml(fixtureInput());
        const legend = tables(xml).find(t => t[0]?.[0]?.text === 'Mått' && t[0]?.[1]?.text === 'Mål och vision')!;
        expect(legend.map(r => r.map(c => c.text))).toEqual([
            ['Mått', 'Mål och vision', 'Betydelse'],
            ['● hel', '● uppfyllt', expect.stringMatching(/^Måttet når gränsvärdet för hel/)],
            ['● halv', '● delvis', expect.stringMatching(/^Måttet når gränsvärdet för halv/)],
            ['● ingen', '● ej uppfyllt', expect.stringMatching(/^Måttet når inget gränsvärde/)],
            ['● saknas, ● ej bedömd', '● saknas', expect.stringMatching(/^Värdet saknas/)]
        ]);
        expect(legend.slice(1).map(r => [r[0]!.fill, r[1]!.fill, r[2]!.fill])).toEqual([
            ['E3F2E6', 'E3F2E6', undefined],
            ['FFF3CC', 'FFF3CC', undefined],
            ['FBE1E2', 'FBE1E2', undefined],
            ['ECEEF1', 'ECEEF1', undefined]
        ]);
        const start = xml.indexOf('>Mål och vision<');
        const table = xml.slice(xml.lastIndexOf('<w:tbl>', start), xml.indexOf('</w:tbl>', start));
        expect([...table.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].slice(0, 3).map(m => m[1])).toEqual([
            '1100',
            '1100',
            '2800'
        ]);
    });
});

describe('what a section leaves out', () => {
    it('a goal without a fulfilment shows only its coverage; a goal without assessment no bedömd', async () => {
        const { doc } = await documentXml(fixtureInput({ municipality: undefined }));
        const texts = doc.paragraphs.filter(p => !p.inTable).map(p => p.text);
        const at = texts.indexOf('Fullmäktigemål: Trygg uppväxt');
        expect(texts[at + 1]).toBe('Status: ● saknas · 1 av 5 mått har värde');
        const rich = (await documentXml(richInput())).doc.paragraphs.map(p => p.text);
        const skolan = rich.indexOf('Nämndmål: Fler elever klarar skolan');
        expect(rich[skolan + 1]).toBe(`Status: ● uppfyllt · 100${NBSP}% uppfyllelse · 2 av 3 mått har värde`);
        const behoriga = rich.indexOf('Mått: Behöriga till gymnasiet');
        expect(rich[behoriga + 1]).toMatch(/^Status: ● hel \(bedömd\) · 90,5\u00a0% · Bedömd i uppföljningen\./);
    });

    it('an inriktning with goals says nothing about having none, a model without loose goals no such heading', async () => {
        const { doc } = await documentXml(fixtureInput());
        const texts = doc.paragraphs.filter(p => !p.inTable).map(p => p.text);
        const at = texts.indexOf('Inriktning: Trygghet och lärande');
        expect(texts[at + 1]).toBe('Fullmäktigemål: Trygg uppväxt');
        expect(texts).not.toContain('Inga fullmäktigemål har denna inriktning.');
        expect(texts).not.toContain('Nämndmål som inte bidrar till något fullmäktigemål');
    });

    it('a measure without a comparison has no comparison line; one with two joins them', async () => {
        const input = view({
            goals: [
                ...fixtureModel().goals,
                goal('Två', { title: 'Två jämförelser', owner: 'KS', contributesTo: ['TryggUppväxt'] }, [
                    measure('Dubbel', {
                        title: 'Svar och plats',
                        kpi: 'N4',
                        unit: '%',
                        direction: 'higher',
                        full: 'skillnad mot riket >= 0 och rang <= 1'
                    })
                ])
            ]
        });
        const { doc } = await documentXml(input);
        const texts = doc.paragraphs.filter(p => !p.inTable).map(p => p.text);
        const betyg = texts.indexOf('Mått: Godkända betyg i alla ämnen');
        expect(texts.slice(betyg, betyg + 4).some(t => t.startsWith('Jämförelse'))).toBe(false);
        const dubbel = texts.indexOf('Mått: Svar och plats');
        const line = texts.slice(dubbel).find(t => t.startsWith('Jämförelse: '))!;
        expect(line.split('; ').length).toBeGreaterThanOrEqual(2);
    });

    it('lists the programmes a goal serves, comma separated', async () => {
        const base = fixtureModel();
        const input = view({
            programmes: [
                { id: 'Digital', title: 'Digital först', location: loc(2) },
                { id: 'Gron', title: 'Grön omställning', location: loc(3) }
            ],
            goals: base.goals.map(g => (g.id === 'SnabbService' ? { ...g, programmes: ['Digital', 'Gron'] } : g))
        });
        const { doc } = await documentXml(input);
        expect(doc.paragraphs.map(p => p.text)).toContain('Program: Digital först, Grön omställning');
    });
});

describe('the bold leads', () => {
    it('of the thresholds and the year before are bold', async () => {
        const { xml } = await documentXml(fixtureInput());
        expect(xml).toContain(
            '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Gränsvärden 2019:</w:t></w:r>'
        );
    });
});

describe('the charts and comparisons', () => {
    it('are in the report: a PNG per measure with values and the comparison with the others', async () => {
        const { doc, files } = await documentXml(fixtureInput());
        expect(files.filter(f => f.startsWith('word/media/') && f.endsWith('.png')).length).toBe(5);
        expect(doc.paragraphs.map(p => p.text)).toContain('Jämförelse med andra kommuner 2019:');
    });
});

describe('paths', () => {
    it('are relative to the folder of the model’s first file, or the folder asked for', async () => {
        const input = fixtureInput();
        const elsewhere = { ...input, view: { ...input.view, files: ['/kommun/modell/huvud.styr'] } };
        const texts = (await documentXml(elsewhere)).doc.paragraphs.map(p => p.text);
        expect(texts).toContain('Källa: egen dataserie i ../../models/data.csv');
        const asked = (await documentXml(input, { baseDir: '/' })).doc.paragraphs.map(p => p.text);
        expect(asked).toContain('Källa: egen dataserie i models/data.csv');
    });
});

describe('an owner that the model names', () => {
    it('is named by its title', async () => {
        const made = model({
            title: 'Ägare',
            committees: [{ id: 'KS', title: 'Kommunstyrelsen', location: loc(2) }],
            goals: [goal('A', { title: 'Ett mål', owner: 'KS' })]
        });
        const { doc } = await documentXml(
            { view: made, results: computeYears(made, memoryData([]), [2019]), year: 2019 },
            { owner: 'KS' }
        );
        expect(doc.paragraphs.map(p => p.text)).toContain('Urval: mål som Kommunstyrelsen ansvarar för');
    });
});
