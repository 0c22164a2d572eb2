import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseDataFile, type KpiDetails } from '../data/index.js';

const MAX_DEPTH = 4;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SKIPPED = new Set(['node_modules', '.git', 'out']);

/**
 * Kolada KPI titles and municipality names from metadata files anywhere in the workspace (the shapes of
 * `/v3/kpi` and `/v3/municipality`, as JSON or CSV), for completion. Found lazily and rescanned after a change.
 */
export class KoladaCatalog {
    private folders: string[] = [];
    /** False in an untrusted workspace: no metadata file is read. */
    private readsFiles = true;
    private scanned?: Scan;

    setWorkspaceFolders(folders: string[]): void {
        this.folders = folders;
        this.scanned = undefined;
    }

    setReadsFiles(allowed: boolean): void {
        this.readsFiles = allowed;
        this.scanned = undefined;
    }

    /** A data or metadata file changed on disk. */
    invalidate(): void {
        this.scanned = undefined;
    }

    kpis(): Map<string, string> {
        return this.scan().kpis;
    }

    /** What the metadata says about one KPI (description, division by gender) and which file said it. */
    kpiDetails(id: string): (KpiDetails & { file: string }) | undefined {
        return this.scan().details.get(id);
    }

    municipalities(): Map<string, string> {
        return this.scan().municipalities;
    }

    private scan(): Scan {
        if (this.scanned) return this.scanned;
        const scan: Scan = { kpis: new Map(), details: new Map(), municipalities: new Map() };
        for (const file of this.readsFiles ? this.folders.flatMap(folder => candidateFiles(folder, 0)) : []) {
            const parsed = parseDataFile(readFileSync(file), file);
            if (parsed.format === 'kpi-metadata' || parsed.format === 'kolada-metadata') {
                parsed.kpiTitles.forEach((title, id) => scan.kpis.set(id, title));
                parsed.kpiDetails.forEach((details, id) => scan.details.set(id, { ...details, file }));
            }
            if (parsed.format === 'municipality-metadata' || parsed.format === 'kolada-metadata') {
                parsed.municipalityNames.forEach((name, code) => { if (/^\d{4}$/.test(code)) scan.municipalities.set(code, name); });
            }
        }
        this.scanned = scan;
        return this.scanned;
    }
}

interface Scan {
    kpis: Map<string, string>;
    details: Map<string, KpiDetails & { file: string }>;
    municipalities: Map<string, string>;
}

function candidateFiles(folder: string, depth: number): string[] {
    if (depth > MAX_DEPTH) return [];
    let entries: string[];
    try {
        entries = readdirSync(folder);
    } catch {
        return [];
    }
    const files: string[] = [];
    for (const entry of entries) {
        if (SKIPPED.has(entry) || entry.startsWith('.')) continue;
        const path = join(folder, entry);
        try {
            const stat = statSync(path);
            if (stat.isDirectory()) files.push(...candidateFiles(path, depth + 1));
            else if ((extname(entry) === '.json' || extname(entry) === '.csv') && stat.size <= MAX_FILE_BYTES) files.push(path);
        } catch {
            // a file that vanished or cannot be read is simply not a catalogue
        }
    }
    return files;
}
