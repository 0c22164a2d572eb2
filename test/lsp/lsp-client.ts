import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    type InitializeResult,
    type ProtocolConnection,
    type PublishDiagnosticsParams,
    StreamMessageReader,
    StreamMessageWriter
} from 'vscode-languageserver-protocol/node';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'styrmodell.js');

/** The LSP position of the first `needle` in `text`, moved `delta` characters on. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
    const offset = text.indexOf(needle) + delta;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A real LSP client of `styrmodell lsp --stdio` over the child's stdin and stdout. */
export class LspClient {
    readonly connection: ProtocolConnection;
    private readonly child: ChildProcess;
    private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
    private readonly waiters: Array<() => void> = [];

    constructor() {
        this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.child.stdout!),
            new StreamMessageWriter(this.child.stdin!)
        );
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params);
            this.waiters.splice(0).forEach(wake => wake());
        });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
            params.items.map(() => null)
        );
        this.connection.listen();
    }

    /** Initializes the server and returns what it said it can do (the semantic token legend, for one). */
    async initialize(folder: string, initializationOptions?: object): Promise<InitializeResult> {
        const result: InitializeResult = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            initializationOptions,
            rootUri: pathToFileURL(folder).toString(),
            workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'test' }],
            capabilities: {
                workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true },
                textDocument: {
                    hover: { contentFormat: ['markdown'] },
                    completion: { completionItem: { snippetSupport: false } },
                    publishDiagnostics: {}
                }
            }
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    open(uri: string, text: string, version = 1): Promise<void> {
        return this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'styrmodell', version, text }
        });
    }

    change(uri: string, text: string, version: number): Promise<void> {
        return this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version },
            contentChanges: [{ text }]
        });
    }

    /** Waits until the diagnostics of `uri` satisfy `predicate` (or fails after `timeout` ms). */
    async diagnosticsFor(
        uri: string,
        predicate: (p: PublishDiagnosticsParams) => boolean = () => true,
        timeout = 20_000
    ): Promise<PublishDiagnosticsParams> {
        const deadline = Date.now() + timeout;
        for (;;) {
            const current = this.diagnostics.get(uri);
            if (current && predicate(current)) return current;
            if (Date.now() > deadline)
                throw new Error(
                    `no matching diagnostics for ${uri}: ${JSON.stringify(current?.diagnostics.map(d => d.message))}`
                );
            await new Promise<void>(resolve => {
                this.waiters.push(resolve);
                setTimeout(resolve, 200);
            });
        }
    }

    /** The server's process id (to read its memory) and whether it is still running. */
    get pid(): number | undefined {
        return this.child.pid;
    }

    get alive(): boolean {
        return this.child.exitCode === null && this.child.signalCode === null;
    }

    async stop(): Promise<void> {
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } finally {
            this.connection.dispose();
            this.child.kill();
        }
    }
}
