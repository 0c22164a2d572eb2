import { describe, expect, it } from 'vitest';
import { piecesText, SharedText } from '../../src/render/html-pieces.js';

const bytesOf = (pieces: ReturnType<SharedText['replaced']>) =>
    Buffer.concat(pieces.map(piece => (typeof piece === 'string' ? Buffer.from(piece) : piece.bytes())));

describe('SharedText', () => {
    // Parts with one-, two-, three- and four-byte characters and a lone surrogate, so that a byte offset off by
    // one part's difference in UTF-8 length shows.
    const parts = ['<tr>a</tr>', '<tr>å–</tr>', '<tr>▼😀</tr>', '<tr>\ud800x</tr>', '<tr>ö</tr>'];
    const shared = new SharedText(parts);

    it('joined with some parts replaced, says the same as the parts joined with them replaced', () => {
        for (const replacements of [
            new Map<number, string>(),
            new Map([[0, '<tr class="own">ä</tr>']]),
            new Map([
                [4, ''],
                [1, '<tr>—</tr>']
            ]),
            new Map(parts.map((_, i) => [i, `<${i}>`] as [number, string]))
        ]) {
            const expected = parts.map((part, i) => replacements.get(i) ?? part).join('');
            const pieces = shared.replaced(replacements);
            expect(piecesText(pieces)).toBe(expected);
            // The bytes of the shared slices are views of the whole text's bytes, encoded once.
            expect(bytesOf(pieces).equals(Buffer.from(new TextEncoder().encode(expected)))).toBe(true);
        }
    });

    it('holds no empty slice before a replaced first part or after a replaced last part', () => {
        const pieces = shared.replaced(
            new Map([
                [0, 'A'],
                [4, 'E']
            ])
        );
        expect(pieces.map(piece => (typeof piece === 'string' ? piece : piece.text))).toEqual([
            'A',
            '<tr>å–</tr><tr>▼😀</tr><tr>\ud800x</tr>',
            'E'
        ]);
    });

    it.each<[string, string]>([
        ['U+0080 and U+07FF, the two-byte bounds', '\u0080\u07ff'],
        ['U+0800, the first of three bytes', '\u0800'],
        ['the first and last high surrogates in pairs', '\ud800\udc00\udbff\udfff'],
        ['the first and last low surrogates in pairs', '\ud83d\udc00\ud83d\udfff'],
        ['a lone low surrogate after a three-byte character', '€\udc00'],
        ['a high surrogate last, alone', 'a\udbff'],
        ['a high surrogate before a character that is no low surrogate', '\udbffé']
    ])('gives each part its place in the bytes: %s', (_name, text) => {
        const around = new SharedText(['<', text, '>', text]);
        const pieces = around.replaced(new Map([[2, '|']]));
        expect(bytesOf(pieces).equals(Buffer.from(new TextEncoder().encode(`<${text}|${text}`)))).toBe(true);
    });
});
