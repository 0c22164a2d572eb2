import type { FileSystemProvider, URI } from 'langium';
import { type KpiDetails, parseDataFile } from '../data/index.js';
import { type FileSearch, findFiles } from './find-files.js';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Where Kolada metadata files may lie: four folder levels deep, not in dependencies or build output. */
const CANDIDATES: FileSearch = { pattern: /\.(json|csv)$/i, maxDepth: 4, skip: new Set(['node_modules', 'out']) };

/** What the workspace's Kolada metadata files say, merged. */
export interface CatalogContent {
    kpis: Map<string, string>;
    details: Map<string, KpiDetails & { file: string }>;
    municipalities: Map<string, string>;
}

/**
 * Kolada KPI titles and details and municipality names from metadata files anywhere in the workspace (the shapes
 * of `/v3/kpi` and `/v3/municipality`, as JSON or CSV, and `fetch --metadata`'s file), for completion and hover.
 * Read through Langium's file system, so the web language server finds them through the client as well; found
 * lazily and rescanned after a data file changed.
 */
export class KoladaCatalog {
    private folders: URI[] = [];
    /** False in an untrusted workspace: no metadata file is read. */
    private readsFiles = true;
    private scanning?: Promise<CatalogContent>;

    constructor(private readonly fileSystem: FileSystemProvider) {}

    setWorkspaceFolders(folders: URI[]): void {
        this.folders = folders;
        this.scanning = undefined;
    }

    setReadsFiles(allowed: boolean): void {
        this.readsFiles = allowed;
        this.scanning = undefined;
    }

    /** A data or metadata file changed. */
    invalidate(): void {
        this.scanning = undefined;
    }

    content(): Promise<CatalogContent> {
        this.scanning ??= this.scan();
        return this.scanning;
    }

    private async scan(): Promise<CatalogContent> {
        const content: CatalogContent = { kpis: new Map(), details: new Map(), municipalities: new Map() };
        for (const folder of this.readsFiles ? this.folders : []) {
            for (const file of await findFiles(this.fileSystem, folder, CANDIDATES)) {
                let bytes: Uint8Array;
                try {
                    bytes = await this.fileSystem.readBinary(file);
                } catch {
                    continue;
                }
                if (bytes.length > MAX_FILE_BYTES) continue;
                const name = file.scheme === 'file' ? file.fsPath : file.toString();
                const parsed = parseDataFile(bytes, name);
                if (parsed.format === 'kpi-metadata' || parsed.format === 'kolada-metadata') {
                    parsed.kpiTitles.forEach((title, id) => content.kpis.set(id, title));
                    parsed.kpiDetails.forEach((details, id) => content.details.set(id, { ...details, file: name }));
                }
                if (parsed.format === 'municipality-metadata' || parsed.format === 'kolada-metadata') {
                    parsed.municipalityNames.forEach((title, code) => {
                        if (/^\d{4}$/.test(code)) content.municipalities.set(code, title);
                    });
                }
            }
        }
        return content;
    }
}
