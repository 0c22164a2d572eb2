import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataFileCache } from '../../src/data/data-file-cache.js';

describe('a data line naming a device', () => {
    it.runIf(existsSync('/dev/zero'))('/dev/zero is no regular file, not a folder, and is never read', async () => {
        for (const data of [new DataFileCache().load('/dev/zero'), await new DataFileCache().loadAsync('/dev/zero')]) {
            expect(data.problems.map(p => [p.code, p.message])).toEqual([
                [
                    'data-file-unreadable',
                    '/dev/zero är ingen vanlig fil (utan till exempel en enhet eller en pipe) och läses inte. Skriv sökvägen till datafilen (.csv eller .json) på data-raden.'
                ]
            ]);
        }
    });
});

describe('a data line with a misspelt file name', () => {
    it('suggests the file one typo away', async () => {
        const { mkdtempSync, writeFileSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-typo-'));
        writeFileSync(join(folder, 'resultat.csv'), 'kpi;kommun;år;värde\nN1;0114;2019;1\n');
        const data = new DataFileCache().load(join(folder, 'resulat.csv'));
        expect(data.problems[0]?.message).toContain('finns inte. Menade du resultat.csv?');
    });
});
