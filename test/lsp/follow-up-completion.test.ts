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
    const workspace = await buildWorkspace({ 'styrmodell.styr': MODEL, 'uppföljning.styr': followUp }, { validation: false });
    const document = workspace.documents['uppföljning.styr'];
    const offset = followUp.indexOf(marker) + marker.length;
    const list = await workspace.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
    });
    return list?.items ?? [];
}

describe('completion of a follow-up measure (MålId.MåttId)', () => {
    it('offers every measure by goal and name, and the goals, after `mått`', async () => {
        const labels = (await complete('del av T\n\nuppföljning 2019 "Å" {\n    mått \n}\n', 'mått ')).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['Service.DirektSvar', 'Service.Bemötande', 'Ekonomi.Resultat', 'Service', 'Ekonomi']));
    });

    it('offers only the named goal’s measures after the dot', async () => {
        const labels = (await complete('del av T\n\nuppföljning 2019 "Å" {\n    mått Service.\n}\n', 'Service.')).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['DirektSvar', 'Bemötande']));
        expect(labels).not.toContain('Resultat');
    });
});
