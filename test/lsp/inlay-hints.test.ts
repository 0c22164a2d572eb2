import { describe, expect, it } from 'vitest';
import { buildWorkspace, type TestWorkspace } from '../language/workspace-helper.js';

/** Two kf goals under the vision: one fully met, one not at all, so the vision stands at 50 % (delvis). */
const MODEL = `styrmodell T "Testby" {
    kommun "1881"
    år 2019
}

vision V "Ett bra Testby"

mål Bra "Bra" {
    nivå fullmäktige
    bidrar till V

    mått A "A" {
        enhet "%"
        högre är bättre
        utfall {
            2019 90
        }
        hel när värde >= 80
    }
}

mål Sämre "Sämre" {
    nivå fullmäktige
    bidrar till V

    mått B "B" {
        enhet "%"
        högre är bättre
        utfall {
            2019 10
        }
        hel när värde >= 80
    }
}
`;

async function hints(workspace: TestWorkspace): Promise<{ line: number; character: number; label: string }[]> {
    const document = workspace.documents['styrmodell.styr']!;
    const found =
        (await workspace.services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } }
        })) ?? [];
    return found.map(h => ({
        line: h.position.line,
        character: h.position.character,
        label: typeof h.label === 'string' ? h.label : h.label.map(p => p.value).join('')
    }));
}

describe('inlay hints', () => {
    it('give the vision its status and fulfilment for the year, after its title', async () => {
        const workspace = await buildWorkspace({ 'styrmodell.styr': MODEL });
        const found = await hints(workspace);
        const visionLine = MODEL.split('\n').findIndex(line => line.startsWith('vision V'));
        const titleEnd = 'vision V "Ett bra Testby"'.length;
        expect(found).toContainEqual({ line: visionLine, character: titleEnd, label: ' 🟡 delvis 50\u00a0% (2019)' });
        // One hint per goal, measure and the vision: nothing else in the file gets one.
        expect(found.filter(h => h.line === visionLine)).toHaveLength(1);
        expect(found.map(h => h.label)).toEqual([
            ' 🟡 delvis 50\u00a0% (2019)',
            ' 🟢 uppfyllt 100\u00a0% (2019)',
            ' 🟢 hel · 90\u00a0% (2019)',
            ' 🔴 ej uppfyllt 0\u00a0% (2019)',
            ' 🔴 ingen · 10\u00a0% (2019)'
        ]);
    });
});
