import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../language/workspace-helper.js';

const MODEL = readFileSync(join(import.meta.dirname, '..', 'resources', 'lsp-model', 'modell.styr'), 'utf8');
const WITH_MEASURES = `${MODEL}
mål Stöd "Stöd" {
    nivå fullmäktige
    bidrar till Vision
    mått A "A" {
        enhet "%"
    }
    mått B "B" {
        enhet "%"
    }
}
`;

describe('rename', () => {
    async function rename(word: string, newName: string, occurrence = 0) {
        const workspace = await buildWorkspace({ 'modell.styr': WITH_MEASURES });
        const document = workspace.documents['modell.styr']!;
        let offset = -1;
        for (let i = 0; i <= occurrence; i++) offset = WITH_MEASURES.indexOf(word, offset + 1);
        const position = document.textDocument.positionAt(offset + 1);
        return workspace.services.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() },
            position,
            newName
        });
    }

    it.each([
        ['mål Omsorg', 'mål', /"mål" är ett nyckelord/],
        ['Omsorg "God', 'God omsorg', /"God omsorg" kan inte vara ett namn.*Skriv till exempel God_omsorg\./],
        ['Omsorg "God', '1a', /"1a" kan inte vara ett namn/],
        ['Omsorg "God', 'Välfärd', /^Namnet Välfärd används redan \(modell\.styr:10\)\. Välj ett annat namn\.$/],
        ['Omsorg "God', 'Testby', /^Namnet Testby används redan/],
        ['A "A"', 'B', /^Namnet B används redan/]
    ])('refuses to rename %s to %s', async (word, newName, message) => {
        const target = word.startsWith('mål ') ? 'Omsorg' : word.split(' ')[0]!;
        await expect(rename(target, newName)).rejects.toThrow(message);
    });

    it('renames to a free identifier, a measure to a name another goal uses', async () => {
        expect(await rename('Omsorg', 'GodOmsorg')).toMatchObject({ changes: expect.any(Object) });
        expect(await rename('A "A"', 'Omsorg')).toMatchObject({ changes: expect.any(Object) });
    });
});
