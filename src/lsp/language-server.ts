import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { VERSION } from '../version.js';

/** Langium's server, whose `initialize` answer also names the server and its version (LSP `serverInfo`). */
export class StyrmodellLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        return { ...super.buildInitializeResult(params), serverInfo: { name: 'styrmodell', version: VERSION } };
    }
}
