import { type Document, isDocument } from './generated/ast.js';

/** `styrmodell Id` or `del av Id` at the start of a line (after spaces or a byte order mark). */
const DECLARATION = /(?:^|\n)[\uFEFF \t]*(?:styrmodell|del[ \t]+av)[ \t\r\n]+([\p{L}\p{M}\p{N}_]+)/gu;

/**
 * The model ids a file's text declares (header or `del av`), by a cheap scan of its lines; no parsing. The CLI
 * uses it to load one model's files, the language server to build the opened models' files first.
 */
export function declaredModelIds(text: string): Set<string> {
    const ids = new Set<string>();
    for (const match of text.normalize('NFC').matchAll(DECLARATION)) ids.add(match[1] as string);
    return ids;
}

/** The model ids a parsed file declares: every header's name and every `del av` target. */
export function parsedModelIds(root: unknown): Set<string> {
    const ids = new Set<string>();
    if (!isDocument(root)) return ids;
    const document: Document = root;
    for (const header of document.headers) if (header.name) ids.add(header.name.normalize('NFC'));
    for (const part of document.parts) if (part.model?.$refText) ids.add(part.model.$refText.normalize('NFC'));
    return ids;
}
