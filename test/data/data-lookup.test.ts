import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFileCache } from '../../src/data/data-file-cache.js';
import { combineDataFiles, loadModelData, loadModelDataAsync } from '../../src/data/data-lookup.js';
import { DataProblemCode } from '../../src/data/problems.js';
import { parse, resource, source, tempDir } from './helpers.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
}

describe('a model with one long file', () => {
    const file = resource('long-semikolon.csv');
    const { lookup, problems } = loadModelData([source(file)], new DataFileCache());

    it('has no problems', () => {
        expect(problems).toEqual([]);
    });

    it.each([
        ['N00001', '0114', 2019, 'T', { value: 13.25, origin: { file, line: 3 } }],
        ['N00001', '1881', 2019, 'K', { value: 40, origin: { file, line: 6 } }],
        ['N00001', '1881', 2019, 'M', { value: 0, origin: { file, line: 7 } }],
        ['N00001', '0000', 2019, 'T', { value: 11, origin: { file, line: 8 } }],
        ['N00001', '0003', 2019, 'T', { value: 10.5, origin: { file, line: 9 } }],
        ['N00001', 'G12345', 2019, 'T', { value: 9, origin: { file, line: 10 } }],
        ['N00001', '0115', 2019, 'T', undefined],
        ['N00001', '0114', 2017, 'T', undefined],
        ['N00001', '0114', 2019, 'K', undefined],
        ['N00001', '9999', 2019, 'T', undefined],
        ['N99999', '0114', 2019, 'T', undefined]
    ] as const)('value(%s, %s, %i, %s)', (kpi, code, year, gender, expected) => {
        expect(lookup.value(kpi, code, year, gender)).toEqual(expected);
    });

    it('lists only kommuner in municipalities(): no Riket, regions or groups', () => {
        const result = lookup.municipalities('N00001', 2019, 'T');
        expect([...result.keys()].sort()).toEqual(['0114', '1881']);
        expect(result.get('1881')).toBe(-4.75);
        expect(lookup.municipalities('N00001', 2019, 'T')).toBe(result);
        expect(lookup.municipalities('N00001', 2030, 'T').size).toBe(0);
    });

    it('lists the years with a value, ascending', () => {
        expect(lookup.years('N00001', 'T')).toEqual([2018, 2019]);
        expect(lookup.years('N00001', 'K')).toEqual([2019]);
        expect(lookup.years('N99999', 'T')).toEqual([]);
    });
});

describe('combined files', () => {
    const early = write('tidig.csv', 'kpi;kommun;år;värde\nN1;0114;2019;1\nN1;0115;2019;2\nN1;0117;2019;3\n');
    const late = write('sen.csv', 'kpi;kommun;år;värde\nN1;0115;2019;20\nN1;0117;2019;..\nN1;0120;2019;4\n');
    const wide = write('bred.csv', 'kommun;2019\n0114;50\n1881;51\n');
    const groups = resource('grupper-v3.json');
    const names = resource('kommuner.csv');
    const titles = resource('kpi-metadata.csv');
    const sources = [source(early), source(late), source(wide, 'N9'), source(groups), source(names), source(titles)];
    const { lookup, problems } = loadModelData(sources, new DataFileCache());

    it('has no problems', () => {
        expect(problems).toEqual([]);
    });

    it('lets the file named later win, but a missing marker never hides a value', () => {
        expect(lookup.value('N1', '0114', 2019, 'T')).toEqual({ value: 1, origin: { file: early, line: 2 } });
        expect(lookup.value('N1', '0115', 2019, 'T')).toEqual({ value: 20, origin: { file: late, line: 2 } });
        expect(lookup.value('N1', '0117', 2019, 'T')).toEqual({ value: 3, origin: { file: early, line: 4 } });
        const all = lookup.municipalities('N1', 2019, 'T');
        expect(Object.fromEntries(all)).toEqual({
            '0114': 1,
            '0115': 20,
            '0117': 3,
            '0120': 4
        });
    });

    it('gives a wide file the KPI named on its data line', () => {
        expect(lookup.value('N9', '1881', 2019, 'T')).toEqual({ value: 51, origin: { file: wide, line: 3 } });
        expect(lookup.value('N1', '1881', 2019, 'T')).toBeUndefined();
        expect(lookup.years('N9', 'T')).toEqual([2019]);
    });

    it('answers metadata from the metadata files', () => {
        expect(lookup.groupMembers('G20001')).toEqual(['0115', '1881']);
        expect(lookup.groupMembers('G99999')).toBeUndefined();
        expect(lookup.kpiTitle('N00001')).toBe('Påhittat nyckeltal, andel (%)');
        expect(lookup.kpiTitle('N1')).toBeUndefined();
        expect(lookup.municipalityName('1881')).toBe('Mellanby');
        expect(lookup.municipalityName('0000')).toBe('Riket');
    });
});

describe("problems of a model's data", () => {
    it('needs a KPI on the data line for a file without a kpi column', () => {
        const file = write('utan-kpi.csv', 'kommun;år;värde\n0114;2019;1\n');
        const { lookup, problems } = loadModelData([source(file)], new DataFileCache());
        expect(problems).toMatchObject([{ code: DataProblemCode.kpiRequired, file, line: 0, severity: 'error' }]);
        expect(problems[0]?.message).toContain(`data "${file}" nyckeltal N00901`);
        expect(lookup.years('', 'T')).toEqual([]);
    });

    it("uses the data line's KPI to select from a file with a kpi column, and warns when the file lacks it", () => {
        const file = write('flera.csv', 'kpi;kommun;år;värde\nN1;0114;2019;1\nN2;0114;2019;2\n');
        const selected = loadModelData([source(file, 'N2')], new DataFileCache());
        expect(selected.problems).toEqual([]);
        expect(selected.lookup.value('N2', '0114', 2019, 'T')?.value).toBe(2);
        expect(selected.lookup.value('N1', '0114', 2019, 'T')).toBeUndefined();
        const absent = loadModelData([source(file, 'N3')], new DataFileCache());
        expect(absent.problems).toMatchObject([{ code: DataProblemCode.kpiNotInFile, severity: 'warning' }]);
        expect(absent.problems[0]?.message).toContain('(den har t.ex. N1, N2)');
    });

    it('keeps computing the other files when one is missing or broken, and reports each file once', async () => {
        const good = write('bra.csv', 'kpi;kommun;år;värde\nN1;0114;2019;1\n');
        const broken = write('trasig.csv', 'kpi;kommun;år;värde\nN1;0115;2019;x\nN1;0117;2019;7\n');
        const missing = join(dir, 'finns-inte.csv');
        const sources = [source(missing), source(broken), source(good), source(broken)];
        const { lookup, problems } = await loadModelDataAsync(sources, new DataFileCache());
        expect(problems.map(p => [p.code, p.file, p.line])).toEqual([
            [DataProblemCode.fileMissing, missing, 0],
            [DataProblemCode.rowUnreadable, broken, 2]
        ]);
        expect(lookup.value('N1', '0114', 2019, 'T')?.value).toBe(1);
        expect(lookup.value('N1', '0117', 2019, 'T')?.value).toBe(7);
    });

    it('shares one parse between models naming the same file with different KPIs', () => {
        const file = write('delad.csv', 'kommun;år;värde\n0114;2019;1\n');
        const cache = new DataFileCache();
        const a = loadModelData([source(file, 'A')], cache);
        const b = loadModelData([source(file, 'B')], cache);
        expect(a.lookup.value('A', '0114', 2019, 'T')?.value).toBe(1);
        expect(b.lookup.value('B', '0114', 2019, 'T')?.value).toBe(1);
        expect(b.lookup.value('A', '0114', 2019, 'T')).toBeUndefined();
    });

    it('combines parsed files without touching the disk', () => {
        const data = parse('kpi;kommun;år;värde\nN1;1881;2019;5\n', '/virtuell/fil.csv');
        const { lookup } = combineDataFiles([{ source: source('/virtuell/fil.csv'), data }]);
        expect(lookup.value('N1', '1881', 2019, 'T')).toEqual({
            value: 5,
            origin: { file: '/virtuell/fil.csv', line: 2 }
        });
        expect(combineDataFiles([]).lookup.municipalities('N1', 2019, 'T').size).toBe(0);
    });
});
