import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseDataFile } from '../data/index.js';

const MAX_DEPTH = 4;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const SKIPPED = new Set(['node_modules', '.git', 'out']);

/**
 * Kolada KPI titles and municipality names from metadata files anywhere in the workspace (the shapes of
 * `/v3/kpi` and `/v3/municipality`, as JSON or CSV), for completion. Found lazily and rescanned after a change.
 */
export class KoladaCatalog {
    private folders: string[] = [];
    private scanned?: { kpis: Map<string, string>; municipalities: Map<string, string> };

    setWorkspaceFolders(folders: string[]): void {
        this.folders = folders;
        this.scanned = undefined;
    }

    /** A data or metadata file changed on disk. */
    invalidate(): void {
        this.scanned = undefined;
    }

    kpis(): Map<string, string> {
        return this.scan().kpis;
    }

    municipalities(): Map<string, string> {
        return this.scan().municipalities;
    }

    private scan(): { kpis: Map<string, string>; municipalities: Map<string, string> } {
        if (this.scanned) return this.scanned;
        const kpis = new Map<string, string>();
        const municipalities = new Map<string, string>();
        for (const file of this.folders.flatMap(folder => candidateFiles(folder, 0))) {
            const parsed = parseDataFile(readFileSync(file), file);
            if (parsed.format === 'kpi-metadata') parsed.kpiTitles.forEach((title, id) => kpis.set(id, title));
            if (parsed.format === 'municipality-metadata') parsed.municipalityNames.forEach((name, code) => municipalities.set(code, name));
        }
        this.scanned = { kpis, municipalities };
        return this.scanned;
    }
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
