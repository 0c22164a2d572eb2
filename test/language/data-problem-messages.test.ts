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
        expect(rowProblem).toMatch(/^resultat\.csv: Rad 2 och 4 rader till har samma fel: raderna har fler fält/);
        expect(shown.join('\n')).not.toMatch(/rad \d+: Rad \d+/i);
    });

    it('a problem whose message starts with its row is not prefixed with it again', async () => {
        const shown = await messages('data-duplicate-row');
        expect(shown.some(m => /^\S+\.csv: Rad \d+: samma nyckeltal/.test(m))).toBe(true);
    });
});
