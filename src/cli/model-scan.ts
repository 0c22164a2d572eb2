import { readFileSync } from 'node:fs';
import { declaredModelIds } from '../language/declared-models.js';

/**
 * The files `report` needs for one model: those that declare it, and those the scan cannot place (loaded to be
 * safe). Without `modelId` the model is the only one the files declare. Undefined when the scan cannot narrow
 * the files down (several models and no `--model`, or none declares the model): then everything is loaded and
 * the usual messages say what to do. Only a file that clearly declares another model is left out, so linking,
 * checks and results of the model are the same as with every file loaded.
 */
export function filesOfOneModel(files: readonly string[], modelId: string | undefined): string[] | undefined {
    const declared = files.map(file => ({ file, ids: safeScan(file) }));
    const all = new Set(declared.flatMap(d => [...(d.ids ?? [])]));
    const id = modelId ?? (all.size === 1 ? [...all][0] : undefined);
    if (id === undefined || !all.has(id)) return undefined;
    return declared.filter(d => d.ids === undefined || d.ids.size === 0 || d.ids.has(id)).map(d => d.file);
}

function safeScan(file: string): Set<string> | undefined {
    try {
        return declaredModelIds(readFileSync(file, 'utf8'));
    } catch {
        return undefined;
    }
}
