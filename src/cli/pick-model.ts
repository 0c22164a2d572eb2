import type { LoadedWorkspace } from './workspace.js';
import { UsageError } from './usage-error.js';

/** The model the command works on: the only one under the paths, or the one `--model` names. */
export function pickModel(workspace: LoadedWorkspace, requested: string | undefined): string {
    const membership = workspace.services.references.ModelMembership;
    const ids = [...new Set(workspace.requested.map(d => membership.modelIdOf(d)).filter((id): id is string => id !== undefined))]
        .filter(id => membership.documentsOf(id).some(d => d.parseResult.value.headers.some(h => h.name === id)))
        .sort();
    if (requested !== undefined) {
        if (!ids.includes(requested)) {
            throw new UsageError(`Det finns ingen modell ${requested} här. Modeller: ${ids.join(', ') || 'inga'}.`);
        }
        return requested;
    }
    if (ids.length === 0) throw new UsageError('Hittade ingen styrmodell (ingen fil med `styrmodell Id "namn" { … }`).');
    if (ids.length > 1) throw new UsageError(`Sökvägarna innehåller flera modeller: ${ids.join(', ')}. Välj en med --model.`);
    return ids[0];
}
