import { describe, expect, it } from 'vitest';
import { cyclesThrough } from '../../src/language/checks/cycles.js';
import { buildWorkspace } from './workspace-helper.js';

function graph(edges: Record<string, string[]>) {
    let calls = 0;
    const successors = (node: string) => {
        calls++;
        return edges[node] ?? [];
    };
    return { nodes: Object.keys(edges), successors, calls: () => calls };
}

function shown(cycle: { head: string[]; omitted: number; tail: string[] } | undefined): string | undefined {
    if (!cycle) return undefined;
    return [...cycle.head, ...(cycle.omitted ? [`…${cycle.omitted}`] : []), ...cycle.tail].join(' ');
}

describe('cyclesThrough', () => {
    it('finds every node on a cycle, each with a cycle through it, and no other node', () => {
        const { nodes, successors } = graph({ A: ['B', 'C'], B: ['A'], C: ['B'], D: ['A'], E: ['E'], F: [] });
        const cycles = cyclesThrough(nodes, successors);
        expect([...cycles.keys()].sort()).toEqual(['A', 'B', 'C', 'E']);
        for (const [node, cycle] of cycles) {
            const walk = [...cycle.head, ...cycle.tail];
            expect(walk[0]).toBe(node);
            expect(walk[walk.length - 1]).toBe(node);
            for (let i = 0; i + 1 < walk.length; i++) expect(successors(walk[i]!)).toContain(walk[i + 1]);
        }
        expect(shown(cycles.get('E'))).toBe('E E');
    });

    it('spells out a short ring whole, from each of its nodes', () => {
        const { nodes, successors } = graph({ A: ['B'], B: ['C'], C: ['A'] });
        const cycles = cyclesThrough(nodes, successors);
        expect(new Set([...cycles.values()].map(shown))).toEqual(new Set(['A B C A', 'B C A B', 'C A B C']));
    });

    it('shortens a long ring to its ends and visits each node a bounded number of times', () => {
        const size = 20_000;
        const edges: Record<string, string[]> = {};
        for (let i = 0; i < size; i++) edges[`G${i}`] = [`G${(i + 1) % size}`];
        const { nodes, successors, calls } = graph(edges);
        const cycles = cyclesThrough(nodes, successors, 3);
        expect(cycles.size).toBe(size);
        expect(shown(cycles.get('G5'))).toBe(`G5 G6 G7 …${size + 1 - 6} G3 G4 G5`);
        expect(calls()).toBe(size);
    });

    it('a chain 20,000 deep has no cycle, and each node is asked for its successors once', () => {
        const edges: Record<string, string[]> = {};
        for (let i = 0; i < 20_000; i++) edges[`G${i}`] = i === 0 ? [] : [`G${i - 1}`];
        const { nodes, successors, calls } = graph(edges);
        expect(cyclesThrough(nodes, successors).size).toBe(0);
        expect(calls()).toBe(20_000);
    });
});

describe('the contribution-cycle check', () => {
    const header = 'styrmodell M "M" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "V"\n\n';
    const goal = (name: string, targets: string) =>
        `mål ${name} "${name}" {\n    nivå fullmäktige\n    bidrar till ${targets}\n}\n`;

    it('reports each goal on a cycle with the cycle through it, also one reached only by a cross edge', async () => {
        const workspace = await buildWorkspace({
            'm.styr': header + goal('A', 'B, C') + goal('B', 'A') + goal('C', 'B') + goal('D', 'A') + goal('E', 'V')
        });
        const cycles = workspace.diagnostics('m.styr').filter(d => d.includes('contribution-cycle'));
        expect(cycles).toEqual([
            expect.stringMatching(/^12:contribution-cycle Målkedjan går i cirkel: B → A → B\./),
            expect.stringMatching(/^16:contribution-cycle Målkedjan går i cirkel: C → B → A → C\./),
            expect.stringMatching(/^8:contribution-cycle Målkedjan går i cirkel: A → B → A\./)
        ]);
    });

    it('checks a 20,000-deep chain in reasonable time (a guard against walking it from every goal)', async () => {
        const parts = [header];
        for (let i = 0; i < 20_000; i++) parts.push(goal(`G${i}`, i === 0 ? 'V' : `G${i - 1}`));
        const workspace = await buildWorkspace({ 'm.styr': parts.join('') });
        expect(workspace.diagnostics('m.styr').filter(d => d.includes('contribution-cycle'))).toEqual([]);
    }, 120_000);
});
