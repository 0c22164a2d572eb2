import type { DataSourceView, Gender } from '../model/model-view.js';
import { ColumnMunicipalities } from './column-municipalities.js';
import type { DataLookup, DataOrigin, DataProblem, DataValue } from './data-api.js';
import type { DataFileCache } from './data-file-cache.js';
import { isMunicipalityCode } from './municipality-code.js';
import type { KpiDetails, ParsedDataFile } from './parsed-data-file.js';
import { DataProblemCode } from './problems.js';
import { genderIndex, type ValueTable, type YearColumn } from './value-table.js';

/** A `data` line together with what its file held. */
export interface DataSourceFile {
    source: DataSourceView;
    data: ParsedDataFile;
}

/** A model's result data: the lookup and every problem of its data files. */
export interface ModelData {
    lookup: DataLookup;
    /** Problems of the files (each once, even when a file is named twice) and of how the model names them. */
    problems: DataProblem[];
}

/** Loads (or takes from the cache) every file of a model's `data` lines and combines them. Never throws. */
export function loadModelData(sources: readonly DataSourceView[], cache: DataFileCache): ModelData {
    return combineDataFiles(sources.map(source => ({ source, data: cache.load(source.resolvedPath, source.sheet) })));
}

export async function loadModelDataAsync(sources: readonly DataSourceView[], cache: DataFileCache): Promise<ModelData> {
    const files = await Promise.all(sources.map(source => cache.loadAsync(source.resolvedPath, source.sheet)));
    return combineDataFiles(sources.map((source, i) => ({ source, data: files[i] as ParsedDataFile })));
}

/**
 * Combines parsed files in the order the model names them. When two files hold a value for the same KPI,
 * municipality, year and gender, the file named later wins, whole value and provenance; a missing marker
 * is no value, so it never hides an earlier file's value. Metadata (titles, names, groups) combine the same way.
 *
 * A `nyckeltal K` on a `data` line names the KPI of a file without a kpi column; on a file with one, it
 * selects that KPI's rows and the file's other KPIs are not used.
 */
export function combineDataFiles(files: readonly DataSourceFile[]): ModelData {
    const problems: DataProblem[] = [];
    const reported = new Set<string>();
    const layers: Layer[] = [];
    for (const { source, data } of files) {
        const fileKey = `${data.file}\u0000${data.sheet ?? ''}`;
        if (!reported.has(fileKey)) {
            reported.add(fileKey);
            problems.push(...data.problems);
        }
        const isValues = data.format === 'csv-long' || data.format === 'csv-wide' || data.format === 'kolada-json';
        if (isValues && data.needsKpi && source.kpi === undefined) {
            problems.push({
                code: DataProblemCode.kpiRequired,
                file: data.file,
                line: 0,
                message:
                    `Filen ${source.path} har ingen kolumn för nyckeltal, så data-raden måste säga vilket ` +
                    `nyckeltal den innehåller: skriv data "${source.path}" nyckeltal N00901 (med rätt id).`,
                severity: 'error'
            });
        }
        if (isValues && source.kpi !== undefined && !data.needsKpi && !data.values.kpis.has(source.kpi)) {
            const some = [...data.values.kpis.keys()].slice(0, 5).join(', ');
            problems.push({
                code: DataProblemCode.kpiNotInFile,
                file: data.file,
                line: 0,
                message:
                    `Filen ${source.path} har inga värden för nyckeltalet ${source.kpi}` +
                    `${some ? ` (den har t.ex. ${some})` : ''}. Rätta nyckeltalet på data-raden, ` +
                    'eller ta bort det för att använda alla nyckeltal i filen.',
                severity: 'warning'
            });
        }
        layers.push(new Layer(data, source.kpi));
    }
    return { lookup: sharedLookup(layers), problems };
}

/**
 * Lookups by the parsed files and `nyckeltal` selections they combine. Every model that names the same data
 * (290 municipality models and one national file) shares one lookup, and with it the per-(KPI, year, gender)
 * municipality maps and the engine's rank tables built on them. Keyed weakly on the first file's parse, so a
 * re-read file (a new parse) starts a new lookup and the old one goes with the old parse.
 */
const sharedLookups = new WeakMap<
    ParsedDataFile,
    Map<string, { files: readonly ParsedDataFile[]; lookup: CombinedLookup }>
>();

function sharedLookup(layers: Layer[]): CombinedLookup {
    const first = layers[0];
    if (first === undefined) {
        return new CombinedLookup(layers);
    }
    const key = layers
        .map(layer => `${layer.file}\u0000${layer.data.sheet ?? ''}\u0000${layer.lineKpi ?? ''}`)
        .join('\u0001');
    let byKey = sharedLookups.get(first.data);
    if (byKey === undefined) {
        byKey = new Map();
        sharedLookups.set(first.data, byKey);
    }
    const cached = byKey.get(key);
    if (cached !== undefined && cached.files.every((data, i) => data === layers[i]?.data)) {
        return cached.lookup;
    }
    const lookup = new CombinedLookup(layers);
    byKey.set(key, { files: layers.map(layer => layer.data), lookup });
    return lookup;
}

/** One `data` line's view of its file: which of the file's KPIs answer for a requested KPI. */
class Layer {
    readonly file: string;
    readonly table: ValueTable;
    private municipalityFlags: Uint8Array | undefined;

    constructor(
        readonly data: ParsedDataFile,
        readonly lineKpi: string | undefined
    ) {
        this.file = data.file;
        this.table = data.values;
    }

    /** Where a value on `line` came from: the file, and for a workbook its sheet. */
    origin(line: number): DataOrigin {
        const sheet = this.data.sheet;
        return sheet === undefined ? { file: this.file, line } : { file: this.file, line, sheet };
    }

    /** The KPI key in the file for a requested KPI, or undefined when this layer does not answer for it. */
    fileKpi(kpi: string): string | undefined {
        if (this.lineKpi === undefined) {
            return this.data.needsKpi ? undefined : kpi;
        }
        if (kpi !== this.lineKpi) {
            return undefined;
        }
        return this.data.needsKpi ? '' : kpi;
    }

    /** 1 for each code index that counts as a municipality; computed once per layer. */
    municipalities(): Uint8Array {
        const codes = this.table.codes;
        if (this.municipalityFlags === undefined || this.municipalityFlags.length !== codes.length) {
            this.municipalityFlags = Uint8Array.from(codes, code => (isMunicipalityCode(code) ? 1 : 0));
        }
        return this.municipalityFlags;
    }
}

class CombinedLookup implements DataLookup {
    private readonly municipalityCache = new Map<string, ReadonlyMap<string, number>>();
    private readonly yearCache = new Map<string, number[]>();
    private knownCodes: Set<string> | undefined;

    constructor(private readonly layers: readonly Layer[]) {}

    value(kpi: string, municipality: string, year: number, gender: Gender): DataValue | undefined {
        const g = genderIndex(gender);
        for (let i = this.layers.length - 1; i >= 0; i--) {
            const layer = this.layers[i] as Layer;
            const fileKpi = layer.fileKpi(kpi);
            if (fileKpi === undefined) {
                continue;
            }
            const column = layer.table.find(fileKpi, g, year);
            const index = column && layer.table.indexOf(municipality);
            if (column === undefined || index === undefined) {
                continue;
            }
            const line = column.lines[index];
            if (line) {
                return { value: column.values[index] as number, origin: layer.origin(line) };
            }
        }
        return undefined;
    }

    municipalities(kpi: string, year: number, gender: Gender): ReadonlyMap<string, number> {
        const key = `${kpi}\u0000${year}\u0000${gender}`;
        let result = this.municipalityCache.get(key);
        if (result === undefined) {
            result = this.collectMunicipalities(kpi, year, genderIndex(gender));
            this.municipalityCache.set(key, result);
        }
        return result;
    }

    years(kpi: string, gender: Gender): number[] {
        const key = `${kpi}\u0000${gender}`;
        let result = this.yearCache.get(key);
        if (result === undefined) {
            const g = genderIndex(gender);
            const years = new Set<number>();
            for (const layer of this.layers) {
                const fileKpi = layer.fileKpi(kpi);
                const columns = fileKpi === undefined ? undefined : layer.table.kpis.get(fileKpi)?.[g];
                for (const [year, column] of columns ?? []) {
                    if (column.size > 0) {
                        years.add(year);
                    }
                }
            }
            result = [...years].sort((a, b) => a - b);
            this.yearCache.set(key, result);
        }
        return [...result];
    }

    groupMembers(groupId: string): readonly string[] | undefined {
        return this.latest(data => data.groups.get(groupId));
    }

    kpiTitle(kpi: string): string | undefined {
        return this.latest(data => data.kpiTitles.get(kpi));
    }

    kpiDetails(kpi: string): KpiDetails | undefined {
        return this.latest(data => data.kpiDetails.get(kpi));
    }

    hasKpiMetadata(): boolean {
        return this.layers.some(layer => layer.data.kpiTitles.size > 0);
    }

    municipalityName(code: string): string | undefined {
        return this.latest(data => data.municipalityNames.get(code));
    }

    knownMunicipalities(): ReadonlySet<string> {
        this.knownCodes ??= new Set(this.layers.flatMap(layer => layer.table.codes.filter(isMunicipalityCode)));
        return this.knownCodes;
    }

    private latest<T>(get: (data: ParsedDataFile) => T | undefined): T | undefined {
        for (let i = this.layers.length - 1; i >= 0; i--) {
            const found = get((this.layers[i] as Layer).data);
            if (found !== undefined) {
                return found;
            }
        }
        return undefined;
    }

    private collectMunicipalities(kpi: string, year: number, g: number): ReadonlyMap<string, number> {
        const found: { layer: Layer; column: YearColumn }[] = [];
        for (const layer of this.layers) {
            const fileKpi = layer.fileKpi(kpi);
            const column = fileKpi === undefined ? undefined : layer.table.find(fileKpi, g, year);
            if (column !== undefined && column.size > 0) found.push({ layer, column });
        }
        const only = found.length === 1 ? found[0] : undefined;
        if (only !== undefined) {
            // One file answers (the usual case): a view of its column, nothing copied.
            const table = only.layer.table;
            return new ColumnMunicipalities(
                table.codes,
                code => table.indexOf(code),
                only.layer.municipalities(),
                only.column
            );
        }
        // Several files: the one named later wins, in the order the codes were first met.
        const result = new Map<string, number>();
        for (const { layer, column } of found) {
            const flags = layer.municipalities();
            const codes = layer.table.codes;
            const end = Math.min(codes.length, column.lines.length);
            for (let index = 0; index < end; index++) {
                if (column.lines[index] !== 0 && flags[index] === 1) {
                    result.set(codes[index] as string, column.values[index] as number);
                }
            }
        }
        return result;
    }
}
