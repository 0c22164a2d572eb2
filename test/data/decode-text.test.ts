import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../src/data/decode-text.js';

describe('decodeText', () => {
    it.each([
        ['UTF-8', [0x6b, 0xc3, 0xb6, 0x6e], 'kön', 'utf-8'],
        ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0xc3, 0xa5, 0x72], 'år', 'utf-8'],
        ['Windows-1252', [0x6b, 0xf6, 0x6e, 0x3b, 0xe5, 0x72, 0x3b, 0x80], 'kön;år;€', 'windows-1252'],
        ['Windows-1252 capitals', [0xc5, 0xc4, 0xd6], 'ÅÄÖ', 'windows-1252'],
        ['UTF-16 LE with BOM', [0xff, 0xfe, 0xe5, 0x00, 0x72, 0x00], 'år', 'utf-16le'],
        ['UTF-16 BE with BOM', [0xfe, 0xff, 0x00, 0xe5, 0x00, 0x72], 'år', 'utf-16be'],
        ['empty', [], '', 'utf-8'],
        ['a BOM before bytes that are no UTF-8', [0xef, 0xbb, 0xbf, 0xe5, 0x72], '\ufffdr', 'utf-8'],
        ['a BOM alone', [0xef, 0xbb, 0xbf], '', 'utf-8'],
        ['almost a BOM (second byte)', [0xef, 0xbc, 0xbf, 0x41], '\uff3fA', 'utf-8'],
        ['almost a BOM (third byte)', [0xef, 0xbb, 0xbe, 0x41], '\ufefeA', 'utf-8'],
        ['almost a BOM (first byte)', [0xee, 0xbb, 0xbf, 0x41], '\ueeffA', 'utf-8'],
        ['BOM bytes out of place', [0x41, 0xbb, 0xbf], 'A»¿', 'windows-1252'],
        ['a last BOM byte out of place', [0x41, 0x42, 0xbf], 'AB¿', 'windows-1252'],
        ['a UTF-16 LE BOM alone', [0xff, 0xfe], '', 'utf-16le'],
        ['a UTF-16 BE BOM alone', [0xfe, 0xff], '', 'utf-16be'],
        ['ÿý, no BOM', [0xff, 0xfd], 'ÿý', 'windows-1252'],
        ['þþ, no BOM', [0xfe, 0xfe], 'þþ', 'windows-1252'],
        ['ÿÿ, no BOM', [0xff, 0xff], 'ÿÿ', 'windows-1252'],
        ['Aþ, no BOM', [0x41, 0xfe], 'Aþ', 'windows-1252'],
        ['Aÿ, no BOM', [0x41, 0xff], 'Aÿ', 'windows-1252']
    ])('%s', (_name, bytes, text, encoding) => {
        expect(decodeText(Uint8Array.from(bytes))).toEqual({ text, encoding });
    });
});

describe('looksBinary', () => {
    it.each([
        ['kommun;år;värde\n0114;2019;1', false],
        ['a\u0000b', true],
        ['PK\u0003\u0004\u0014\u0000\u0006\u0000', true],
        ['\u0001\u0002\u0003\u0004abc', true],
        ['', false]
    ])('%j → %s', (text, expected) => {
        expect(looksBinary(text)).toBe(expected);
    });

    it.each<[string, string, boolean]>([
        ['one NUL in a long text', `${'a'.repeat(100)}\u0000`, true],
        ['replacement characters of a bad decode', 'ab\ufffd\ufffd\ufffd', true],
        ['a form feed', 'a\fb', false],
        ['tabs and line breaks', 'a\tb\r\nc', false],
        ['one control in 50 characters', `${'x'.repeat(49)}\u0001`, false],
        ['one control in 49 characters', `${'x'.repeat(48)}\u0001`, true]
    ])('%s: %s', (_name, text, expected) => {
        expect(looksBinary(text)).toBe(expected);
    });
});
