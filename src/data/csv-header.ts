import { isValidYear } from '../model/valid-year.js';

/**
 * Recognises the header row of a CSV data file: which column holds what. Names are Swedish or English,
 * compared case-insensitively after NFC normalisation (a header typed on a Mac may be NFD).
 */

const KPI_NAMES = ['kpi', 'nyckeltal', 'kpi_id', 'nyckeltal_id'];
/** Most specific first: rKolada's tidy tables have both `municipality_id` (the code) and `municipality` (the name). */
const CODE_NAMES = ['municipality_id', 'kommunkod', 'kommun_id', 'kommun-id', 'kommun', 'municipality'];
const NAME_NAMES = ['kommunnamn', 'municipality_name', 'municipality', 'kommun', 'namn', 'name'];
const YEAR_NAMES = ['år', 'year', 'period'];
const VALUE_NAMES = ['värde', 'value'];
const GENDER_NAMES = ['kön', 'gender'];

export type HeaderKind = 'long' | 'wide' | 'kpi-metadata' | 'municipality-metadata';

export interface CsvHeader {
    kind: HeaderKind;
    kpi: number;
    municipality: number;
    /** A column with municipality names, -1 when none. */
    name: number;
    gender: number;
    year: number;
    /** Columns holding values: the `värde` column, or in a wide file one per year. */
    valueColumns: number[];
    /** Year of each value column in a wide file; -1 in a long file (the year column tells). */
    valueYears: number[];
    /**
     * A wide file's four-digit headers that name no valid year (`3000`, `0042`): not read, but said, because
     * they look like a year the planner meant.
     */
    invalidYearColumns: string[];
    /** Metadata: `id`, `title`, `type`. */
    id: number;
    title: number;
}

export type HeaderResult = { header: CsvHeader } | { missing: string[] };

export function normalizeHeaderName(name: string): string {
    let s = name.trim();
    if (s.charCodeAt(0) === 0xfeff) {
        s = s.slice(1).trim();
    }
    return s.normalize('NFC').toLowerCase();
}

/**
 * Classifies a header row. Returns the columns, or which columns a nearly recognised header lacks
 * (so the message can name them), or `{ missing: [] }` when nothing looks like a data header.
 */
export function classifyHeader(names: readonly string[]): HeaderResult {
    const normalized = names.map(normalizeHeaderName);
    const find = (candidates: readonly string[], except = -1): number => {
        for (const candidate of candidates) {
            const index = normalized.indexOf(candidate);
            if (index >= 0 && index !== except) {
                return index;
            }
        }
        return -1;
    };
    const municipality = find(CODE_NAMES);
    const kpi = find(KPI_NAMES);
    const year = find(YEAR_NAMES);
    const value = find(VALUE_NAMES);
    const gender = find(GENDER_NAMES);
    const name = municipality >= 0 ? find(NAME_NAMES, municipality) : -1;
    const yearColumns: number[] = [];
    const years: number[] = [];
    const invalidYears: string[] = [];
    normalized.forEach((header, index) => {
        if (/^\d{4}$/.test(header)) {
            if (isValidYear(Number(header))) {
                yearColumns.push(index);
                years.push(Number(header));
            } else {
                invalidYears.push(header);
            }
        }
    });
    const base = { kpi, municipality, name, gender, year, id: -1, title: -1, invalidYearColumns: [] };

    if (municipality >= 0 && year >= 0 && value >= 0) {
        return { header: { ...base, kind: 'long', valueColumns: [value], valueYears: [-1] } };
    }
    if (municipality >= 0 && year < 0 && value < 0 && yearColumns.length > 0) {
        return {
            header: {
                ...base,
                kind: 'wide',
                valueColumns: yearColumns,
                valueYears: years,
                invalidYearColumns: invalidYears
            }
        };
    }
    const id = normalized.indexOf('id');
    const title = normalized.indexOf('title');
    if (id >= 0 && title >= 0) {
        // `/v3/municipality` has `type` (K or L); `/v3/kpi` has `municipality_type` and many other columns.
        const kind = normalized.includes('type') ? 'municipality-metadata' : 'kpi-metadata';
        return {
            header: { ...base, kind, id, title, municipality: -1, name: -1, valueColumns: [], valueYears: [] }
        };
    }

    const recognised = [municipality, kpi, year, value, gender].filter(i => i >= 0).length + yearColumns.length;
    if (recognised === 0) {
        return { missing: [] };
    }
    const missing: string[] = [];
    if (municipality < 0) {
        missing.push('kommun');
    }
    if (yearColumns.length === 0 || value >= 0 || year >= 0) {
        if (year < 0) {
            missing.push('år');
        }
        if (value < 0) {
            missing.push('värde');
        }
    }
    return { missing };
}
