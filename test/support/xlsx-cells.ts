import { scanSheet } from '../../src/data/xlsx-sheet.js';
import { openWorkbook, partText, sharedStrings, workbookPart } from '../../src/data/xlsx-workbook.js';
import { ZipArchive } from '../../src/data/zip-archive.js';

/**
 * Reads a written workbook back for tests: each sheet's rows of cell texts (through the data layer's own `.xlsx`
 * reader, so a number is its stored `<v>`), and per cell whether it is stored as a number and which fill and
 * number format its style gives.
 */
export interface ReadSheet {
    name: string;
    xml: string;
    rows: string[][];
    /** `B2` → how the cell is stored. */
    cell(ref: string): { text: string; number: boolean; fill?: string; format?: string } | undefined;
}

export function readWorkbook(bytes: Uint8Array): { sheets: ReadSheet[]; files: string[] } {
    const archive = new ZipArchive(bytes);
    const workbook = openWorkbook(archive, workbookPart(archive) ?? 'xl/workbook.xml');
    const strings = sharedStrings(workbook);
    const styles = partText(archive, 'xl/styles.xml');
    const formats = new Map(
        [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map(m => [m[1]!, m[2]!] as const)
    );
    const builtIn: Record<string, string> = { '0': 'General', '3': '#,##0', '9': '0%' };
    const fills = [...styles.matchAll(/<fill>([\s\S]*?)<\/fill>/g)].map(m => /fgColor rgb="(\w+)"/.exec(m[1]!)?.[1]);
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf ([^>]*)>/g)].map(
        m => ({
            numFmtId: /numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? '0',
            fillId: Number(/fillId="(\d+)"/.exec(m[1]!)?.[1] ?? 0)
        })
    );
    const sheets = workbook.sheets.map(sheet => {
        const xml = partText(archive, sheet.part);
        const scanned = scanSheet(xml, strings);
        const numbers = [...scanned.rows.keys()].sort((a, b) => a - b);
        const rows = numbers.map(n => scanned.rows.get(n)!);
        return {
            name: sheet.name,
            xml,
            rows,
            cell(ref: string) {
                const match = new RegExp(`<c r="${ref}"([^>]*)>([\\s\\S]*?)</c>`).exec(xml);
                if (!match) return undefined;
                const attributes = match[1]!;
                const style = xfs[Number(/ s="(\d+)"/.exec(attributes)?.[1] ?? 0)]!;
                const number = !/ t="/.test(attributes);
                const text = number
                    ? (/<v>([^<]*)<\/v>/.exec(match[2]!)?.[1] ?? '')
                    : (/<t[^>]*>([^<]*)<\/t>/.exec(match[2]!)?.[1] ?? '');
                return {
                    text,
                    number,
                    fill: fills[style.fillId],
                    format: formats.get(style.numFmtId) ?? builtIn[style.numFmtId]
                };
            }
        };
    });
    return { sheets, files: [...archive.entries.keys()] };
}
