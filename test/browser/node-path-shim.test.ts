import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../src/browser/base64.js';
import * as shim from '../../src/browser/shims/node-path.js';

/** The web bundles' node:path answers as Node's POSIX rules do, on paths and on URI strings. */
describe('the node:path shim of the web bundles', () => {
    const paths = [
        '/a/b/c.csv',
        '/a/b/',
        'c.csv',
        '/c',
        '/',
        'vscode-remote://host/ws/kumla/data/resultat.csv',
        'a/./b/../c.json',
        '.hidden'
    ];
    it.each(paths)('basename, dirname and extname of %s', path => {
        expect(shim.basename(path)).toBe(posix.basename(path));
        expect(shim.dirname(path)).toBe(posix.dirname(path));
        expect(shim.extname(path)).toBe(posix.extname(path));
    });

    it.each([
        [['/ws/kumla', 'data/resultat.csv']],
        [['/ws/kumla', '../delad/kolada.json']],
        [['/ws', '/abs/x.csv']],
        [['/ws/a/', './b/../c']]
    ])('resolve and join %j', parts => {
        expect(shim.resolve(...parts)).toBe(posix.resolve(...parts));
        expect(shim.join(...parts)).toBe(posix.join(...parts));
    });

    it.each([
        ['/ws/kumla', '/ws/kumla/data/x.csv'],
        ['/ws/kumla/a', '/ws/delad/b.json'],
        ['/ws', '/ws']
    ])('relative %s → %s', (from, to) => {
        expect(shim.relative(from, to)).toBe(posix.relative(from, to));
    });

    it('carries bytes through base64 unchanged, beyond one chunk', () => {
        const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
    });
});
