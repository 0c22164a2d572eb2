import { strToU8, zipSync } from 'fflate';

/**
 * Builds `.xlsx` workbooks for the reader's tests, part by part as Excel lays them out, so each test controls
 * exactly how a cell is stored: a number as `<v>`, text as a shared or inline string, a boolean, a formula
 * with its cached value, an error. Independent of the project's own workbook writer.
 */

export type FixtureCell =
    | number
    | string
    | null
    | { inline: string }
    | { bool: boolean }
    | { formula: string; value: number }
    | { error: string }
    /** A number stored as its `<v>` text exactly as given, e.g. `1.2E-3`, with a display format applied. */
    | { stored: string };

export interface FixtureSheet {
    name: string;
    rows: FixtureCell[][];
    /** Raw XML replacing the generated worksheet part (broken XML, tricks). */
    xml?: string;
    /** First row number (1 by default): rows above are left out of the XML. */
    firstRow?: number;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnName(index: number): string {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
        name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    }
    return name;
}

export function buildWorkbook(sheets: FixtureSheet[], extra: Record<string, string> = {}): Uint8Array {
    const strings: string[] = [];
    const stringIndex = new Map<string, number>();
    const shared = (text: string): number => {
        let index = stringIndex.get(text);
        if (index === undefined) {
            index = strings.length;
            strings.push(text);
            stringIndex.set(text, index);
        }
        return index;
    };
    const files: Record<string, Uint8Array> = {};
    sheets.forEach((sheet, s) => {
        const first = sheet.firstRow ?? 1;
        const rows = sheet.rows
            .map((cells, r) => {
                const ref = (c: number) => `${columnName(c)}${r + first}`;
                const xml = cells
                    .map((cell, c) => {
                        if (cell === null) return '';
                        if (typeof cell === 'number') return `<c r="${ref(c)}"><v>${cell}</v></c>`;
                        if (typeof cell === 'string') return `<c r="${ref(c)}" t="s"><v>${shared(cell)}</v></c>`;
                        if ('inline' in cell)
                            return `<c r="${ref(c)}" t="inlineStr"><is><t xml:space="preserve">${escape(cell.inline)}</t></is></c>`;
                        if ('bool' in cell) return `<c r="${ref(c)}" t="b"><v>${cell.bool ? 1 : 0}</v></c>`;
                        if ('formula' in cell)
                            return `<c r="${ref(c)}"><f>${escape(cell.formula)}</f><v>${cell.value}</v></c>`;
                        if ('error' in cell) return `<c r="${ref(c)}" t="e"><v>${escape(cell.error)}</v></c>`;
                        return `<c r="${ref(c)}" s="1"><v>${cell.stored}</v></c>`;
                    })
                    .join('');
                return `<row r="${r + first}">${xml}</row>`;
            })
            .join('');
        files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(
            sheet.xml ??
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
                    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
                    `<sheetData>${rows}</sheetData></worksheet>`
        );
    });
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    files['[Content_Types].xml'] = strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    );
    files['_rels/.rels'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    );
    files['xl/workbook.xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>` +
            sheets
                .map((sheet, s) => `<sheet name="${escape(sheet.name)}" sheetId="${s + 1}" r:id="rId${s + 1}"/>`)
                .join('') +
            '</sheets></workbook>'
    );
    files['xl/_rels/workbook.xml.rels'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            sheets
                .map(
                    (_, s) =>
                        `<Relationship Id="rId${s + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`
                )
                .join('') +
            `<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
    );
    files['xl/sharedStrings.xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
            strings.map(text => `<si><t xml:space="preserve">${escape(text)}</t></si>`).join('') +
            '</sst>'
    );
    for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
    return zipSync(files);
}
