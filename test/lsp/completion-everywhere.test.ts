import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildWorkspace } from '../language/workspace-helper.js';

const RESOURCES = join(import.meta.dirname, '..', 'resources');

/** Every .styr file of a folder, by name. */
function modelFiles(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const name of readdirSync(folder).filter(n => n.endsWith('.styr')))
        files[name] = readFileSync(join(folder, name), 'utf8');
    return files;
}

/** Lists that end in the middle of a line (`bidrar till A, `, `program P, Q`) once made completion throw. */
const LISTS = `styrmodell L "Listor" {
    kommun "1881"
    år 2019
}
vision V "Vision"
program P "P"
program Q "Q"
mål A "A" {
    nivå fullmäktige
    bidrar till V, 
    program P, Q, 
}
mål B "B" {
    nivå nämnd
    bidrar till A,
    program
    mått M "M" {
        hel när
    }
}
`;

describe('completion', () => {
    // Every offset of the small models; every third of the large reference, to keep `npm test` short.
    it.each<[string, Record<string, string>, number]>([
        ['lsp-model', modelFiles(join(RESOURCES, 'lsp-model')), 1],
        ['lists', { 'listor.styr': LISTS }, 1],
        ['kumla-reference', modelFiles(join(RESOURCES, 'kumla-reference')), 3]
    ])(
        'never throws at any offset of %s',
        async (_name, files, step) => {
            const workspace = await buildWorkspace(files, { validation: false });
            const completion = workspace.services.lsp.CompletionProvider!;
            const failures: string[] = [];
            // Langium catches an exception while listing reference candidates and logs it: a log is a failure too.
            const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
            for (const [name, document] of Object.entries(workspace.documents)) {
                const text = document.textDocument.getText();
                for (let offset = 0; offset <= text.length; offset += step) {
                    const position = document.textDocument.positionAt(offset);
                    try {
                        await completion.getCompletion(document, {
                            textDocument: { uri: document.uri.toString() },
                            position
                        });
                    } catch (error) {
                        if (failures.length < 5)
                            failures.push(
                                `${name}:${position.line + 1}:${position.character + 1} ${(error as Error).message}`
                            );
                        else failures.push('');
                    }
                }
            }
            const logs = logged.mock.calls.map(call => String(call[0]));
            logged.mockRestore();
            expect(failures.filter(Boolean), `${failures.length} offsets`).toEqual([]);
            expect(logs.slice(0, 5), `${logs.length} logged errors`).toEqual([]);
        },
        120_000
    );
});
