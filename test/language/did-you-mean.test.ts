import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { closestName } from '../../src/text/closest-name.js';
import { buildWorkspace } from './workspace-helper.js';

const HEADER = 'styrmodell A "A" {\n    kommun "1881"\n    år 2019\n}\nvision Vision "V"\nnämnd Socialnämnden "SN"\n';
const GOAL = (body: string) => `${HEADER}mål G "G" {\n    nivå fullmäktige\n    bidrar till Vision\n${body}}\n`;

async function diagnosticsOf(text: string) {
    const workspace = await buildWorkspace({ 'm.styr': text });
    const document = workspace.documents['m.styr']!;
    const fixes = async (diagnostic: Diagnostic) =>
        ((await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        })) ?? []) as CodeAction[];
    const apply = (action: CodeAction) => {
        const edits = action.edit!.changes![document.uri.toString()]!;
        let result = text;
        for (const edit of [...edits].reverse()) {
            const start = document.textDocument.offsetAt(edit.range.start);
            result =
                result.slice(0, start) + edit.newText + result.slice(document.textDocument.offsetAt(edit.range.end));
        }
        return result;
    };
    return { diagnostics: workspace.raw('m.styr'), fixes, apply };
}

describe('Menade du …?', () => {
    it('picks the closest name only when it is a likely typo', () => {
        expect(closestName('Visoin', ['Vision', 'Välfärd'])).toBe('Vision');
        expect(closestName('Socialnämden', ['Socialnämnden', 'Kultur'])).toBe('Socialnämnden');
        expect(closestName('Xyz', ['Vision'])).toBeUndefined();
    });

    it('suggests a misspelt reference in the message and as the preferred quick fix', async () => {
        const text = `${HEADER}mål G "G" {\n    nivå fullmäktige\n    bidrar till Visoin\n}\n`;
        const { diagnostics, fixes, apply } = await diagnosticsOf(text);
        const unresolved = diagnostics.find(d => d.code === 'unresolved-reference')!;
        expect(unresolved.message).toBe('Det finns inget namn Visoin i modellen. Menade du Vision?');
        const [first] = await fixes(unresolved);
        expect(first?.title).toBe('Ändra till ”Vision”');
        expect(first?.isPreferred).toBe(true);
        expect(apply(first!)).toContain('bidrar till Vision\n');
    });

    it('suggests >= for => in the message and as a quick fix', async () => {
        const text = GOAL('    mått M "M" {\n        högre är bättre\n        hel när värde => 85\n    }\n');
        const { diagnostics, fixes, apply } = await diagnosticsOf(text);
        const syntax = diagnostics.find(d => d.code === 'syntax-error')!;
        expect(syntax.message).toMatch(/Menade du >=\?$/);
        const fix = (await fixes(syntax)).find(a => a.title === 'Ändra till ”>=”');
        expect(apply(fix!)).toContain('hel när värde >= 85');
    });

    it('suggests a misspelt keyword', async () => {
        const text = `${HEADER}nämd Kultur "Kulturnämnden"\n`;
        const { diagnostics } = await diagnosticsOf(text);
        expect(
            diagnostics
                .filter(d => d.code === 'syntax-error')
                .map(d => d.message)
                .join(' ')
        ).toMatch(/Menade du nämnd\?/);
    });
});
