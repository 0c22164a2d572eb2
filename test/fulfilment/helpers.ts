/**
 * Test-only builders: ModelView objects from short literals, conditions from the text a planner writes,
 * and an in-memory DataLookup.
 */
import type { DataLookup, DataValue } from '../../src/data/data-api.js';
import {
    type Base,
    type Comparison,
    type Condition,
    DEFAULT_BOUNDS,
    type Gender,
    type GoalView,
    type MeasureView,
    type ModelView,
    type Operator,
    type PeerGroupView,
    type SeriesPoint,
    type SourceLocation,
    type ThresholdLine
} from '../../src/model/model-view.js';

export const MODEL_FILE = '/models/test.styr';
export const DATA_FILE = '/models/data.csv';

export function loc(line = 1, file = MODEL_FILE): SourceLocation {
    return { file, line, column: 1, endLine: line, endColumn: 2 };
}

function parseNumber(text: string): number {
    return Number(text.replace('\u2212', '-').replace(',', '.'));
}

function parseBase(text: string): Base {
    const words = text.trim().split(/\s+/);
    switch (words[0]) {
        case 'värde':
            return { kind: 'value' };
        case 'förändring':
            return { kind: 'change' };
        case 'rang':
            return words[1] === 'i' ? { kind: 'rank', group: words[2]! } : { kind: 'rank' };
        case 'kvartil':
            return words[1] === 'i' ? { kind: 'quartile', group: words[2]! } : { kind: 'quartile' };
        case 'skillnad':
            if (words[2] === 'riket') {
                return { kind: 'diffNational' };
            }
            if (words[2] === 'medel') {
                return { kind: 'diffMean' };
            }
            if (words[2] === 'målvärde') {
                return { kind: 'diffTarget' };
            }
            return { kind: 'diffGroup', group: words[2]! };
    }
    throw new Error(`unknown base: ${text}`);
}

/** `rang <= 10 och värde >= 87,5` as the language layer would hand it over. */
export function cond(text: string, line = 10): Condition {
    const parts: Comparison[] = text.split(' och ').map(part => {
        const match = /^(.*?)\s*(>=|<=|>|<|=)\s*(\S+?)\s*%?$/.exec(part.trim());
        if (!match) {
            throw new Error(`cannot parse comparison: ${part}`);
        }
        return {
            base: parseBase(match[1]!),
            operator: match[2] as Operator,
            value: parseNumber(match[3]!),
            location: loc(line)
        };
    });
    return { parts, location: loc(line) };
}

/** `{ 2018: 7.2, 2019: 6.8 }` as the lines of an `utfall`/`riket`/`medel` block. */
export function points(values: Record<number, number>, firstLine = 20): SeriesPoint[] {
    return Object.entries(values).map(([year, value], index) => ({
        year: Number(year),
        value,
        location: loc(firstLine + index)
    }));
}

export interface MeasureInit extends Partial<MeasureView> {
    /** Shorthand for one `hel när` line without `från` (line 11). */
    full?: string | Condition;
    /** Shorthand for one `halv när` line without `från` (line 12). */
    half?: string | Condition;
}

/** A `hel när`/`halv när` line: `line('full', 'rang <= 10', 2027)`. */
export function line(level: 'full' | 'half', condition: string, from?: number, at = 13): ThresholdLine {
    const view: ThresholdLine = { level, condition: cond(condition, at), location: loc(at) };
    if (from !== undefined) {
        view.from = from;
    }
    return view;
}

export function measure(id: string, init: MeasureInit = {}): MeasureView {
    const { full, half, ...rest } = init;
    const view: MeasureView = {
        id,
        title: `Måttet ${id}`,
        goal: '',
        gender: 'T',
        weight: 1,
        location: loc(),
        ...rest,
        thresholds: [...(rest.thresholds ?? [])]
    };
    if (full !== undefined) {
        view.thresholds.push({
            level: 'full',
            condition: typeof full === 'string' ? cond(full, 11) : full,
            location: loc(11)
        });
    }
    if (half !== undefined) {
        view.thresholds.push({
            level: 'half',
            condition: typeof half === 'string' ? cond(half, 12) : half,
            location: loc(12)
        });
    }
    return view;
}

export function goal(id: string, init: Partial<GoalView> = {}, measures: MeasureView[] = []): GoalView {
    return {
        id,
        title: `Målet ${id}`,
        level: 'nämnd',
        contributesTo: [],
        municipalityWide: false,
        programmes: [],
        weight: 1,
        location: loc(),
        ...init,
        measures: measures.map(m => ({ ...m, goal: id }))
    };
}

export function peerGroup(id: string, municipalities: string[], koladaGroups: string[] = []): PeerGroupView {
    return { id, title: id, municipalities, koladaGroups, location: loc() };
}

export function model(init: Partial<ModelView> = {}): ModelView {
    return {
        id: 'Test',
        title: 'Testkommun',
        municipality: '1881',
        year: 2019,
        dataSources: [],
        bounds: DEFAULT_BOUNDS,
        areas: [],
        programmes: [],
        committees: [],
        administrations: [],
        groups: [],
        goals: [],
        followUps: [],
        files: [MODEL_FILE],
        location: loc(),
        ...init
    };
}

/** One data row: kpi, municipality, year, value, gender (default T). */
export type Row = [kpi: string, municipality: string, year: number, value: number, gender?: Gender];

/**
 * An in-memory DataLookup over rows; each row's origin is DATA_FILE and its 1-based index + 1 (as if
 * a header line came first). `municipalities` follows the contract: four digits, not starting with 00.
 */
export function memoryData(rows: readonly Row[], koladaGroups: Record<string, string[]> = {}): DataLookup {
    const values = new Map<string, DataValue>();
    const key = (kpi: string, code: string, year: number, gender: Gender) => `${kpi}|${code}|${year}|${gender}`;
    rows.forEach(([kpi, code, year, value, gender = 'T'], index) => {
        values.set(key(kpi, code, year, gender), { value, origin: { file: DATA_FILE, line: index + 2 } });
    });
    return {
        value: (kpi, code, year, gender) => values.get(key(kpi, code, year, gender)),
        municipalities: (kpi, year, gender) => {
            const result = new Map<string, number>();
            for (const [code, rowYear, rowGender, rowKpi] of rows.map(r => [r[1], r[2], r[4] ?? 'T', r[0]] as const)) {
                if (
                    rowKpi === kpi &&
                    rowYear === year &&
                    rowGender === gender &&
                    /^\d{4}$/.test(code) &&
                    !code.startsWith('00')
                ) {
                    result.set(code, values.get(key(kpi, code, year, gender))!.value);
                }
            }
            return result;
        },
        years: (kpi, gender) =>
            [...new Set(rows.filter(r => r[0] === kpi && (r[4] ?? 'T') === gender).map(r => r[2]))].sort(
                (a, b) => a - b
            ),
        groupMembers: id => koladaGroups[id],
        kpiTitle: () => undefined,
        kpiDetails: () => undefined,
        hasKpiMetadata: () => false,
        municipalityName: () => undefined,
        knownMunicipalities: () => new Set()
    };
}

/** Rows for one kpi and year from a list of [municipality, value]. */
export function rowsFor(
    kpi: string,
    year: number,
    values: ReadonlyArray<[string, number]>,
    gender: Gender = 'T'
): Row[] {
    return values.map(([code, value]) => [kpi, code, year, value, gender]);
}
