import { DocumentState, type LangiumDocument } from 'langium';
import { declaredModelIds, parsedModelIds } from './declared-models.js';

/** A document's text before it is parsed: the editor's when it is open, else the file's; undefined when unreadable. */
export type TextOf = (document: LangiumDocument) => Promise<string | undefined>;

/**
 * The documents of a build split in two: the opened ones and every document of the models they belong to, and
 * the rest. A parsed document's models are those its parse declares; one not parsed yet is placed by the cheap
 * scan of its lines (so finding the opened models does not cost parsing the workspace). A document whose text
 * cannot be read goes first, since nobody knows where it belongs. The scan may be wrong (a declaration after a
 * comment on its line); the builder checks the models' membership once everything is parsed.
 */
export async function openedModelsFirst(
    documents: readonly LangiumDocument[],
    opened: ReadonlySet<LangiumDocument>,
    textOf: TextOf
): Promise<{ first: LangiumDocument[]; rest: LangiumDocument[] }> {
    const declared = await Promise.all(
        documents.map(async document => {
            if (document.state >= DocumentState.Parsed) return parsedModelIds(document.parseResult.value);
            const text = await textOf(document);
            return text === undefined ? undefined : declaredModelIds(text);
        })
    );
    const ids = new Set<string>();
    const first = new Set<LangiumDocument>();
    const join = (index: number) => {
        first.add(documents[index] as LangiumDocument);
        for (const id of declared[index] ?? []) ids.add(id);
    };
    documents.forEach((document, index) => {
        if (opened.has(document) || declared[index] === undefined) join(index);
    });
    // A file may declare two ids (a header and a `del av`), joining their models: repeat until nothing joins.
    for (let grew = true; grew; ) {
        grew = false;
        documents.forEach((document, index) => {
            if (first.has(document) || ![...(declared[index] as Set<string>)].some(id => ids.has(id))) return;
            join(index);
            grew = true;
        });
    }
    return {
        first: documents.filter(document => first.has(document)),
        rest: documents.filter(document => !first.has(document))
    };
}
