import { GrammarUtils, type LangiumDocument, URI, UriUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import { resolveDataPath } from '../language/data-path.js';
import { type DataStatement, type Document, isDataStatement } from '../language/generated/ast.js';
import { fileOf } from '../language/model-view/locations.js';

/** A `data "path"` line of a model header: the statement, the string's range without its quotes, and the file it names. */
export interface DataPath {
    statement: DataStatement;
    /** The path as written. */
    path: string;
    /** The path's text inside the quotes. */
    range: Range;
    target: URI;
}

/** Every `data` path of a document, resolved against the document's folder as the data readers resolve it. */
export function dataPathsOf(document: LangiumDocument): DataPath[] {
    const root = document.parseResult.value as Document;
    const paths: DataPath[] = [];
    for (const header of root.headers ?? []) {
        for (const statement of header.statements) {
            if (!isDataStatement(statement) || !statement.path) continue;
            const node = GrammarUtils.findNodeForProperty(statement.$cstNode, 'path');
            if (!node) continue;
            const { start, end } = node.range;
            paths.push({
                statement,
                path: statement.path,
                range: {
                    start: { line: start.line, character: start.character + 1 },
                    end: { line: end.line, character: Math.max(end.character - 1, start.character + 1) }
                },
                target: dataFileUri(resolveDataPath(fileOf(document), statement.path))
            });
        }
    }
    return paths;
}

/** The URI of a data cache key (a file-system path or a URI string). */
export function dataFileUri(key: string): URI {
    return key.includes('://') ? URI.parse(key) : URI.file(key);
}

/** The path to write on a `data` line in `model` for `target`: relative, with `/`. */
export function relativeDataPath(model: URI, target: URI): string {
    return UriUtils.relative(UriUtils.dirname(model), target);
}
