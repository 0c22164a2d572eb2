import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { looksLikeZip, ZipArchive, ZipFormatError, ZipLimitError } from '../../src/data/zip-archive.js';

/** Pseudo-random bytes (deflate cannot shrink them), the same each run. */
function noise(size: number): Uint8Array {
    const out = new Uint8Array(size);
    let x = 2463534242;
    for (let i = 0; i < size; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        out[i] = x & 0xff;
    }
    return out;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
/** Offset of the end-of-directory record of a zip without an archive comment. */
const endRecord = (zip: Uint8Array) => zip.length - 22;
/** Offset of the central directory's first header. */
const centralStart = (zip: Uint8Array) => view(zip).getUint32(endRecord(zip) + 16, true);

/** A copy of `zip` with `patch` applied to a DataView of it. */
function patched(zip: Uint8Array, patch: (v: DataView, zip: Uint8Array) => void): Uint8Array {
    const copy = zip.slice();
    patch(view(copy), copy);
    return copy;
}

/** The zip with an archive comment appended (the end record's comment length set). */
function withComment(zip: Uint8Array, comment: Uint8Array): Uint8Array {
    const out = new Uint8Array(zip.length + comment.length);
    out.set(zip);
    out.set(comment, zip.length);
    view(out).setUint16(endRecord(zip) + 20, comment.length & 0xffff, true);
    return out;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('ZipArchive: reading entries', () => {
    it.each([
        ['stored', 0],
        ['deflated', 6]
    ])('reads %s entries and their directory fields', (_name, level) => {
        const zip = zipSync(
            { 'xl/a.xml': strToU8('<a>hej</a>'), 'b.xml': strToU8('b'.repeat(300)) },
            { level: level as 0 | 6 }
        );
        const archive = new ZipArchive(zip);
        expect([...archive.entries.keys()]).toEqual(['xl/a.xml', 'b.xml']);
        expect(archive.has('xl/a.xml')).toBe(true);
        expect(archive.has('a.xml')).toBe(false);
        expect(text(archive.read('xl/a.xml'))).toBe('<a>hej</a>');
        expect(text(archive.read('b.xml'))).toBe('b'.repeat(300));
        const entry = archive.entries.get('b.xml');
        expect(entry).toMatchObject({ name: 'b.xml', method: level === 0 ? 0 : 8, declaredSize: 300 });
        expect(entry?.compressedSize).toBe(
            level === 0 ? 300 : view(zip).getUint32(centralStart(zip) + 46 + 8 + 20, true)
        );
        expect(entry?.localHeaderOffset).toBe(view(zip).getUint32(centralStart(zip) + 46 + 8 + 42, true));
    });

    it('skips extra fields and comments in the headers', () => {
        const zip = zipSync(
            {
                'a.txt': [strToU8('första'), { comment: 'en kommentar', extra: { 0xcafe: new Uint8Array([1, 2, 3]) } }],
                'b.txt': [strToU8('andra'), { level: 0, extra: { 0xbeef: new Uint8Array(5) } }]
            },
            { level: 6 }
        );
        const archive = new ZipArchive(zip);
        expect(text(archive.read('a.txt'))).toBe('första');
        expect(text(archive.read('b.txt'))).toBe('andra');
    });

    it('reads a long name and many entries (16-bit fields above 255)', () => {
        const files: Record<string, Uint8Array> = {};
        for (let i = 0; i < 300; i++) files[`f${i}.txt`] = strToU8(String(i));
        const long = `${'d/'.repeat(150)}x.txt`;
        files[long] = strToU8('lång');
        const archive = new ZipArchive(zipSync(files, { level: 0 }));
        expect(archive.entries.size).toBe(301);
        expect(text(archive.read('f299.txt'))).toBe('299');
        expect(text(archive.read(long))).toBe('lång');
    });

    it('inflates a part larger than one input step, in many chunks', () => {
        const big = noise(300_000);
        const archive = new ZipArchive(zipSync({ 'big.bin': big }, { level: 6 }));
        expect(archive.read('big.bin')).toEqual(big);
        const zeros = new Uint8Array(1_000_000);
        expect(new ZipArchive(zipSync({ 'z.bin': zeros }, { level: 9 })).read('z.bin')).toEqual(zeros);
    });

    it('reads an empty archive', () => {
        const archive = new ZipArchive(zipSync({}));
        expect(archive.entries.size).toBe(0);
    });

    it('finds the directory behind an archive comment, also the longest', () => {
        const zip = zipSync({ 'a.txt': strToU8('a') });
        // A comment holding the end record's signature, too close to the end to be the record itself.
        const tricky = withComment(zip, new Uint8Array([0x50, 0x4b, 0x05, 0x06, 1, 2, 3, 4, 5, 6]));
        expect(text(new ZipArchive(tricky).read('a.txt'))).toBe('a');
        const longest = withComment(zip, new Uint8Array(65535).fill(32));
        expect(text(new ZipArchive(longest).read('a.txt'))).toBe('a');
    });
});

describe('ZipArchive: broken archives', () => {
    const zip = zipSync({ 'a.txt': strToU8('hej hej hej hej') }, { level: 6 });
    const central = centralStart(zip);

    it.each<[string, Uint8Array, string]>([
        [
            'no end record',
            zip.subarray(0, zip.length - 10),
            'zip-arkivets innehållsförteckning saknas (filen är avkortad eller trasig)'
        ],
        [
            'an end record beyond the longest comment',
            withComment(zip, new Uint8Array(65536)),
            'zip-arkivets innehållsförteckning saknas (filen är avkortad eller trasig)'
        ],
        [
            'a directory offset to nothing',
            patched(zip, v => v.setUint32(endRecord(zip) + 16, 3, true)),
            'zip-arkivets innehållsförteckning är trasig'
        ],
        [
            'a directory past the end',
            patched(zip, v => v.setUint32(endRecord(zip) + 16, zip.length - 40, true)),
            'zip-arkivets innehållsförteckning är trasig'
        ],
        [
            'more entries than the directory holds',
            patched(zip, v => v.setUint16(endRecord(zip) + 10, 2, true)),
            'zip-arkivets innehållsförteckning är trasig'
        ]
    ])('rejects %s', (_name, bytes, message) => {
        expect(() => new ZipArchive(bytes)).toThrow(new ZipFormatError(message));
    });

    it.each<[string, (v: DataView, zip: Uint8Array) => void, string]>([
        ['a local header elsewhere', v => v.setUint32(central + 42, 4, true), 'delen a.txt är trasig'],
        ['a local header past the end', v => v.setUint32(central + 42, zip.length - 20, true), 'delen a.txt är trasig'],
        ['data past the end', v => v.setUint32(central + 20, zip.length, true), 'delen a.txt är avkortad'],
        [
            'an unknown method',
            v => v.setUint16(central + 10, 12, true),
            'delen a.txt är packad på ett sätt som inte stöds (metod 12)'
        ],
        ['broken deflate data', (_v, z) => z.fill(0xff, 30 + 5, 30 + 9), 'delen a.txt kan inte packas upp']
    ])('rejects an entry with %s', (_name, patch, message) => {
        const archive = new ZipArchive(patched(zip, patch));
        expect(() => archive.read('a.txt')).toThrow(new ZipFormatError(message));
    });

    it('rejects a part that is missing', () => {
        expect(() => new ZipArchive(zip).read('b.txt')).toThrow(new ZipFormatError('delen b.txt saknas'));
    });

    it('reads an entry whose data ends the file exactly', () => {
        // The directory first, then the entry: its data ends where the file does.
        const stored = zipSync({ 'a.txt': strToU8('abc') }, { level: 0 });
        const central = centralStart(stored);
        const entry = stored.subarray(0, central);
        const directory = stored.slice(central);
        const moved = directory.length;
        view(directory).setUint32(42, moved, true);
        view(directory).setUint32(directory.length - 22 + 16, 0, true);
        const reordered = new Uint8Array(stored.length);
        reordered.set(directory);
        reordered.set(entry, moved);
        expect(text(new ZipArchive(reordered).read('a.txt'))).toBe('abc');
    });

    it('reads a deflated entry without data as empty', () => {
        const empty = zipSync({ 'a.txt': new Uint8Array(0) }, { level: 0 });
        const start = centralStart(empty);
        const deflated = patched(empty, v => v.setUint16(start + 10, 8, true));
        expect(new ZipArchive(deflated).read('a.txt')).toEqual(new Uint8Array(0));
    });
});

describe('ZipArchive: the unpacked-size bound', () => {
    it('counts every part read against one limit', () => {
        const zip = zipSync(
            { 'a.bin': new Uint8Array(600), 'b.bin': new Uint8Array(400), 'c.bin': new Uint8Array(1) },
            { level: 0 }
        );
        const archive = new ZipArchive(zip, 1000);
        expect(archive.read('a.bin')).toHaveLength(600);
        expect(archive.read('b.bin')).toHaveLength(400);
        expect(() => archive.read('c.bin')).toThrow(new ZipLimitError('arbetsboken packas upp till mer än 0 MB'));
    });

    it('stops inflating at the limit with a ZipLimitError', () => {
        const archive = new ZipArchive(
            zipSync({ 'a.bin': new Uint8Array(4 * 1024 * 1024) }, { level: 6 }),
            3 * 1024 * 1024
        );
        expect(() => archive.read('a.bin')).toThrow(new ZipLimitError('arbetsboken packas upp till mer än 3 MB'));
    });
});

describe('looksLikeZip', () => {
    it.each([
        ['a local header alone', [0x50, 0x4b, 0x03, 0x04], true],
        ['three bytes', [0x50, 0x4b, 0x03], false],
        ['an empty-archive record', [0x50, 0x4b, 0x05, 0x06], false],
        ['text', [...strToU8('kommun;år')], false]
    ])('%s: %s', (_name, bytes, zip) => {
        expect(looksLikeZip(new Uint8Array(bytes as number[]))).toBe(zip);
    });
});
