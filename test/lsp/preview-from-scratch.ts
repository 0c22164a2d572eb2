/**
 * The preview answer a fresh language server computes for a model's files as they are now: nothing kept from an
 * earlier computation or answer. Tests compare an incrementally built answer with it (issue 20).
 */
import { URI } from 'langium';
import { loadWorkspace } from '../../src/cli/workspace.js';
import { renderInputOf } from '../../src/language/analysis/model-analysis.js';
import { type PackedRenderInput, packRenderInput } from '../../src/render/render-input.js';

/** The packed input as JSON with its tables named by their order (a table's id is the server process's own). */
export function canonical(input: PackedRenderInput): string {
    const names = new Map(Object.keys(input.tables ?? {}).map((id, i) => [id, `t${i}`]));
    return JSON.stringify(input, (key, value: unknown) => {
        if (key === 'tables' && value !== null && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([id, table]) => [names.get(id), table]));
        if (key === '$' && typeof value === 'string') return names.get(value);
        return value;
    });
}

/** The answer a language server started on `folder` now computes for its first model: nothing kept from before. */
export async function fromScratch(folder: string, uri: string): Promise<string> {
    const { services } = await loadWorkspace([folder]);
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
    const analysis = services.analysis.ModelAnalysis.analyseDocument(document)!;
    const tables = new Map<readonly unknown[], string>();
    const tableId = (table: readonly unknown[]) => {
        if (!tables.has(table)) tables.set(table, `scratch-${tables.size}`);
        return tables.get(table)!;
    };
    return canonical(packRenderInput(renderInputOf(analysis)!, { tableId }));
}
