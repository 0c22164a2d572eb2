import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { declaredModelIds } from '../language/declared-models.js';

/** Files that can be built apart from all others: every file of each model they declare, and only those. */
export interface ModelGroup {
    files: string[];
    /** The model ids the files declare by the cheap scan; the worker checks its parse says no other. */
    ids: string[];
    /** Data files (absolute paths) the files name on a `data` line without a sheet, by the same scan: a hint. */
    dataPaths: string[];
    /** Total size of the files' text, to balance the groups. */
    size: number;
}

/** `data "path"` at the start of a line, and the rest of that line (a `blad` there names a workbook's sheet). */
const DATA_LINE = /(?:^|\n)[\uFEFF \t]*data[ \t]+"([^"\\\r\n]*)"([^\r\n]*)/g;

/** The data files a model file names, by a scan of its lines; the parse decides, this only lets them be read early. */
export function namedDataPaths(file: string, text: string): string[] {
    const paths: string[] = [];
    for (const match of text.matchAll(DATA_LINE)) {
        if (/\bblad\b/.test(match[2] as string)) continue;
        paths.push(resolve(dirname(file), match[1] as string));
    }
    return paths;
}

/**
 * The files split into groups that share no model id (by the scan of `styrmodell X` and `del av X` lines), so
 * that each group links and checks the same as in one build of all files: names are looked up within a model,
 * and a `del av X` file only ever joins a header X. Files the scan cannot read give undefined (build them all
 * together). Groups are merged into at most `count` bins of about equal size, biggest first.
 */
export function modelGroups(files: readonly string[], count: number): ModelGroup[] | undefined {
    const parent = new Map<string, string>();
    const find = (id: string): string => {
        let root = id;
        while (parent.get(root) !== root) root = parent.get(root) as string;
        parent.set(id, root);
        return root;
    };
    const scanned: { file: string; ids: string[]; dataPaths: string[]; size: number }[] = [];
    for (const file of files) {
        let text: string;
        try {
            text = readFileSync(file, 'utf8');
        } catch {
            return undefined;
        }
        const ids = [...declaredModelIds(text)];
        for (const id of ids) if (!parent.has(id)) parent.set(id, id);
        for (const id of ids.slice(1)) parent.set(find(id), find(ids[0] as string));
        scanned.push({ file, ids, dataPaths: namedDataPaths(file, text), size: text.length });
    }
    // Each set of connected ids is one unit; a file declaring no id is a unit by itself.
    const units = new Map<string, ModelGroup>();
    for (const entry of scanned) {
        const key = entry.ids.length > 0 ? `id:${find(entry.ids[0] as string)}` : `file:${entry.file}`;
        let unit = units.get(key);
        if (unit === undefined) {
            unit = { files: [], ids: [], dataPaths: [], size: 0 };
            units.set(key, unit);
        }
        unit.files.push(entry.file);
        unit.ids.push(...entry.ids);
        unit.dataPaths.push(...entry.dataPaths);
        unit.size += entry.size;
    }
    const bins: ModelGroup[] = Array.from({ length: Math.min(count, units.size) }, () => ({
        files: [],
        ids: [],
        dataPaths: [],
        size: 0
    }));
    for (const unit of [...units.values()].sort((a, b) => b.size - a.size)) {
        const bin = bins.reduce((least, next) => (next.size < least.size ? next : least));
        bin.files.push(...unit.files);
        bin.ids.push(...unit.ids);
        bin.dataPaths.push(...unit.dataPaths);
        bin.size += unit.size;
    }
    return bins.map(bin => ({
        files: bin.files.sort(),
        ids: [...new Set(bin.ids)].sort(),
        dataPaths: [...new Set(bin.dataPaths)].sort(),
        size: bin.size
    }));
}
