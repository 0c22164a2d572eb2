import { describe, expect, it } from 'vitest';
import { isContributesStatement, isGoal } from '../../src/language/generated/ast.js';
import { buildWorkspace } from './workspace-helper.js';

describe('scope computation', () => {
    it('collects no local symbols, and names still resolve across the files of a model', async () => {
        const workspace = await buildWorkspace({
            'huvud.styr': 'styrmodell M "m" {\n    år 2019\n}\n\nvision V "Vision"\n\nnämnd KS "KS"\n',
            'del.styr': 'del av M\n\nmål G "g" {\n    nivå fullmäktige\n    bidrar till V\n}\n'
        });
        const part = workspace.documents['del.styr']!;
        expect(part.localSymbols?.getStream(part.parseResult.value).count()).toBe(0);
        const goal = part.parseResult.value.elements.find(isGoal)!;
        const contributes = goal.statements.find(isContributesStatement)!;
        expect(contributes.targets.map(ref => ref.ref?.$type)).toEqual(['Vision']);
        expect(workspace.diagnostics('del.styr').filter(d => d.includes('unresolved'))).toEqual([]);
    });
});
