import { describe, expect, it } from 'vitest';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { buildReportTree, type GoalNode } from '../../src/render/report-model.js';
import { buildWorkspace } from '../language/workspace-helper.js';

/**
 * The report tree (every report format and the preview lay it out) grows with the model, not with the paths
 * through it: goals of the wrong level contributing to each other (an error the preview still draws) used to be
 * unfolded under every place they were reached, n²/2 nodes for a chain of n KF goals and 2^depth for goals that
 * each contribute to both goals of the level above (a 200-goal chain took over 15 s a model through the formats).
 */

const HEADER = 'styrmodell F "F" {\n    kommun "1881"\n    år 2019\n}\n\nvision V "V"\n\n';
const MEASURE =
    '    mått M "M" {\n        högre är bättre\n        utfall {\n            2019 5\n        }\n        hel när värde >= 5\n    }\n';

function goal(id: string, targets: string, last: boolean): string {
    return `mål ${id} "${id}" {\n    nivå fullmäktige\n    bidrar till ${targets}\n${last ? MEASURE : ''}}\n`;
}

async function treeSize(text: string): Promise<{ nodes: number; goals: Set<string> }> {
    const workspace = await buildWorkspace({ 'modell.styr': text });
    const analysis = workspace.services.analysis.ModelAnalysis.analyseDocument(workspace.documents['modell.styr']!);
    const tree = buildReportTree(renderInputOf(analysis!)!)!;
    let nodes = 0;
    const goals = new Set<string>();
    const walk = (node: GoalNode) => {
        nodes++;
        goals.add(node.view.id);
        node.children.forEach(walk);
    };
    for (const area of tree.areas) area.goals.forEach(walk);
    tree.unattached.forEach(walk);
    return { nodes, goals };
}

describe('the report tree of a deep or diamond-shaped chain', () => {
    it('has a node per contribution, not per path, for a chain of KF goals', async () => {
        const depth = 60;
        const text =
            HEADER +
            Array.from({ length: depth }, (_, i) => goal(`G${i}`, i === 0 ? 'V' : `G${i - 1}`, i === depth - 1)).join(
                ''
            );
        const { nodes, goals } = await treeSize(text);
        expect(goals.size).toBe(depth);
        // Each goal is a root (a KF goal) and, but for G0, a contributor: at most two places each (was 1,830).
        expect(nodes).toBeLessThanOrEqual(2 * depth);
    });

    it('has a node per contribution for goals that each contribute to both goals above', async () => {
        const depth = 14;
        const parts = [HEADER];
        for (let i = 0; i < depth; i++)
            for (const name of ['A', 'B'])
                parts.push(goal(`${name}${i}`, i === 0 ? 'V' : `A${i - 1} B${i - 1}`, i === depth - 1));
        const { nodes, goals } = await treeSize(parts.join(''));
        expect(goals.size).toBe(2 * depth);
        // Two roots per level plus four contributions between levels: linear in depth (was over 2^depth).
        expect(nodes).toBeLessThanOrEqual(2 * depth + 4 * depth);
    });

    it('still ends a cycle where it comes back', async () => {
        const text = HEADER + goal('A', 'V C', false) + goal('B', 'A', false) + goal('C', 'B', true);
        const { goals } = await treeSize(text);
        expect([...goals].sort()).toEqual(['A', 'B', 'C']);
    });
});
