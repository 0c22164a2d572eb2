import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedDataFile } from '../../src/data/parsed-data-file.js';
import { parseDataFile } from '../../src/data/read-data-file.js';
import type { DataSourceView } from '../../src/model/model-view.js';

export const resources = join(dirname(fileURLToPath(import.meta.url)), 'resources');

export function resource(name: string): string {
    return join(resources, name);
}

/** Parses text (UTF-8) or raw bytes as the file `name`. */
export function parse(content: string | Uint8Array, name = '/data/test.csv'): ParsedDataFile {
    return parseDataFile(typeof content === 'string' ? new TextEncoder().encode(content) : content, name);
}

export function parseResource(name: string): ParsedDataFile {
    return parseDataFile(readFileSync(resource(name)), resource(name));
}

/** The stored value and its line, or undefined. */
export function stored(
    data: ParsedDataFile,
    kpi: string,
    code: string,
    year: number,
    gender: 0 | 1 | 2 = 0
): { value: number; line: number } | undefined {
    const column = data.values.find(kpi, gender, year);
    const index = data.values.indexOf(code);
    if (column === undefined || index === undefined) {
        return undefined;
    }
    const line = column.lines[index];
    return line ? { value: column.values[index] as number, line } : undefined;
}

export function source(resolvedPath: string, kpi?: string): DataSourceView {
    const location = { file: '/modell/styrmodell.styr', line: 3, column: 5, endLine: 3, endColumn: 30 };
    return { path: resolvedPath, resolvedPath, location, ...(kpi === undefined ? {} : { kpi }) };
}

export function tempDir(): string {
    return mkdtempSync(join(tmpdir(), 'styrmodell-data-'));
}
