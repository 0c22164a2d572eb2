import { chmodSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataFileCache } from '../../src/data/data-file-cache.js';
import { DataProblemCode } from '../../src/data/problems.js';
import { stored, tempDir } from './helpers.js';

describe('DataFileCache', () => {
    let dir: string;
    let cache: DataFileCache;

    beforeEach(() => {
        dir = tempDir();
        cache = new DataFileCache();
    });

    afterEach(() => {
        rmSync(dir, { recursive: true, force: true });
    });

    it('parses a file once and shares the result', async () => {
        const file = join(dir, 'a.csv');
        writeFileSync(file, 'kpi;kommun;år;värde\nN1;0114;2019;1\n');
        const first = cache.load(file);
        expect(cache.load(file)).toBe(first);
        expect(await cache.loadAsync(file)).toBe(first);
        expect(cache.paths()).toEqual([file]);
    });

    it('reads the file again after it changed on disk, even with the same size', () => {
        const file = join(dir, 'a.csv');
        writeFileSync(file, 'kpi;kommun;år;värde\nN1;0114;2019;1\n');
        const first = cache.load(file);
        writeFileSync(file, 'kpi;kommun;år;värde\nN1;0114;2019;2\n');
        utimesSync(file, new Date(), new Date(Date.now() + 5000));
        const second = cache.load(file);
        expect(second).not.toBe(first);
        expect(stored(second, 'N1', '0114', 2019)?.value).toBe(2);
    });

    it('reads the file again after invalidate', () => {
        const file = join(dir, 'a.csv');
        writeFileSync(file, 'kpi;kommun;år;värde\nN1;0114;2019;1\n');
        const first = cache.load(file);
        cache.invalidate(file);
        expect(cache.load(file)).not.toBe(first);
        cache.clear();
        expect(cache.paths()).toEqual([]);
    });

    it.each([
        ['load', (c: DataFileCache, f: string) => Promise.resolve(c.load(f))],
        ['loadAsync', (c: DataFileCache, f: string) => c.loadAsync(f)]
    ])('%s reports a missing file, and finds it once it appears', async (_name, load) => {
        const file = join(dir, 'saknas.csv');
        const missing = await load(cache, file);
        expect(missing.problems).toEqual([
            {
                code: DataProblemCode.fileMissing,
                file,
                line: 0,
                message: `Datafilen ${file} finns inte. Kontrollera sökvägen på data-raden; den räknas från mappen där .styr-filen ligger.`,
                severity: 'error'
            }
        ]);
        writeFileSync(file, 'kpi;kommun;år;värde\nN1;0114;2019;1\n');
        expect((await load(cache, file)).problems).toEqual([]);
    });

    it('reports a folder named as a data file', () => {
        const folder = join(dir, 'mapp');
        mkdirSync(folder);
        expect(cache.load(folder).problems).toMatchObject([{ code: DataProblemCode.fileUnreadable, line: 0 }]);
    });

    it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('reports a file it may not read', () => {
        const file = join(dir, 'låst.csv');
        writeFileSync(file, 'kpi;kommun;år;värde\n');
        chmodSync(file, 0o000);
        expect(cache.load(file).problems).toMatchObject([{ code: DataProblemCode.fileUnreadable, line: 0 }]);
    });
});
