import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { buildWorkspace } from '../language/workspace-helper.js';

const MODEL = `styrmodell T "t" {
    kommun "1881"
    år 2019
}

vision V "v"

mål Service "Service" {
    nivå fullmäktige
    bidrar till V

    mått DirektSvar "Direkt svar i telefon" {
        hel  när värde >= 90
    }
    mått Bemötande "Gott bemötande" {
        hel  när värde >= 90
    }
}

mål Ekonomi "Ekonomi" {
    nivå fullmäktige
    bidrar till V

    mått Resultat "Resultat" {
        hel  när värde >= 2
    }
}
`;

async function complete(followUp: string, marker: string): Promise<CompletionItem[]> {
    const workspace = await buildWorkspace(
        { 'styrmodell.styr': MODEL, 'uppföljning.styr': followUp },
        { validation: false }
    );
    const document = workspace.documents['uppföljning.styr'];
    const offset = followUp.indexOf(marker) + marker.length;
    const list = await workspace.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    return list?.items ?? [];
}

describe('completion of a follow-up measure (MålId.MåttId)', () => {
    it('offers every measure by goal and name, and the goals, after `mått`', async () => {
        const labels = (await complete('del av T\n\nuppföljning 2019 "Å" {\n    mått \n}\n', 'mått ')).map(
            i => i.label
        );
        expect(labels).toEqual(
            expect.arrayContaining([
                'Service.DirektSvar',
                'Service.Bemötande',
                'Ekonomi.Resultat',
                'Service',
                'Ekonomi'
            ])
        );
    });

    it('offers only the named goal’s measures after the dot', async () => {
        const labels = (await complete('del av T\n\nuppföljning 2019 "Å" {\n    mått Service.\n}\n', 'Service.')).map(
            i => i.label
        );
        expect(labels).toEqual(expect.arrayContaining(['DirektSvar', 'Bemötande']));
        expect(labels).not.toContain('Resultat');
    });
});

describe('semantic tokens in a follow-up', () => {
    it('colour the goal and the measure named in `mått MålId.MåttId` as references of their kinds', async () => {
        const text =
            'del av T\n\nuppföljning 2019 "Å" {\n    mått Service.DirektSvar {\n        analys "a"\n    }\n}\n';
        const workspace = await buildWorkspace(
            { 'styrmodell.styr': MODEL, 'uppföljning.styr': text },
            { validation: false }
        );
        const document = workspace.documents['uppföljning.styr'];
        const tokens = await workspace.services.lsp.SemanticTokenProvider!.semanticHighlight(document, {
            textDocument: { uri: document.uri.toString() }
        });
        // Relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token; line 3 holds both references.
        const decoded: Array<{ line: number; start: number; length: number }> = [];
        let line = 0;
        let start = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
            line += tokens.data[i]!;
            start = tokens.data[i]! === 0 ? start + tokens.data[i + 1]! : tokens.data[i + 1]!;
            decoded.push({ line, start, length: tokens.data[i + 2]! });
        }
        expect(decoded).toEqual(
            expect.arrayContaining([
                { line: 3, start: 9, length: 'Service'.length },
                { line: 3, start: 17, length: 'DirektSvar'.length }
            ])
        );
    });
});

describe('quick fix for a status word of the wrong kind', () => {
    it.each([
        ['mål Service {\n        bedömning hel "m"\n    }', 'uppfyllt', 'bedömning uppfyllt "m"'],
        ['mått Service.DirektSvar {\n        bedömning ej uppfyllt "m"\n    }', 'ingen', 'bedömning ingen "m"'],
        ['mål Service {\n        prognos halv "p"\n    }', 'delvis', 'prognos delvis "p"']
    ])('%s', async (entry, word, fixed) => {
        const text = `del av T\n\nuppföljning 2019 "Å" {\n    ${entry}\n}\n`;
        const workspace = await buildWorkspace({ 'styrmodell.styr': MODEL, 'uppföljning.styr': text });
        const document = workspace.documents['uppföljning.styr'];
        const diagnostics = workspace.raw('uppföljning.styr').filter(d => d.code === 'wrong-status-kind');
        expect(diagnostics).toHaveLength(1);
        const actions =
            (await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() },
                range: diagnostics[0]!.range,
                context: { diagnostics }
            })) ?? [];
        const action = actions.find(a => 'title' in a && a.title === `Skriv \`${word}\``) as
            | {
                  edit?: {
                      changes?: Record<
                          string,
                          Array<{
                              range: {
                                  start: { line: number; character: number };
                                  end: { line: number; character: number };
                              };
                              newText: string;
                          }>
                      >;
                  };
              }
            | undefined;
        const [edit] = action?.edit?.changes?.[document.uri.toString()] ?? [];
        expect(edit).toBeDefined();
        const start = document.textDocument.offsetAt(edit!.range.start);
        const end = document.textDocument.offsetAt(edit!.range.end);
        expect(text.slice(0, start) + edit!.newText + text.slice(end)).toContain(fixed);
    });
});
