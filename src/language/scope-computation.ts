import { DefaultScopeComputation, type LocalSymbols, MultiMap } from 'langium';

/**
 * Names are looked up in the index, model by model (StyrmodellScopeProvider), never in per-node local scopes,
 * so none are collected. Langium's default walks every node of every file for them, awaiting a cancellation
 * check at each: about a tenth of opening the national workspace in the language server, for a table no one read.
 */
export class StyrmodellScopeComputation extends DefaultScopeComputation {
    override collectLocalSymbols(): Promise<LocalSymbols> {
        return Promise.resolve(new MultiMap());
    }
}
