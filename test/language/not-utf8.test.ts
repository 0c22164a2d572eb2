import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';

const MODEL = `styrmodell Örebro "Örebro kommun" {
    kommun "1880"
    år 2019
}

vision V "Ett gott liv för alla i Örebro"

mål Kf "Fullmäktigemål" {
    nivå fullmäktige
    bidrar till V
    beskrivning "Målet följs upp av nämnderna: förskola, äldreomsorg och miljö."
}
`;

/** Windows-1252 bytes of a text with only Latin-1 letters. */
function windows1252(text: string): Uint8Array {
    return Uint8Array.from(text, c => c.charCodeAt(0));
}

describe('a .styr file saved as Windows-1252', () => {
    it('gives one message that says to save it as UTF-8, not a syntax error per letter', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-1252-'));
        writeFileSync(join(folder, 'modell.styr'), windows1252(MODEL));
        const workspace = await loadWorkspace([join(folder, 'modell.styr')]);
        const diagnostics = workspace.requested[0]!.diagnostics ?? [];
        expect(diagnostics.map(d => [d.range.start.line + 1, d.code, d.message])).toEqual([
            [
                1,
                'syntax-error',
                'Filen är inte sparad som UTF-8, så å, ä och ö kan inte läsas (första gången på rad 1). ' +
                    'Öppna filen med teckenkodningen Windows 1252 och spara den som UTF-8 (i VS Code: klicka på "UTF-8" i statusraden).'
            ]
        ]);
    });
});

describe('format and a file saved as Windows-1252', () => {
    it('leaves the bytes as they are, even when the letters are only in strings', async () => {
        const { runCli } = await import('../cli/run-cli.js');
        const { readFileSync } = await import('node:fs');
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-1252-format-'));
        const bytes = windows1252('vision   V "Ett gott liv för alla"\n');
        writeFileSync(join(folder, 'modell.styr'), bytes);
        const result = runCli(['format', 'modell.styr'], folder);
        expect(result.status).toBe(1);
        expect(result.stderr).toContain('inte är sparad som UTF-8');
        expect(new Uint8Array(readFileSync(join(folder, 'modell.styr')))).toEqual(bytes);
    });
});
