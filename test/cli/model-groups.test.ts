import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelGroups, namedDataPaths } from '../../src/cli/model-groups.js';

describe('modelGroups', () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrmodell-groups-'));
    const file = (name: string, text: string) => {
        const path = join(dir, name);
        writeFileSync(path, text);
        return path;
    };
    const a = file('a.styr', 'styrmodell A "a" {\n    data "data/a.csv"\n}\n' + '// fyllnad\n'.repeat(50));
    const aPart = file('a-del.styr', 'del av A\n');
    const b = file('b.styr', 'styrmodell B "b" {\n    data "../delad.csv"\n}\n');
    const bPart = file('b-del.styr', 'del av B\n');
    const c = file('c.styr', 'styrmodell C "c" {\n    data "../delad.csv"\n}\n');
    const loose = file('lös.styr', 'mål X "x" {\n}\n');
    const both = file('båda.styr', 'styrmodell D "d" {}\ndel av E\n');
    const e = file('e.styr', 'styrmodell E "e" {}\n');

    it('never splits the files of one model id, and keeps each file in exactly one group', () => {
        const groups = modelGroups([a, aPart, b, bPart, c, loose], 2);
        expect(groups).toHaveLength(2);
        expect(groups!.flatMap(g => g.files).sort()).toEqual([a, aPart, b, bPart, c, loose].sort());
        const groupOf = (path: string) => groups!.findIndex(g => g.files.includes(path));
        expect(groupOf(aPart)).toBe(groupOf(a));
        expect(groupOf(bPart)).toBe(groupOf(b));
        expect(new Set(groups!.flatMap(g => g.ids)).size).toBe(groups!.flatMap(g => g.ids).length);
    });

    it('joins ids one file declares together (a header of D with `del av E` goes with E)', () => {
        const groups = modelGroups([both, e, a], 3);
        const withD = groups!.find(g => g.ids.includes('D'));
        expect(withD?.ids).toEqual(['D', 'E']);
        expect(withD?.files).toEqual([both, e].sort());
    });

    it('balances by size: the big model alone, the small ones together', () => {
        const groups = modelGroups([a, aPart, b, bPart, c], 2)!;
        const big = groups.find(g => g.ids.includes('A'))!;
        expect(big.ids).toEqual(['A']);
        expect(groups.find(g => g !== big)!.ids).toEqual(['B', 'C']);
    });

    it('names each group’s data files once, resolved from the naming file’s folder', () => {
        const groups = modelGroups([b, c], 1)!;
        expect(groups[0]!.dataPaths).toEqual([join(dir, '..', 'delad.csv')]);
    });

    it('gives up when a file cannot be read, and makes no more groups than there are models', () => {
        expect(modelGroups([a, join(dir, 'saknas.styr')], 2)).toBeUndefined();
        expect(modelGroups([a, aPart], 4)).toHaveLength(1);
    });
});

describe('namedDataPaths', () => {
    it('finds `data` lines, but not a workbook sheet’s (cached under another key) or a commented one', () => {
        const text =
            'styrmodell A "a" {\n  data "x.csv"\n  data "b.xlsx" blad "Blad1"\n// data "bort.csv"\n\tdata "../y.json" nyckeltal N1\n}';
        expect(namedDataPaths('/m/a.styr', text)).toEqual(['/m/x.csv', '/y.json']);
    });
});
