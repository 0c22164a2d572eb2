import { type FileSystemNode, type FileSystemProvider, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { type FileEntry, ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../protocol.js';
import { base64ToBytes } from './base64.js';

/**
 * Langium's file system for the language server in a web worker: every call is a request to the extension, which
 * reads the workspace with `vscode.workspace.fs` (vscode.dev, github.dev, a remote). There is no synchronous
 * way over a message channel, so the `…Sync` methods refuse; Langium's workspace manager and the data preload
 * only use the asynchronous ones.
 */
export class ClientFileSystemProvider implements FileSystemProvider {
    constructor(private readonly connection: () => Connection | undefined) {}

    async stat(uri: URI): Promise<FileSystemNode> {
        const entry = await this.client().sendRequest(StatRequest, { uri: uri.toString() });
        if (!entry) throw Object.assign(new Error(`${uri.toString()} finns inte`), { code: 'ENOENT' });
        return node(entry);
    }

    async exists(uri: URI): Promise<boolean> {
        return (await this.client().sendRequest(StatRequest, { uri: uri.toString() })) !== null;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        const answer = await this.client().sendRequest(ReadFileRequest, { uri: uri.toString() });
        if ('error' in answer)
            throw Object.assign(new Error(`${uri.toString()}: ${answer.error}`), { code: answer.error });
        return base64ToBytes(answer.base64);
    }

    async readFile(uri: URI): Promise<string> {
        return new TextDecoder().decode(await this.readBinary(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return (await this.client().sendRequest(ReadDirectoryRequest, { uri: uri.toString() })).map(node);
    }

    statSync(): FileSystemNode {
        return refuse();
    }
    existsSync(): boolean {
        return refuse();
    }
    readBinarySync(): Uint8Array {
        return refuse();
    }
    readFileSync(): string {
        return refuse();
    }
    readDirectorySync(): FileSystemNode[] {
        return refuse();
    }

    private client(): Connection {
        const connection = this.connection();
        if (!connection) throw new Error('Språkservern har ingen förbindelse med klienten.');
        return connection;
    }
}

function node(entry: FileEntry): FileSystemNode {
    return { uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory };
}

function refuse(): never {
    throw new Error('The web language server reads the workspace asynchronously only.');
}
