import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';

const CHECKS = join(import.meta.dirname, '..', 'resources', 'checks');

async function messages(folder: string): Promise<string[]> {
    const workspace = await loadWorkspace([join(CHECKS, folder)]);
    return workspace.requested.flatMap(document => (document.diagnostics ?? []).map(d => String(d.message)));
}

describe('data problems on the data line', () => {
    it('name the data file, and its row once', async () => {
        const shown = await messages('data-rows-decimal-comma');
        const rowProblem = shown.find(m => m.includes('samma fel'));
        expect(rowProblem).toMatch(/^resultat\.csv, rad 2 och 4 rader till har samma fel: raderna har fler fält/);
        expect(shown.join('\n')).not.toMatch(/rad \d+: Rad \d+/i);
    });

    it('a row problem says its file and row once, in the one layout, and its message does not repeat the row', async () => {
        const shown = await messages('data-duplicate-row');
        expect(
            shown.some(m =>
                /^\S+\.csv, rad (\d+): samma nyckeltal, kommun, år och kön finns redan på rad (?!\1\b)\d+\. Värdet på den här raden används/.test(
                    m
                )
            )
        ).toBe(true);
        expect(shown.join('\n')).not.toMatch(/Rad \d+/);
    });
});
