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
        ['empty', [], '', 'utf-8']
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
});
