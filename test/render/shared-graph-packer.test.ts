/**
 * The packer of a stream of graphs gives, for every graph, exactly what packShared gives for it alone: the same
 * JSON, byte for byte, whatever the last graph was. The graphs here are built like the preview's answers (a view
 * whose parts the results refer to, series shared by years, long strings repeated, tables) and changed like a
 * keystroke changes them: one part replaced, a shared part added or dropped, parts reordered.
 */
import { describe, expect, it } from 'vitest';
import { packShared } from '../../src/render/shared-graph.js';
import { SharedGraphPacker } from '../../src/render/shared-graph-packer.js';

function random(seed: number): () => number {
    return () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed / 0x7fffffff;
    };
}

const LONG = [
    '/arbetsyta/data/kolada-utfall.csv',
    'Andel elever som är behöriga till gymnasiet',
    'värde >= 90 och rang <= 10'
];
const TABLES = [Array.from({ length: 70 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => `K${i}`)];

interface Measure {
    view: { id: string; title: string; location: { line: number }; table: readonly unknown[] };
    series: { year: number; value: number }[];
}

function measure(next: () => number, id: number): Measure {
    return {
        view: {
            id: `M${id}`,
            title: LONG[Math.floor(next() * LONG.length)]!,
            location: { line: Math.floor(next() * 100) },
            table: TABLES[Math.floor(next() * TABLES.length)]!
        },
        series: [{ year: 2019, value: Math.floor(next() * 10) }]
    };
}

/** A graph like a preview answer: the view, and per year each measure's result referring to its view and series. */
function graph(measures: readonly Measure[], years: number) {
    return {
        view: { measures: measures.map(m => m.view), file: LONG[0] },
        results: Array.from({ length: years }, (_, y) => ({
            year: 2015 + y,
            measures: measures.map(m => ({
                id: m.view.id,
                location: m.view.location,
                series: m.series,
                table: m.view.table,
                text: y % 2 === 0 ? LONG[2] : 'kort'
            }))
        }))
    };
}

describe('SharedGraphPacker', () => {
    it('packs each graph of a stream as packShared packs it alone', () => {
        const next = random(20261207);
        const ids = new Map<readonly unknown[], string>();
        const tableId = (table: readonly unknown[]) => {
            if (!ids.has(table)) ids.set(table, `t${ids.size}`);
            return ids.get(table)!;
        };
        const packer = new SharedGraphPacker(tableId);
        let measures = Array.from({ length: 8 }, (_, i) => measure(next, i));
        let years = 3;
        let identity = 8;
        for (let step = 0; step < 400; step++) {
            const what = next();
            const at = Math.floor(next() * measures.length);
            if (what < 0.4) measures = measures.map((m, i) => (i === at ? measure(next, identity++) : m));
            else if (what < 0.5) measures = [...measures.slice(0, at), ...measures.slice(at + 1)];
            else if (what < 0.6)
                measures = [...measures.slice(0, at), measure(next, identity++), ...measures.slice(at)];
            else if (what < 0.7) measures = [...measures.slice(at), ...measures.slice(0, at)];
            else if (what < 0.75) years = 1 + Math.floor(next() * 4);
            else if (what < 0.8) measures = measures.map((m, i) => (i === at ? { ...m, series: [...m.series] } : m));
            else if (what < 0.9) {
                // A part of another measure referred to as well: a node that was packed inline becomes shared.
                const other = measures[Math.floor(next() * measures.length)]!;
                const alias =
                    next() < 0.5
                        ? { ...measures[at]!, series: other.series }
                        : { ...measures[at]!, view: { ...measures[at]!.view, location: other.view.location } };
                measures = measures.map((m, i) => (i === at ? alias : m));
            }
            if (measures.length === 0) measures = [measure(next, identity++)];
            const value = graph(measures, years);
            expect(JSON.stringify(packer.pack(value))).toBe(JSON.stringify(packShared(value, { tableId })));
        }
        // Both ways were taken: most steps carried the numbering over, some packed whole.
        expect(packer.wholePacks).toBeGreaterThan(1);
        expect(packer.wholePacks).toBeLessThan(300);
    });

    it('takes over the packed parts of what did not change', () => {
        const tableId = () => 't';
        const packer = new SharedGraphPacker(tableId);
        const next = random(1);
        const measures = Array.from({ length: 4 }, (_, i) => measure(next, i));
        const first = packer.pack(graph(measures, 2));
        const edited = { ...measures[0]!, view: { ...measures[0]!.view, location: { line: 999 } } };
        const second = packer.pack(graph([edited, ...measures.slice(1)], 2));
        const view = (packed: unknown) => (packed as { view: { measures: unknown[] } }).view;
        expect(view(second.root).measures[3]).toBe(view(first.root).measures[3]);
        expect(view(second.root).measures[0]).not.toBe(view(first.root).measures[0]);
        expect(packer.wholePacks).toBe(1);
    });

    /** Packs each graph in turn with one packer and checks each against packShared alone. */
    function stream(...graphs: unknown[]): void {
        const ids = new Map<readonly unknown[], string>();
        const tableId = (table: readonly unknown[]) => {
            if (!ids.has(table)) ids.set(table, `t${ids.size}`);
            return ids.get(table)!;
        };
        const packer = new SharedGraphPacker(tableId);
        for (const value of graphs)
            expect(JSON.stringify(packer.pack(value))).toBe(JSON.stringify(packShared(value, { tableId })));
    }

    it('a part packed inline that a new part refers to as well becomes shared, and back', () => {
        const part = { line: 1 };
        const kept = { location: part };
        stream({ a: kept, b: { other: 1 } }, { a: kept, b: { location: part } }, { a: kept, b: { other: 2 } });
    });

    it('a table met first in a kept part once the part before it no longer refers to it', () => {
        const [t1, t2] = TABLES as [unknown[], unknown[]];
        const kept = { t: t1, u: t2 };
        const t3 = Array.from({ length: 65 }, (_, i) => i * 2);
        stream(
            { a: { t: t1 }, b: kept },
            { a: {}, b: kept },
            { a: { t: t3 }, b: kept },
            { a: { t: t1 }, b: kept },
            // A new table where the last answer's first stood, which the kept part still refers to.
            { a: { t: t3 }, b: kept }
        );
    });
});
