import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { bytesToBase64 } from '../browser/base64.js';
import { type FileEntry, ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../protocol.js';

/** Answers the web language server's file requests with the workspace's file system (any scheme VS Code knows). */
export function serveWorkspaceFiles(client: BaseLanguageClient): void {
    client.onRequest(ReadDirectoryRequest, async ({ uri }) => {
        const folder = vscode.Uri.parse(uri);
        try {
            const entries = await vscode.workspace.fs.readDirectory(folder);
            return entries.map(([name, type]) => entry(vscode.Uri.joinPath(folder, name), type));
        } catch {
            return [];
        }
    });
    client.onRequest(StatRequest, async ({ uri }) => {
        try {
            const target = vscode.Uri.parse(uri);
            return entry(target, (await vscode.workspace.fs.stat(target)).type);
        } catch {
            return null;
        }
    });
    client.onRequest(ReadFileRequest, async ({ uri }) => {
        try {
            return { base64: bytesToBase64(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))) };
        } catch (error) {
            return {
                error:
                    error instanceof vscode.FileSystemError && error.code === 'FileNotFound'
                        ? 'ENOENT'
                        : error instanceof vscode.FileSystemError && error.code === 'FileIsADirectory'
                          ? 'EISDIR'
                          : 'EACCES'
            };
        }
    });
}

function entry(uri: vscode.Uri, type: vscode.FileType): FileEntry {
    return {
        uri: uri.toString(),
        isFile: (type & vscode.FileType.File) !== 0,
        isDirectory: (type & vscode.FileType.Directory) !== 0
    };
}
