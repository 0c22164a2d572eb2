/**
 * The reference model end to end through the real data store: the engine must reproduce
 * spec/kumla/expected-2019.json. The repository holds a copy of the reference (test/resources/kumla-reference),
 * so the test runs in every clone.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DataLookup } from '../../src/data/data-api.js';
import { computeFulfilment } from '../../src/fulfilment/compute.js';
import { toReportJson } from '../../src/fulfilment/report-json.js';
import type { DataSourceView } from '../../src/model/model-view.js';
import { kumlaModel } from './kumla-model.js';

const here = dirname(fileURLToPath(import.meta.url));
const kumlaDir = resolve(here, '../resources/kumla-reference');
const dataIndex = resolve(here, '../../src/data/index.ts');

/** The data layer's loader, imported at run time so this file does not need it to exist. */
interface DataModule {
    DataFileCache: new () => unknown;
    loadModelData: (sources: readonly DataSourceView[], cache: unknown) => { lookup: DataLookup; problems: unknown[] };
}

/** Keys of goals and measures that CLI.md added after expected-2019.json was written. */
const LATER_KEYS = [
    'actions',
    'analysis',
    'assessment',
    'computedFulfilment',
    'computedStatus',
    'forecast',
    'measures',
    'measuresWithValue',
    'target',
    'threshold'
];

/** `actual` with only the keys `expected` has, at every depth. */
function projectOnto(actual: unknown, expected: unknown): unknown {
    if (Array.isArray(actual) && Array.isArray(expected))
        return actual.map((item, i) => projectOnto(item, expected[i]));
    if (actual && expected && typeof actual === 'object' && typeof expected === 'object' && !Array.isArray(expected)) {
        return Object.fromEntries(
            Object.keys(expected).map(key => [
                key,
                projectOnto((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key])
            ])
        );
    }
    return actual;
}

describe('Kumla reference model', () => {
    async function compute(year: number) {
        const data = (await import(/* @vite-ignore */ pathToFileURL(dataIndex).href)) as Partial<DataModule>;
        if (typeof data.loadModelData !== 'function' || typeof data.DataFileCache !== 'function') {
            throw new Error('src/data/index.ts no longer exports loadModelData and DataFileCache: adapt this test');
        }
        const model = kumlaModel(kumlaDir);
        const { lookup, problems } = data.loadModelData(model.dataSources, new data.DataFileCache());
        return { result: computeFulfilment(model, lookup, year), problems };
    }

    it('reproduces expected-2019.json', async () => {
        const { result, problems } = await compute(2019);
        expect(problems).toEqual([]);
        const expected = JSON.parse(readFileSync(join(kumlaDir, 'expected-2019.json'), 'utf8'));
        const actual = toReportJson(result);
        // expected-2019.json predates keys CLI.md added since (coverage of goals, targets and the yearly
        // follow-up); everything it has must match exactly, and only those keys may be added.
        expect(projectOnto(actual, expected)).toEqual(expected);
        const added = new Set([...actual.goals, ...actual.measures].flatMap(item => Object.keys(item)));
        for (const item of [...expected.goals, ...expected.measures] as object[])
            for (const key of Object.keys(item)) added.delete(key);
        expect([...added].sort()).toEqual(LATER_KEYS.filter(key => added.has(key)));
    });

    it.each([
        ['DirektSvar', 'rang', { rank: 11, ranked: 290 }],
        ['Hemtjänst', 'kvartil', { rank: 50, ranked: 266, quartile: 1 }],
        ['Materialåtervinning', 'rang i Länet', { rank: 5, ranked: 12 }],
        ['Sjukfrånvaro', 'förändring', { value: -0.4 }],
        ['Delaktighetsindex', 'skillnad mot riket', { value: -3.2 }]
    ])('%s: %s with provenance', async (id, text, expected) => {
        const { result } = await compute(2019);
        const measure = result.measures.find(m => m.id === id)!;
        const base = measure.bases.find(b => b.text === text)!;
        expect(base).toMatchObject(expected);
        expect(base.own?.origin).toBeDefined();
    });

    it('points the value of a data measure at its row in resultat.csv', async () => {
        const { result } = await compute(2019);
        expect(result.measures.find(m => m.id === 'DirektSvar')?.valueSource?.origin).toEqual({
            kind: 'data',
            file: join(kumlaDir, 'data/resultat.csv'),
            line: 788
        });
    });

    it('gives coverage: BreddUtbud has its one measure without a value', async () => {
        const { result } = await compute(2019);
        expect(toReportJson(result).goals.find(g => g.id === 'BreddUtbud')).toMatchObject({
            measuresWithValue: 0,
            measures: 1
        });
        expect(result.goals.find(g => g.id === 'KulturFritid')?.coverage).toEqual({
            measures: 0,
            measuresWithValue: 0,
            totalMeasures: 1,
            totalMeasuresWithValue: 0
        });
    });
});
