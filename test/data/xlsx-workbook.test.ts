import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, sharedStrings, workbookPart } from '../../src/data/xlsx-workbook.js';
import { ZipArchive } from '../../src/data/zip-archive.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function archive(parts: Record<string, string>): ZipArchive {
    return new ZipArchive(
        zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])))
    );
}

/** A relationships part; each relation as [Id, Type suffix, Target], undefined leaving the attribute out. */
function rels(...relations: [string | undefined, string | undefined, string | undefined][]): string {
    const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value}"`);
    return (
        '<?xml version="1.0"?><Relationships xmlns="urn:rels">' +
        relations
            .map(
                ([id, type, target]) =>
                    `<Relationship${attr('Id', id)}${attr('Type', type && `${REL}/${type}`)}${attr('Target', target)}/>`
            )
            .join('') +
        '</Relationships>'
    );
}

function workbook(...sheets: string[]): string {
    return `<workbook xmlns:r="${REL}"><sheets>${sheets.join('')}</sheets></workbook>`;
}

describe('workbookPart', () => {
    it.each<[string, Record<string, string>, string | undefined]>([
        [
            'the officeDocument relation',
            { '_rels/.rels': rels(['rId1', 'officeDocument', 'book/main.xml']), 'book/main.xml': '' },
            'book/main.xml'
        ],
        [
            'an absolute target',
            { '_rels/.rels': rels(['rId1', 'officeDocument', '/book/main.xml']), 'book/main.xml': '' },
            'book/main.xml'
        ],
        [
            'a target with . and ..',
            { '_rels/.rels': rels(['rId1', 'officeDocument', './x/../book//main.xml']), 'book/main.xml': '' },
            'book/main.xml'
        ],
        [
            'the officeDocument relation after others',
            {
                '_rels/.rels': rels(
                    ['rId1', 'metadata/core-properties', 'docProps/core.xml'],
                    ['rId2', undefined, 'docProps/app.xml'],
                    ['rId3', 'officeDocument', 'book/main.xml']
                ),
                'docProps/core.xml': '',
                'docProps/app.xml': '',
                'book/main.xml': ''
            },
            'book/main.xml'
        ],
        [
            'the usual path when the target is missing',
            { '_rels/.rels': rels(['rId1', 'officeDocument', 'book/main.xml']), 'xl/workbook.xml': '' },
            'xl/workbook.xml'
        ],
        [
            'the usual path when the relation has no target',
            { '_rels/.rels': rels(['rId1', 'officeDocument', undefined]), 'xl/workbook.xml': '' },
            'xl/workbook.xml'
        ],
        ['the usual path without relations', { 'xl/workbook.xml': '' }, 'xl/workbook.xml'],
        [
            'nothing in another zip',
            { '_rels/.rels': rels(['rId1', 'officeDocument', 'book/main.xml']), 'readme.txt': '' },
            undefined
        ],
        ['nothing in an empty zip', {}, undefined]
    ])('finds %s', (_name, parts, part) => {
        expect(workbookPart(archive(parts))).toBe(part);
    });
});

describe('openWorkbook', () => {
    it('follows the sheet relations, relative to the workbook folder, in the order the workbook lists its sheets', () => {
        const book = archive({
            'wb/main.xml': workbook(
                '<sheet name="Andra" sheetId="2" r:id="rId2"/>',
                '<sheet name="Första" sheetId="1" r:id="rId1"/>',
                '<sheet name="Absolut" sheetId="3" r:id="rId3"/>'
            ),
            'wb/_rels/main.xml.rels': rels(
                ['rId1', 'worksheet', 'sheets/one.xml'],
                ['rId2', 'worksheet', '../top.xml'],
                ['rId3', 'worksheet', '/abs/three.xml'],
                ['rId9', 'sharedStrings', 'texts.xml']
            ),
            'wb/sheets/one.xml': '',
            'top.xml': '',
            'abs/three.xml': '',
            'wb/texts.xml': '<sst><si><t>a</t></si></sst>',
            'wb/sharedStrings.xml': '<sst><si><t>fel</t></si></sst>'
        });
        const opened = openWorkbook(book, 'wb/main.xml');
        expect(opened.sheets).toEqual([
            { name: 'Andra', part: 'top.xml' },
            { name: 'Första', part: 'wb/sheets/one.xml' },
            { name: 'Absolut', part: 'abs/three.xml' }
        ]);
        expect(opened.sharedStringsPart).toBe('wb/texts.xml');
        expect(sharedStrings(opened)).toEqual(['a']);
    });

    it('falls back to the usual paths and names without relations', () => {
        const book = archive({
            'wb/main.xml': workbook(
                '<sheet sheetId="1"/>',
                '<sheet name="B" sheetId="2"/>',
                '<sheet name="Diagram" sheetId="3"/>'
            ),
            'wb/worksheets/sheet1.xml': '',
            'wb/worksheets/sheet2.xml': '',
            'wb/sharedStrings.xml': '<sst><si><t>x</t></si><si><r><t>y</t></r><r><t>z</t></r></si></sst>'
        });
        const opened = openWorkbook(book, 'wb/main.xml');
        expect(opened.sheets).toEqual([
            { name: 'Blad1', part: 'wb/worksheets/sheet1.xml' },
            { name: 'B', part: 'wb/worksheets/sheet2.xml' },
            { name: 'Diagram', part: '' }
        ]);
        expect(opened.sharedStringsPart).toBe('wb/sharedStrings.xml');
        expect(sharedStrings(opened)).toEqual(['x', 'yz']);
    });

    it('falls back per sheet when a relation is missing, has no id or points at nothing', () => {
        const book = archive({
            'xl/workbook.xml': workbook(
                '<sheet name="A" sheetId="1" r:id="rId1"/>',
                '<sheet name="B" sheetId="2" r:id="rId404"/>',
                '<sheet name="C" sheetId="3" r:id="rId3"/>',
                '<sheet name="D" sheetId="4"/>',
                '<sheet name="Diagram" sheetId="5" r:id="rId5"/>'
            ),
            'xl/_rels/workbook.xml.rels': rels(
                ['rId1', 'worksheet', 'worksheets/data.xml'],
                [undefined, 'worksheet', 'worksheets/sheet2.xml'],
                ['rId3', 'worksheet', 'worksheets/missing.xml'],
                ['rId5', 'chartsheet', 'chartsheets/sheet1.xml']
            ),
            'xl/worksheets/data.xml': '',
            'xl/worksheets/sheet2.xml': '',
            'xl/worksheets/sheet3.xml': '',
            'xl/worksheets/sheet4.xml': '',
            'xl/chartsheets/sheet1.xml': '<chartsheet/>'
        });
        const opened = openWorkbook(book, 'xl/workbook.xml');
        expect(opened.sheets).toEqual([
            { name: 'A', part: 'xl/worksheets/data.xml' },
            { name: 'B', part: 'xl/worksheets/sheet2.xml' },
            { name: 'C', part: 'xl/worksheets/sheet3.xml' },
            { name: 'D', part: 'xl/worksheets/sheet4.xml' },
            { name: 'Diagram', part: 'xl/chartsheets/sheet1.xml' }
        ]);
        expect(opened.sharedStringsPart).toBeUndefined();
        expect(sharedStrings(opened)).toEqual([]);
    });

    it('reads the usual shared strings part when the relations name none', () => {
        const book = archive({
            'xl/workbook.xml': workbook('<sheet name="A" sheetId="1" r:id="rId1"/>'),
            'xl/_rels/workbook.xml.rels': rels(
                ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
                ['rId2', 'styles', 'styles.xml']
            ),
            'xl/worksheets/sheet1.xml': '',
            'xl/styles.xml': '',
            'xl/sharedStrings.xml': '<sst><si><t>s</t></si></sst>'
        });
        const opened = openWorkbook(book, 'xl/workbook.xml');
        expect(opened.sharedStringsPart).toBe('xl/sharedStrings.xml');
        expect(sharedStrings(opened)).toEqual(['s']);
    });

    it('reads no shared strings from a related part that is missing', () => {
        const book = archive({
            'xl/workbook.xml': workbook('<sheet name="A" sheetId="1"/>'),
            'xl/_rels/workbook.xml.rels': rels(['rId2', 'sharedStrings', 'strings.xml']),
            'xl/worksheets/sheet1.xml': ''
        });
        const opened = openWorkbook(book, 'xl/workbook.xml');
        expect(opened.sharedStringsPart).toBe('xl/strings.xml');
        expect(sharedStrings(opened)).toEqual([]);
    });

    it('reads a workbook at the archive root', () => {
        const book = archive({
            'main.xml': workbook('<sheet name="A" sheetId="1" r:id="rId1"/>'),
            '_rels/main.xml.rels': rels(['rId1', 'worksheet', 'a.xml']),
            'a.xml': ''
        });
        expect(openWorkbook(book, 'main.xml').sheets).toEqual([{ name: 'A', part: 'a.xml' }]);
    });
});
