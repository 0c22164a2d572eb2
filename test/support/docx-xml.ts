/**
 * Reads a .docx back for tests: unzips it (fflate) and turns word/document.xml into paragraphs with their
 * style and text, and tables with their cells' text, so a test can assert structure, not bytes.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface DocxParagraph {
    /** `Heading1`, `Title`, … or undefined for body text. */
    style?: string;
    text: string;
    /** Run colours (hex) with the text of the run that carries each. */
    coloured: Array<{ color: string; text: string }>;
    /** Inside a table cell. */
    inTable: boolean;
}

export interface DocxContent {
    xml: string;
    paragraphs: DocxParagraph[];
    /** Each table as rows of cell texts. */
    tables: string[][][];
    files: string[];
}

export function unescapeXml(text: string): string {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .replace(/&amp;/g, '&');
}

function paragraphText(xml: string): string {
    let text = '';
    for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
        text += match[1] !== undefined ? unescapeXml(match[1]) : match[0] === '<w:br/>' ? '\n' : '\t';
    }
    return text;
}

function parseParagraph(xml: string, inTable: boolean): DocxParagraph {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1];
    const coloured: DocxParagraph['coloured'] = [];
    for (const run of xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
        const color = /<w:color w:val="([0-9A-Fa-f]{6})"\/>/.exec(run[1]!)?.[1];
        if (color) {
            coloured.push({ color, text: paragraphText(run[1]!) });
        }
    }
    const paragraph: DocxParagraph = { text: paragraphText(xml), coloured, inTable };
    if (style) {
        paragraph.style = style;
    }
    return paragraph;
}

export function readDocx(bytes: Uint8Array): DocxContent {
    const entries = unzipSync(bytes);
    const xml = strFromU8(entries['word/document.xml']!);
    const body = xml.slice(xml.indexOf('<w:body>'));
    const paragraphs: DocxParagraph[] = [];
    const tables: string[][][] = [];
    // Tables are not nested in these reports, so a flat scan of <w:tbl> and <w:p> in document order suffices.
    for (const match of body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p\/>/g)) {
        if (match[1] !== undefined) {
            const rows = [...match[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(row =>
                [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(c => paragraphText(c[1]!))
            );
            tables.push(rows);
            for (const p of match[1].matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
                paragraphs.push(parseParagraph(p[1]!, true));
            }
        } else if (match[2] !== undefined) {
            paragraphs.push(parseParagraph(match[2], false));
        }
    }
    return { xml, paragraphs, tables, files: Object.keys(entries) };
}
