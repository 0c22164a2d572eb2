import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOfOneModel } from '../../src/cli/model-scan.js';

describe('filesOfOneModel', () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrmodell-scan-'));
    const file = (name: string, text: string) => {
        const path = join(dir, name);
        writeFileSync(path, text);
        return path;
    };
    const a = file('a.styr', 'styrmodell A "a" {\n}\n');
    const aPart = file('a-del.styr', 'del av A\n');
    const b = file('b.styr', 'styrmodell B "b" {\n}\n');
    const loose = file('lös.styr', 'mål X "x" {\n}\n');

    it("keeps the named model's files and those the scan cannot place", () => {
        expect(filesOfOneModel([a, aPart, b, loose], 'A')).toEqual([a, aPart, loose]);
    });
    it('takes the only model when none is named', () => {
        expect(filesOfOneModel([a, aPart, loose], undefined)).toEqual([a, aPart, loose]);
    });
    it('does not narrow when several models are there and none is named, or the named one is not there', () => {
        expect(filesOfOneModel([a, b], undefined)).toBeUndefined();
        expect(filesOfOneModel([a, b], 'C')).toBeUndefined();
    });
});
