import { URI, UriUtils } from 'langium';
import type { FileOperationHandler, LangiumSharedServices } from 'langium/lsp';
import type { FileOperationOptions, RenameFilesParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { dataPathsOf, relativeDataPath } from './data-paths.js';

/**
 * Renaming or moving a data file (or a folder of them) in the editor's explorer rewrites the `data` lines that
 * name it, before the move, so no model loses its data. Other files are left to Langium's defaults.
 */
export class StyrmodellFileOperationHandler implements FileOperationHandler {
    readonly fileOperationOptions: FileOperationOptions = {
        willRename: {
            filters: [
                { pattern: { glob: '**/*.{csv,tsv,txt,json}', matches: 'file', options: { ignoreCase: true } } },
                { pattern: { glob: '**/*', matches: 'folder' } }
            ]
        }
    };

    constructor(private readonly shared: LangiumSharedServices) {}

    willRenameFiles(params: RenameFilesParams): WorkspaceEdit | null {
        const changes: Record<string, TextEdit[]> = {};
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            for (const data of dataPathsOf(document)) {
                const moved = movedTo(data.target, params);
                if (!moved) continue;
                const edits = (changes[document.uri.toString()] ??= []);
                edits.push({ range: data.range, newText: relativeDataPath(document.uri, moved) });
            }
        }
        return Object.keys(changes).length > 0 ? { changes } : null;
    }
}

/** Where `target` ends up after the renames: the file itself renamed, or a folder above it. */
function movedTo(target: URI, params: RenameFilesParams): URI | undefined {
    for (const { oldUri, newUri } of params.files) {
        const from = URI.parse(oldUri);
        if (UriUtils.equals(from, target)) return URI.parse(newUri);
        if (UriUtils.contains(from, target))
            return UriUtils.joinPath(URI.parse(newUri), UriUtils.relative(from, target));
    }
    return undefined;
}
