/**
 * The preview's answer sends each shared part once (issue 20): packing and unpacking gives back the same JSON and
 * the same sharing, for hand-made graphs and for the results of every model in the repository.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { packedView, packRenderInput, unpackRenderInput } from '../../src/render/render-input.js';
import { packShared, unpackShared } from '../../src/render/shared-graph.js';

const ROOT = join(import.meta.dirname, '..', '..');
const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('packShared / unpackShared', () => {
    it('writes an array referenced twice once, and unpacks both references to one array', () => {
        const series = [
            { year: 2019, value: 1 },
            { year: 2020, value: 2 }
        ];
        const graph = { a: { series }, b: { series }, c: [1, 2, 3] };
        const packed = sent(packShared(graph));
        expect(packed.shared).toEqual([
            [
                { year: 2019, value: 1 },
                { year: 2020, value: 2 }
            ]
        ]);
        expect(packed.root).toEqual({ a: { series: { '#': 0 } }, b: { series: { '#': 0 } }, c: [1, 2, 3] });
        const back = unpackShared<typeof graph>(packed);
        expect(back).toEqual(graph);
        expect(back.a.series).toBe(back.b.series);
    });

    it('shares a long repeated string and keeps a short one inline', () => {
        const file = '/hem/planerare/kommunen/data/kolada-utfall.csv';
        const graph = [
            { file, kind: 'data' },
            { file, kind: 'data' }
        ];
        const packed = sent(packShared(graph));
        expect(packed.shared).toEqual([file]);
        expect(JSON.stringify(packed.root)).not.toContain(file);
        expect(JSON.stringify(packed.root)).toContain('"kind":"data"');
        expect(unpackShared(packed)).toEqual(graph);
    });

    it('drops undefined members and keeps null, as JSON does, and shares nested parts inside shared parts', () => {
        const location = { file: 'a.styr', line: 3 };
        const condition = { location, parts: [{ location }] };
        const graph = { x: condition, y: condition, z: undefined, n: null, list: [undefined, 1] };
        const back = unpackShared<typeof graph>(sent(packShared(graph)));
        expect(JSON.stringify(back)).toBe(JSON.stringify(graph));
        expect(back.x).toBe(back.y);
        expect(back.x.parts[0]!.location).toBe(back.x.location);
    });

    it("writes a long array of values into tables by its id, the data's own array", () => {
        const codes = Array.from({ length: 290 }, (_, i) => String(114 + i).padStart(4, '0'));
        const values = codes.map((_, i) => i / 10);
        const graph = {
            standings: [
                { codes, values: values },
                { codes, values: [1, 2] }
            ]
        };
        const ids = new Map<unknown, string>([
            [codes, 'k'],
            [values, 'v']
        ]);
        const tableId = (table: readonly unknown[]) => ids.get(table)!;
        const whole = sent(packShared(graph, { tableId }));
        expect(whole.tables).toEqual({ k: codes, v: values });
        expect(JSON.stringify(whole.root)).not.toContain('0114');
        expect(unpackShared(whole)).toEqual(graph);
        const lean = { ...whole, tables: { v: values } };
        expect(() => unpackShared(lean)).toThrow(/table k is missing/);
    });

    it('refuses a reference to a part that is not there', () => {
        expect(() => unpackShared({ root: { '#': 3 }, shared: [] })).toThrow(/shared part 3/);
    });
});

describe.each(['test/resources/kumla-reference', 'test/resources/lsp-model', 'examples/exempelkommun'])(
    'the preview input of %s',
    folder => {
        it('unpacks to the same JSON, with each measure series once and smaller than the results whole', async () => {
            const workspace = await loadWorkspace([join(ROOT, folder)]);
            let models = 0;
            for (const key of workspace.services.references.ModelMembership.modelKeys()) {
                const analysis = workspace.services.analysis.ModelAnalysis.analyse(key);
                const input = analysis && renderInputOf(analysis);
                if (!input) continue;
                models++;
                const whole = JSON.stringify(input);
                const packed = sent(packRenderInput(input));
                const back = unpackRenderInput(packed);
                expect(JSON.stringify(back)).toBe(whole);
                expect(packedView(packed)).toEqual(sent(input.view));
                if (back.results.length > 1) {
                    const [first, last] = [back.results[0]!, back.results.at(-1)!];
                    expect(last.measures[0]!.series).toBe(first.measures[0]!.series);
                    expect(JSON.stringify(packed).length).toBeLessThan(whole.length);
                }
            }
            expect(models).toBeGreaterThan(0);
        });
    }
);
