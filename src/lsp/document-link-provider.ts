import type { LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { dataPathsOf } from './data-paths.js';

/** Every `data "path"` opens its file (Ctrl+click), resolved from the model file's folder. */
export class StyrmodellDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): DocumentLink[] {
        return dataPathsOf(document).map(({ range, target }) => ({
            range,
            target: target.toString(),
            tooltip: 'Öppna datafilen'
        }));
    }
}
