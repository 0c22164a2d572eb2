import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileCache, type EntryKind, type SyncFileAccess } from '../../src/data/data-file-cache.js';
import { DataProblemCode } from '../../src/data/problems.js';
import { stored, tempDir } from './helpers.js';
import { buildWorkbook } from './xlsx-fixture.js';

/** An in-memory file system: path → bytes and stats, or the error its stat or read throws. */
class MemoryFiles implements SyncFileAccess {
    readonly files = new Map<string, { bytes: Uint8Array; mtimeNs: bigint; kind: EntryKind }>();
    readonly failures = new Map<string, { on: 'stat' | 'read'; error: unknown }>();
    reads = 0;

    put(path: string, content: string | Uint8Array, mtimeNs = 1n, kind: EntryKind = 'file'): void {
        const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
        this.files.set(path, { bytes, mtimeNs, kind });
    }

    stat(path: string) {
        const failure = this.failures.get(path);
        if (failure?.on === 'stat') throw failure.error;
        const file = this.files.get(path);
        if (file === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        return { mtimeNs: file.mtimeNs, size: BigInt(file.bytes.length), kind: file.kind };
    }

    read(path: string): Uint8Array {
        const failure = this.failures.get(path);
        if (failure?.on === 'read') throw failure.error;
        this.reads++;
        return (this.files.get(path) as { bytes: Uint8Array }).bytes;
    }
}

const CSV = 'kpi;kommun;år;värde\nN1;0114;2019;1\n';
const message = (cache: DataFileCache, path: string, sheet?: string) =>
    cache.load(path, sheet).problems.map(p => [p.code, p.message]);
const unreadable = (path: string, reason: string) =>
    `Datafilen ${path} kan inte läsas (${reason}). Kontrollera att filen inte är låst av ett annat program och att du har behörighet att läsa den.`;

describe('DataFileCache through its file access', () => {
    it.each<[string, 'stat' | 'read', unknown, string, string]>([
        [
            'a missing folder',
            'stat',
            Object.assign(new Error(), { code: 'ENOTDIR' }),
            DataProblemCode.fileMissing,
            'Datafilen /d/a.csv finns inte. Kontrollera sökvägen på data-raden; den räknas från mappen där .styr-filen ligger.'
        ],
        [
            'a locked file',
            'read',
            Object.assign(new Error(), { code: 'EACCES' }),
            DataProblemCode.fileUnreadable,
            unreadable('/d/a.csv', 'EACCES')
        ],
        [
            'an error without a code',
            'read',
            new Error('boom'),
            DataProblemCode.fileUnreadable,
            unreadable('/d/a.csv', 'okänt fel')
        ],
        [
            'an error with a numeric code',
            'stat',
            Object.assign(new Error(), { code: 5 }),
            DataProblemCode.fileUnreadable,
            unreadable('/d/a.csv', 'okänt fel')
        ],
        ['a thrown undefined', 'stat', undefined, DataProblemCode.fileUnreadable, unreadable('/d/a.csv', 'okänt fel')]
    ])('reports %s', (_name, on, error, code, text) => {
        const files = new MemoryFiles();
        files.put('/d/a.csv', CSV);
        files.failures.set('/d/a.csv', { on, error });
        expect(message(new DataFileCache(files), '/d/a.csv')).toEqual([[code, text]]);
    });

    it.each<[EntryKind, string]>([
        ['directory', '/d/a.csv är en mapp, inte en fil. Skriv sökvägen till datafilen på data-raden.'],
        [
            'other',
            '/d/a.csv är ingen vanlig fil (utan till exempel en enhet eller en pipe) och läses inte. Skriv sökvägen till datafilen (.csv eller .json) på data-raden.'
        ]
    ])('reports a %s and stops watching it', (kind, text) => {
        const files = new MemoryFiles();
        files.put('/d/a.csv', CSV);
        const cache = new DataFileCache(files);
        expect(cache.load('/d/a.csv').problems).toEqual([]);
        expect(cache.paths()).toEqual(['/d/a.csv']);
        files.put('/d/a.csv', CSV, 2n, kind);
        expect(message(cache, '/d/a.csv')).toEqual([[DataProblemCode.fileUnreadable, text]]);
        expect(cache.paths()).toEqual([]);
    });

    it('reads again when the size changes, the time kept', () => {
        const files = new MemoryFiles();
        files.put('/d/a.csv', CSV);
        const cache = new DataFileCache(files);
        const first = cache.load('/d/a.csv');
        expect(cache.load('/d/a.csv')).toBe(first);
        files.put('/d/a.csv', 'kpi;kommun;år;värde\nN1;0114;2019;22\n');
        expect(stored(cache.load('/d/a.csv'), 'N1', '0114', 2019)?.value).toBe(22);
        expect(files.reads).toBe(2);
    });

    it('keeps each sheet of a workbook apart, and forgets them all with the file', () => {
        const files = new MemoryFiles();
        const rows = (value: number) => [
            ['kommun', 'år', 'värde'],
            [1881, 2019, value]
        ];
        files.put(
            '/d/bok.xlsx',
            buildWorkbook([
                { name: 'A', rows: rows(1) },
                { name: 'B', rows: rows(2) }
            ])
        );
        files.put('/d/bok.xlsx2', CSV);
        const cache = new DataFileCache(files);
        const a = cache.load('/d/bok.xlsx', 'A');
        const b = cache.load('/d/bok.xlsx', 'B');
        const first = cache.load('/d/bok.xlsx');
        expect([a.sheet, b.sheet, first.sheet]).toEqual(['A', 'B', 'A']);
        expect(stored(b, '', '1881', 2019)?.value).toBe(2);
        expect(cache.load('/d/bok.xlsx', 'A')).toBe(a);
        expect(cache.load('/d/bok.xlsx')).toBe(first);
        cache.load('/d/bok.xlsx2');
        expect(files.reads).toBe(4);
        cache.invalidate('/d/bok.xlsx');
        expect(cache.load('/d/bok.xlsx2')).toBe(cache.load('/d/bok.xlsx2'));
        expect(files.reads).toBe(4);
        expect(cache.load('/d/bok.xlsx', 'B')).not.toBe(b);
        expect(cache.load('/d/bok.xlsx', 'A')).not.toBe(a);
        expect(files.reads).toBe(6);
    });

    it('forgets what it cached when it reads through another file access', () => {
        const before = new MemoryFiles();
        before.put('/d/a.csv', CSV);
        const after = new MemoryFiles();
        after.put('/d/a.csv', 'kpi;kommun;år;värde\nN1;0114;2019;9\n');
        const cache = new DataFileCache(before);
        cache.load('/d/a.csv');
        cache.useFileAccess(after);
        expect(stored(cache.load('/d/a.csv'), 'N1', '0114', 2019)?.value).toBe(9);
    });
});

describe('DataFileCache on disk', () => {
    const dir = tempDir();
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('suggests a file one typo away, never a hidden one', () => {
        writeFileSync(join(dir, 'resultat.csv'), CSV);
        writeFileSync(join(dir, '.nyckeltal.csv'), CSV);
        const cache = new DataFileCache();
        const missing = (name: string) => cache.load(join(dir, name)).problems[0]?.message;
        expect(missing('resultat.cvs')).toBe(
            `Datafilen ${join(dir, 'resultat.cvs')} finns inte. Menade du resultat.csv? Kontrollera sökvägen på data-raden; den räknas från mappen där .styr-filen ligger.`
        );
        expect(missing('nyckeltal.csv')).toBe(
            `Datafilen ${join(dir, 'nyckeltal.csv')} finns inte. Kontrollera sökvägen på data-raden; den räknas från mappen där .styr-filen ligger.`
        );
        expect(missing('saknas/resultat.csv')).toBe(
            `Datafilen ${join(dir, 'saknas/resultat.csv')} finns inte. Kontrollera sökvägen på data-raden; den räknas från mappen där .styr-filen ligger.`
        );
    });

    it('reports a folder and a device in words', () => {
        const folder = join(dir, 'mapp');
        mkdirSync(folder);
        const cache = new DataFileCache();
        expect(cache.load(folder).problems[0]?.message).toBe(
            `${folder} är en mapp, inte en fil. Skriv sökvägen till datafilen på data-raden.`
        );
        expect(cache.load('/dev/null').problems[0]?.message).toBe(
            '/dev/null är ingen vanlig fil (utan till exempel en enhet eller en pipe) och läses inte. Skriv sökvägen till datafilen (.csv eller .json) på data-raden.'
        );
    });

    it('shares one read between concurrent async loads', async () => {
        const file = join(dir, 'delad.csv');
        writeFileSync(file, CSV);
        const cache = new DataFileCache();
        const first = cache.loadAsync(file);
        expect(cache.loadAsync(file)).toBe(first);
        const [a, b] = await Promise.all([first, cache.loadAsync(file, 'x')]);
        expect(a).not.toBe(b);
        expect(await cache.loadAsync(file)).toBe(a);
    });
});
