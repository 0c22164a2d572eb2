import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { buildWorkspace } from '../language/workspace-helper.js';

const MODEL = `styrmodell A "A" {
    kommun "1881"
    år 2019
    bedömning {
        uppfyllt >= 0,755 %
        delvis   >= 50 %
    }
}
vision V "V"
mål G "G" {
    nivå fullmäktige
    bidrar till V
    mått M "M" {
        enhet "%"
        högre är bättre
        utfall {
            2019 90
        }
        hel  när värde >= 0,8755
        halv när värde >= 0,29
    }
}
`;

/** The quick fix writes exactly the number its check tells the planner to write. */
describe('percentage-as-fraction and its quick fix', () => {
    it.each([
        ['0,8755', '87,55'],
        ['0,29', '29'],
        ['0,755', '75,5']
    ])('%s: the message says %s and the fix writes it', async (written, percent) => {
        const workspace = await buildWorkspace({ 'm.styr': MODEL });
        const document = workspace.documents['m.styr']!;
        const diagnostic = workspace
            .raw('m.styr')
            .find(
                d => d.code === 'percentage-as-fraction' && MODEL.split('\n')[d.range.start.line]!.includes(written)
            ) as Diagnostic;
        expect(diagnostic.message).toContain(`Skriv ${percent} för ${percent} %.`);
        const actions = (await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) as CodeAction[];
        const edit = actions[0]!.edit!.changes![document.uri.toString()]![0]!;
        expect(edit.newText).toBe(percent);
    });
});
