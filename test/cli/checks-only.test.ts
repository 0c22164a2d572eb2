import { describe, expect, it } from 'vitest';
import { toCliDiagnostic } from '../../src/cli/diagnostics.js';
import { type LoadedWorkspace, loadWorkspace } from '../../src/cli/workspace.js';
import { KUMLA } from './run-cli.js';

const diagnosticsOf = (workspace: LoadedWorkspace) =>
    workspace.requested.map(document => (document.diagnostics ?? []).map(d => toCliDiagnostic(document, d)));

const resultOf = (workspace: LoadedWorkspace) => {
    const analysis = workspace.services.analysis.ModelAnalysis;
    const key = workspace.services.references.ModelMembership.modelKeys()[0] as string;
    return analysis.analyse(key)?.result;
};

describe('results for the checks only (validate)', () => {
    it('gives the same diagnostics without computing the standing among the municipalities', async () => {
        const full = await loadWorkspace([KUMLA]);
        const checksOnly = await loadWorkspace([KUMLA], { checksOnly: true });
        expect(diagnosticsOf(checksOnly)).toEqual(diagnosticsOf(full));
        const withStanding = resultOf(full)?.measures.filter(m => m.standing !== undefined) ?? [];
        expect(withStanding.length).toBeGreaterThan(0);
        expect(resultOf(checksOnly)?.measures.some(m => m.standing !== undefined)).toBe(false);
        // Everything else of the result is the same.
        const strip = (workspace: LoadedWorkspace) =>
            resultOf(workspace)?.measures.map(({ standing: _, ...rest }) => rest);
        expect(strip(checksOnly)).toEqual(strip(full));
    }, 60_000);
});
