import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { SyncFileAccess } from '../data/data-file-cache.js';
import { resolveDataPath } from '../language/data-path.js';
import { type Document, isDataStatement } from '../language/generated/ast.js';
import { fileOf } from '../language/model-view/locations.js';
import { dataFileUri } from '../lsp/data-paths.js';
import type { StyrmodellServices } from '../lsp/lsp-services.js';

interface Loaded {
    bytes?: Uint8Array;
    error?: string;
    version: bigint;
}

/**
 * The data files of the web language server, read from the client before each build. The checks, hover and the
 * preview read data synchronously (DataFileCache); in a web worker every read is a request to the extension, so
 * each build first fetches the `data` files its documents name and not yet held, and the cache answers from here.
 */
export class PreloadedDataFiles implements SyncFileAccess {
    private readonly files = new Map<string, Loaded>();
    private version = 0n;

    stat(path: string): { mtimeNs: bigint; size: bigint; kind: 'file' } {
        const file = this.get(path);
        return { mtimeNs: file.version, size: BigInt(file.bytes!.length), kind: 'file' };
    }

    read(path: string): Uint8Array {
        return this.get(path).bytes!;
    }

    /** The file changed in the workspace: read it again before the next build. */
    forget(path: string): void {
        this.files.delete(path);
    }

    has(path: string): boolean {
        return this.files.has(path);
    }

    store(path: string, loaded: { bytes?: Uint8Array; error?: string }): void {
        this.files.set(path, { ...loaded, version: ++this.version });
    }

    private get(path: string): Loaded {
        const file = this.files.get(path);
        if (!file || file.bytes === undefined)
            throw Object.assign(new Error(`${path}: ${file?.error ?? 'ENOENT'}`), { code: file?.error ?? 'ENOENT' });
        return file;
    }
}

/** Before the checks run, fetches every `data` file the built documents name that is not held yet. */
export function registerDataPreload(
    shared: LangiumSharedServices,
    services: StyrmodellServices,
    files: PreloadedDataFiles
): void {
    services.analysis.ModelAnalysis.dataCache.useFileAccess(files);
    const fileSystem = shared.workspace.FileSystemProvider;
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, async documents => {
        const wanted = new Set(documents.flatMap(dataPathsOf).filter(path => !files.has(path)));
        await Promise.all(
            [...wanted].map(async path => {
                try {
                    files.store(path, { bytes: await fileSystem.readBinary(dataFileUri(path)) });
                } catch (error) {
                    const code = (error as { code?: unknown }).code;
                    files.store(path, { error: typeof code === 'string' && code !== '' ? code : 'ENOENT' });
                }
            })
        );
    });
}

function dataPathsOf(document: LangiumDocument): string[] {
    const file = fileOf(document);
    return (document.parseResult.value as Document).headers.flatMap(header =>
        header.statements
            .filter(isDataStatement)
            .filter(statement => typeof statement.path === 'string')
            .map(statement => resolveDataPath(file, statement.path))
    );
}
