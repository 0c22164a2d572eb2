import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, TextEdit } from 'vscode-languageserver';
import { prettyPrint } from '../language/format/pretty-printer.js';
import type { Document } from '../language/generated/ast.js';

/**
 * The editor's formatter is the CLI's `format`: one full-document edit from the pretty printer.
 * A document with syntax errors is left alone, so nothing the planner typed is lost.
 */
export class StyrmodellFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        const { lexerErrors, parserErrors, value } = document.parseResult;
        if (lexerErrors.length || parserErrors.length) return [];
        const text = document.textDocument.getText();
        const formatted = prettyPrint(value as Document, text);
        if (formatted === undefined || formatted === text) return [];
        return [
            {
                range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) },
                newText: formatted
            }
        ];
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        // Alignment and blank lines depend on neighbouring statements, so a range formats the whole file.
        return this.formatDocument(document, params);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
