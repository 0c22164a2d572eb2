import { relative } from 'node:path';
import { URI } from 'langium';
import { idOfKey } from '../language/model-membership.js';
import { UsageError } from './usage-error.js';
import type { LoadedWorkspace } from './workspace.js';

/**
 * The model the command works on (its ModelMembership key): the only one under the paths, or the one
 * `--model` names. Two models with the same id in different folders are told apart by their folder.
 */
export function pickModel(workspace: LoadedWorkspace, requested: string | undefined): string {
    const keys = requestedModelKeys(workspace);
    const ids = keys.map(idOfKey);
    const label = (key: string) =>
        ids.filter(id => id === idOfKey(key)).length > 1 ? `${idOfKey(key)} (${describe(key)})` : idOfKey(key);
    const matching = requested === undefined ? keys : keys.filter(key => idOfKey(key) === requested);
    if (requested !== undefined && matching.length === 0) {
        throw new UsageError(
            `Det finns ingen modell ${requested} här. Modeller: ${keys.map(label).join(', ') || 'inga'}.`
        );
    }
    if (matching.length === 0)
        throw new UsageError('Hittade ingen styrmodell (ingen fil med `styrmodell Id "namn" { … }`).');
    if (matching.length > 1) {
        const advice = requested === undefined ? 'Välj en med --model.' : 'Ange en mapp med bara den modellen.';
        throw new UsageError(`Sökvägarna innehåller flera modeller: ${matching.map(label).join(', ')}. ${advice}`);
    }
    return matching[0];
}

/** The keys of the models (with a header) that the requested files belong to, by folder. */
export function requestedModelKeys(workspace: LoadedWorkspace): string[] {
    const membership = workspace.services.references.ModelMembership;
    const headerKeys = new Set(membership.modelKeys());
    return [
        ...new Set(
            workspace.requested
                .map(d => membership.modelKeyOf(d))
                .filter((k): k is string => k !== undefined && headerKeys.has(k))
        )
    ].sort((a, b) => describe(a).localeCompare(describe(b)));
}

/** The header's folder, relative to the current folder. */
function describe(key: string): string {
    const folder = key.split('\u0000')[1] ?? '';
    return folder ? relative(process.cwd(), URI.parse(folder).fsPath) || '.' : '';
}
