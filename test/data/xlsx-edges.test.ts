import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { scanSheet } from '../../src/data/xlsx-sheet.js';
import { openWorkbook } from '../../src/data/xlsx-workbook.js';
import { XmlError } from '../../src/data/xml-text.js';
import { ZipArchive, ZipFormatError } from '../../src/data/zip-archive.js';

const rowsOf = (data: string) => [...scanSheet(`<worksheet><sheetData>${data}</sheetData></worksheet>`, []).rows];

describe('scanSheet: odd but readable tags', () => {
    it.each<[string, string, [number, string[]][]]>([
        [
            'a cell closed by </c> and a tab',
            '<row r="1"><c r="A1" t="str"><f>B1</f><v>x</v></c\t><c r="B1"><v>2</v></c></row>',
            [[1, ['x', '2']]]
        ],
        [
            'a cell closed by </c> and a CR',
            '<row r="1"><c r="A1" t="str"><f>B1</f><v>x</v></c\r><c r="B1"><v>2</v></c></row>',
            [[1, ['x', '2']]]
        ],
        [
            'a prefixed empty cell without attributes',
            '<x:row r="1"><x:c/><x:c><x:v>2</x:v></x:c></x:row>',
            [[1, ['', '2']]]
        ],
        ['a quote that never closes again', '<row r="1"><c r="B1><v>1</v></c></row>', [[1, ['1']]]]
    ])('reads %s', (_name, data, rows) => {
        expect(rowsOf(data)).toEqual(rows);
    });

    it('reports a prefixed cell that never closes', () => {
        expect(() => rowsOf('<x:row r="1"><x:c r="A1" t="str"><x:f>1</x:f></x:cc></x:row>')).toThrow(
            new XmlError('elementet <c> avslutas aldrig')
        );
    });
});

describe('openWorkbook: relations without a type', () => {
    it('skips a relation without Type when looking for the shared strings', () => {
        const parts = {
            'xl/workbook.xml': '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
            'xl/_rels/workbook.xml.rels':
                '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/sharedStrings" Target="strings.xml"/></Relationships>',
            'xl/worksheets/sheet1.xml': '',
            'xl/strings.xml': ''
        };
        const archive = new ZipArchive(
            zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])))
        );
        const opened = openWorkbook(archive, 'xl/workbook.xml');
        expect(opened.sheets).toEqual([{ name: 'A', part: 'xl/worksheets/sheet1.xml' }]);
        expect(opened.sharedStringsPart).toBe('xl/strings.xml');
    });
});

describe('ZipArchive: headers cut off by the end of the file', () => {
    /** A one-entry zip with an archive comment that starts with `signature` and runs 10 bytes. */
    function withSignatureInComment(signature: number[]): { zip: Uint8Array; at: number; central: number } {
        const plain = zipSync({ 'a.txt': strToU8('abc') }, { level: 0 });
        const comment = Uint8Array.from([...signature, 1, 2, 3, 4, 5, 6]);
        const zip = new Uint8Array(plain.length + comment.length);
        zip.set(plain);
        zip.set(comment, plain.length);
        const view = new DataView(zip.buffer);
        view.setUint16(plain.length - 22 + 20, comment.length, true);
        return { zip, at: plain.length, central: view.getUint32(plain.length - 22 + 16, true) };
    }

    it('rejects a local header that the file ends inside', () => {
        const { zip, at, central } = withSignatureInComment([0x50, 0x4b, 0x03, 0x04]);
        new DataView(zip.buffer).setUint32(central + 42, at, true);
        expect(() => new ZipArchive(zip).read('a.txt')).toThrow(new ZipFormatError('delen a.txt är trasig'));
    });

    it('rejects a directory header that the file ends inside', () => {
        const { zip, at } = withSignatureInComment([0x50, 0x4b, 0x01, 0x02]);
        new DataView(zip.buffer).setUint32(zip.length - 10 - 22 + 16, at, true);
        expect(() => new ZipArchive(zip)).toThrow(new ZipFormatError('zip-arkivets innehållsförteckning är trasig'));
    });
});
