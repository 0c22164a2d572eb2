import { isValidYear } from '../model/valid-year.js';
import { JsonObjectLines, jsonErrorLine } from './json-lines.js';
import { normalizeMunicipalityCode } from './municipality-code.js';
import { isMissingMarker, parseNumber } from './parse-number.js';
import type { KpiDetails, ParsedDataFile } from './parsed-data-file.js';
import { DataProblemCode, type ProblemList, quoteCell } from './problems.js';

type JsonObject = Record<string, unknown>;
type EntryKind = 'values' | 'groups' | 'municipalities' | 'kpis';

const RESAVE = 'Spara filen igen från Koladas API, eller rätta posten.';

/**
 * Reads Kolada API JSON (v2 or v3) as saved from `/data/kpi/...`, `/kpi`, `/municipality` or
 * `/municipality_groups`: one page `{"values": [...]}` or an array of pages (or of bare entries).
 */
export function readKoladaJson(text: string, target: ParsedDataFile, problems: ProblemList): void {
    let document: unknown;
    try {
        document = JSON.parse(text);
    } catch (error) {
        const line = jsonErrorLine(text, error);
        problems.error(
            DataProblemCode.jsonInvalid,
            line,
            'Filen ser ut som JSON men kan inte läsas. ' + 'Spara filen igen från Koladas API, eller rätta JSON-texten.'
        );
        return;
    }
    const reader = new JsonReader(text, target, problems);
    if (Array.isArray(document)) {
        for (const item of document) {
            if (!isObject(item)) {
                continue;
            }
            const line = reader.lines.next(1);
            if (Array.isArray(item['values']) && !('kpi' in item)) {
                // Each page says what it holds: `fetch --metadata` writes KPIs, municipalities and groups as pages of one file.
                reader.kind = undefined;
                reader.page(item['values'], 3);
            } else {
                reader.entry(item, line, 3);
            }
        }
    } else if (isObject(document) && Array.isArray(document['values'])) {
        reader.page(document['values'], 2);
    } else {
        problems.error(
            DataProblemCode.unknownLayout,
            1,
            'JSON-filen känns inte igen: den ska ha en lista "values" så som Koladas API skriver den. ' +
                'Spara svaret från Koladas API som det är.'
        );
        return;
    }
    target.format = reader.format();
    if (reader.entries === 0) {
        problems.warning(
            DataProblemCode.noValues,
            0,
            'JSON-filen har inga poster i "values". Kontrollera att frågan till Koladas API gav svar.'
        );
    }
}

class JsonReader {
    readonly lines: JsonObjectLines;
    kind: EntryKind | undefined;
    /** Every kind seen, over all pages. */
    readonly kinds = new Set<EntryKind>();
    entries = 0;

    constructor(
        text: string,
        private readonly target: ParsedDataFile,
        private readonly problems: ProblemList
    ) {
        this.lines = new JsonObjectLines(text);
    }

    format(): ParsedDataFile['format'] {
        if (this.kinds.has('values')) {
            return 'kolada-json';
        }
        if (this.kinds.size > 1) {
            return 'kolada-metadata';
        }
        switch ([...this.kinds][0]) {
            case 'groups':
                return 'group-metadata';
            case 'municipalities':
                return 'municipality-metadata';
            case 'kpis':
                return 'kpi-metadata';
            default:
                return 'kolada-json';
        }
    }

    page(values: unknown[], depth: number): void {
        for (const entry of values) {
            if (isObject(entry)) {
                this.entry(entry, this.lines.next(depth), depth + 2);
            }
        }
    }

    /** One element of `values`; `innerDepth` is where its own `values` objects sit. */
    entry(entry: JsonObject, line: number, innerDepth: number): void {
        this.entries++;
        this.kind ??= entryKind(entry);
        if (this.kind !== undefined) {
            this.kinds.add(this.kind);
        }
        switch (this.kind) {
            case 'values':
                this.valueEntry(entry, line, innerDepth);
                return;
            case 'groups':
                this.groupEntry(entry);
                return;
            case 'municipalities': {
                const id = typeof entry['id'] === 'string' ? normalizeMunicipalityCode(entry['id']) : undefined;
                if (id !== undefined && typeof entry['title'] === 'string') {
                    this.target.municipalityNames.set(id, entry['title']);
                }
                return;
            }
            case 'kpis':
                if (typeof entry['id'] === 'string' && typeof entry['title'] === 'string') {
                    this.target.kpiTitles.set(entry['id'], entry['title']);
                    this.target.kpiDetails.set(entry['id'], kpiDetails(entry));
                }
                return;
            case undefined:
                this.problems.error(
                    DataProblemCode.unknownLayout,
                    line,
                    `posten känns inte igen; den ska ha "kpi", "municipality", "period" och "values" ` +
                        '(eller "id" och "title" för metadata). Spara svaret från Koladas API som det är.'
                );
                this.skipInner(entry, innerDepth);
                return;
        }
    }

    private valueEntry(entry: JsonObject, line: number, innerDepth: number): void {
        const table = this.target.values;
        const kpi = typeof entry['kpi'] === 'string' ? entry['kpi'].trim() : '';
        const rawCode = entry['municipality'];
        const code =
            typeof rawCode === 'string'
                ? normalizeMunicipalityCode(rawCode)
                : typeof rawCode === 'number'
                  ? normalizeMunicipalityCode(String(rawCode))
                  : undefined;
        const year = parsePeriod(entry['period']);
        const inner = entry['values'];
        let problem: string | undefined;
        if (kpi.length === 0) {
            problem = 'posten saknar "kpi" (nyckeltalets id)';
        } else if (code === undefined) {
            problem =
                rawCode === undefined
                    ? 'posten saknar "municipality" (kommunkoden)'
                    : `${showJson(rawCode)} är ingen kommunkod`;
        } else if (year === undefined) {
            problem = `perioden ${showJson(entry['period'])} är inget årtal`;
        } else if (!Array.isArray(inner)) {
            problem = 'posten saknar listan "values"';
        }
        if (problem !== undefined || code === undefined || year === undefined || !Array.isArray(inner)) {
            this.problems.row(DataProblemCode.rowUnreadable, line, `${problem}. ${RESAVE}`);
            this.skipInner(entry, innerDepth);
            return;
        }
        const index = table.intern(code);
        for (const item of inner) {
            if (!isObject(item)) {
                continue;
            }
            const itemLine = this.lines.next(innerDepth) || line;
            const gender = parseGender(item['gender']);
            if (gender < 0) {
                this.problems.row(
                    DataProblemCode.rowUnreadable,
                    itemLine,
                    `könet ${showJson(item['gender'])} är okänt; ` + `Kolada skriver "T", "K" eller "M". ${RESAVE}`
                );
                continue;
            }
            const value = parseJsonValue(item['value']);
            if (value === undefined) {
                continue;
            }
            if (Number.isNaN(value)) {
                this.problems.row(
                    DataProblemCode.rowUnreadable,
                    itemLine,
                    typeof item['value'] === 'number'
                        ? 'värdet är för stort för att räkna med. Rätta värdet, eller skriv null om det saknas.'
                        : `värdet ${showJson(item['value'])} är inget tal. ` +
                              'Skriv ett tal eller null för värde som saknas.'
                );
                continue;
            }
            const previous = table.column(table.series(kpi, gender), year).set(index, value, itemLine);
            if (previous !== 0) {
                this.problems.row(
                    DataProblemCode.duplicate,
                    itemLine,
                    `samma nyckeltal, kommun, år och kön finns redan på rad ${previous}. ` +
                        'Värdet på den här raden används; ta bort den post som är fel.',
                    'warning'
                );
            }
        }
    }

    private groupEntry(entry: JsonObject): void {
        const id = typeof entry['id'] === 'string' ? entry['id'].trim() : '';
        const members = entry['members'];
        if (id.length === 0 || !Array.isArray(members)) {
            return;
        }
        const codes: string[] = [];
        for (const member of members) {
            if (!isObject(member)) {
                continue;
            }
            // v3 writes member_id/member_title, v2 id/title.
            const rawId = member['member_id'] ?? member['id'];
            const title = member['member_title'] ?? member['title'];
            const code = typeof rawId === 'string' ? normalizeMunicipalityCode(rawId) : undefined;
            if (code === undefined) {
                continue;
            }
            codes.push(code);
            if (typeof title === 'string' && !this.target.municipalityNames.has(code)) {
                this.target.municipalityNames.set(code, title);
            }
        }
        this.target.groups.set(id, codes);
        if (typeof entry['title'] === 'string') {
            this.target.municipalityNames.set(id, entry['title']);
        }
    }

    /** Keeps the line counters in step when an entry's inner objects are not read. */
    private skipInner(entry: JsonObject, innerDepth: number): void {
        const inner = entry['values'];
        if (Array.isArray(inner)) {
            for (const item of inner) {
                if (isObject(item)) {
                    this.lines.next(innerDepth);
                }
            }
        }
    }
}

function kpiDetails(entry: JsonObject): KpiDetails {
    const description =
        typeof entry['description'] === 'string' && entry['description'].trim() !== ''
            ? entry['description'].trim()
            : undefined;
    const divided = entry['is_divided_by_gender'];
    // v3 writes a boolean, v2 a 0/1 number.
    const dividedByGender =
        typeof divided === 'boolean' ? divided : divided === 1 ? true : divided === 0 ? false : undefined;
    return { description, dividedByGender };
}

function entryKind(entry: JsonObject): EntryKind | undefined {
    if ('members' in entry) {
        return 'groups';
    }
    if ('kpi' in entry || 'period' in entry) {
        return 'values';
    }
    if ('id' in entry && 'title' in entry) {
        return 'type' in entry ? 'municipalities' : 'kpis';
    }
    return undefined;
}

function showJson(value: unknown): string {
    return quoteCell(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
}

function isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePeriod(period: unknown): number | undefined {
    const year = typeof period === 'number' ? period : typeof period === 'string' ? Number(period.trim()) : Number.NaN;
    return isValidYear(year) ? year : undefined;
}

function parseGender(gender: unknown): number {
    if (gender === undefined || gender === null || gender === '') {
        return 0;
    }
    switch (gender) {
        case 'T':
            return 0;
        case 'K':
            return 1;
        case 'M':
            return 2;
        default:
            return -1;
    }
}

/** undefined for a missing value (null, absent, a missing marker); NaN for something that is not a number. */
function parseJsonValue(value: unknown): number | undefined {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === 'number') {
        return Number.isFinite(value) ? value : Number.NaN;
    }
    if (typeof value === 'string') {
        const s = value.trim();
        return isMissingMarker(s, 0, s.length) ? undefined : parseNumber(s, 0, s.length, true);
    }
    return Number.NaN;
}
