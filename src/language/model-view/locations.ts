/** Where a piece of the model view points back to in the .styr files, and how a reference becomes an id. */
import type { AstNode, LangiumDocument } from 'langium';
import type { SourceLocation } from '../../model/model-view.js';

/** The file a location names: the file-system path for saved files, the URI for anything else. */
export function fileOf(document: LangiumDocument): string {
    return document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString();
}

export function locationOf(node: AstNode, file: string): SourceLocation {
    const range = node.$cstNode?.range;
    return {
        file,
        line: (range?.start.line ?? 0) + 1,
        column: (range?.start.character ?? 0) + 1,
        endLine: (range?.end.line ?? 0) + 1,
        endColumn: (range?.end.character ?? 0) + 1
    };
}

/** A reference as the view keeps it: the NFC-normalised name written, undefined when nothing is written. */
export function refId(ref: { $refText: string } | undefined): string | undefined {
    return ref?.$refText ? ref.$refText.normalize('NFC') : undefined;
}
