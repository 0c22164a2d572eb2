/**
 * How the municipality stands among the others (READERS.md 4), in words and as table rows: the rank with what
 * plats 1 means, the lowest, median and highest value, Riket, the compared group's members with their values,
 * and kvinnor/män beside the total. Every number of one standing has the same decimals (`sharedDecimals`).
 */
import { round10 } from '../../fulfilment/numbers.js';
import type { Standing, StandingEntry } from '../../fulfilment/result.js';
import { formatFixed, formatRank, sharedDecimals } from '../format.js';
import { municipalityText } from './municipality.js';
import { joinSwedish } from './words.js';

export interface StandingText {
    /** `Kumla kommun (1881) har 75,0 % 2019.` */
    own: string;
    /** `Plats 144 av 290, där plats 1 är bäst (högst värde).`; absent when the measure has no direction. */
    rank?: string;
    /** `Lägst 60,0 % (…), median 75,0 %, högst 90,0 % (…), bland 290 kommuner med värde.` */
    range: string;
    /** `Riket: 75,0 %.` */
    national?: string;
    /** `Grannar: Kumla kommun (1881) 75,0 %, … och Örebro kommun (1880) saknar värde.` */
    group?: string;
    /** `Kvinnor 78,0 %, män 72,0 % (totalt 75,0 %).` */
    genders?: string;
}

/** One row of *Visa som tabell*: every municipality, best first (lowest first without a direction). */
export interface StandingRow {
    /** The rank (ties share the better one); absent without a direction. */
    place?: number;
    code: string;
    name: string;
    value: string;
    own: boolean;
    /** A member of the group the measure compares with. */
    member: boolean;
}

/** The name a reader knows a municipality by, from the data's metadata when the standing carries it. */
function nameOf(code: string, name?: string): string {
    return municipalityText(code, name) ?? code;
}

/**
 * `sharedDecimals` of one standing's values, once per values array: the array is shared by every measure and
 * model that reads the same data map and is never changed (fulfilment/standing.ts), and a site of 290 models
 * would otherwise scan the same 290 values on each of its 17,400 measure pages.
 */
const valuesDecimals = new WeakMap<readonly number[], number>();

/** The decimals every number of the standing is shown with. */
export function standingDecimals(standing: Standing): number {
    let ofValues = valuesDecimals.get(standing.values);
    if (ofValues === undefined) {
        ofValues = sharedDecimals(standing.values);
        valuesDecimals.set(standing.values, ofValues);
    }
    const group = standing.group?.members.map(m => m.value).filter((v): v is number => v !== null) ?? [];
    const genders = standing.genders ? [standing.genders.women, standing.genders.men] : [];
    // The largest of the two parts is the shared decimals of all of them (sharedDecimals is a maximum).
    return Math.max(
        ofValues,
        sharedDecimals([
            standing.median,
            ...(standing.national === undefined ? [] : [standing.national]),
            ...group,
            ...genders
        ])
    );
}

export function standingText(standing: Standing, unit?: string): StandingText {
    const decimals = standingDecimals(standing);
    const value = (v: number) => formatFixed(v, decimals, unit);
    const own = `${nameOf(standing.own.code, standing.own.name)} har ${value(standing.own.value)} ${standing.year}.`;
    const text: StandingText = {
        own,
        range:
            `Lägst ${value(standing.lowest.value)} (${nameOf(standing.lowest.code, standing.lowest.name)}), ` +
            `median ${value(standing.median)}, högst ${value(standing.highest.value)} ` +
            `(${nameOf(standing.highest.code, standing.highest.name)}), bland ${formatRank(standing.count)} kommuner med värde.`
    };
    if (standing.rank !== undefined && standing.direction !== undefined) {
        const best = standing.direction === 'higher' ? 'högst värde' : 'lägst värde';
        text.rank = `Plats ${formatRank(standing.rank, standing.count)}, där plats 1 är bäst (${best}).`;
    }
    if (standing.national !== undefined) {
        text.national = `Riket: ${value(standing.national)}.`;
    }
    if (standing.group) {
        const members = standing.group.members.map(
            m => `${nameOf(m.code, m.name)} ${m.value === null ? 'saknar värde' : value(m.value)}`
        );
        text.group = `${standing.group.title ?? standing.group.id}: ${joinSwedish(members)}.`;
    }
    if (standing.genders) {
        text.genders = `Kvinnor ${value(standing.genders.women)}, män ${value(standing.genders.men)} (totalt ${value(standing.own.value)}).`;
    }
    return text;
}

/** The sentences in reading order, for an accessible name or a paragraph. */
export function standingSentences(text: StandingText): string[] {
    return [text.own, text.rank, text.genders, text.range, text.national, text.group].filter(
        (s): s is string => s !== undefined
    );
}

/**
 * The positions in `standing.codes`/`values`, best first when the measure has a direction (lowest first without
 * one); ties in the order of their codes.
 */
export function standingOrder(standing: Standing): number[] {
    const { codes, values } = standing;
    const sign = standing.direction === 'higher' ? -1 : 1;
    return values
        .map((_, index) => index)
        .sort((a, b) => {
            const x = round10(values[a]!);
            const y = round10(values[b]!);
            return x !== y ? sign * (x - y) : codes[a]! < codes[b]! ? -1 : 1;
        });
}

/**
 * What every page showing the same municipalities' values shares: the order, each row as it reads when it is
 * neither the own municipality nor a member of the compared group, and each code's position. The own row and
 * the members' rows differ per model; everything else is the same for all 290 models' pages of a KPI and year.
 */
export interface StandingLayout {
    /** Positions in `standing.codes`/`values`, best first (lowest first without a direction). */
    order: readonly number[];
    /** One row per position in `order`, never the own or a member row (frozen: shared between pages). */
    rows: readonly Readonly<StandingRow>[];
    /** The row position of each code. */
    position: ReadonlyMap<string, number>;
}

interface LayoutEntry {
    codes: readonly string[];
    direction: Standing['direction'];
    unit: string | undefined;
    decimals: number;
    lowest: StandingEntry;
    highest: StandingEntry;
    layout: StandingLayout;
}

/** The layouts of one values array (shared and never changed, as above), by everything else a row depends on. */
const layouts = new WeakMap<readonly number[], LayoutEntry[]>();

const sameEntry = (a: StandingEntry, b: StandingEntry) => a.code === b.code && a.name === b.name;

/** The standing's shared layout (see `StandingLayout`), computed once per values array and what the rows depend on. */
export function standingLayout(standing: Standing, unit?: string): StandingLayout {
    const decimals = standingDecimals(standing);
    let entries = layouts.get(standing.values);
    if (entries === undefined) {
        entries = [];
        layouts.set(standing.values, entries);
    }
    const found = entries.find(
        e =>
            e.codes === standing.codes &&
            e.direction === standing.direction &&
            e.unit === unit &&
            e.decimals === decimals &&
            sameEntry(e.lowest, standing.lowest) &&
            sameEntry(e.highest, standing.highest)
    );
    if (found) return found.layout;
    const layout = computeLayout(standing, unit, decimals);
    entries.push({
        codes: standing.codes,
        direction: standing.direction,
        unit,
        decimals,
        lowest: standing.lowest,
        highest: standing.highest,
        layout
    });
    return layout;
}

function computeLayout(standing: Standing, unit: string | undefined, decimals: number): StandingLayout {
    // A row that is neither the own municipality nor a member is named from the extremes' names only.
    const names = new Map<string, string | undefined>([
        [standing.lowest.code, standing.lowest.name],
        [standing.highest.code, standing.highest.name]
    ]);
    const order = standingOrder(standing);
    const rows: StandingRow[] = [];
    const position = new Map<string, number>();
    let place = 1;
    order.forEach((index, at) => {
        const value = standing.values[index]!;
        const before = at > 0 ? standing.values[order[at - 1]!]! : undefined;
        if (before !== undefined && round10(before) !== round10(value)) {
            place = at + 1;
        }
        const code = standing.codes[index]!;
        const row: StandingRow = {
            code,
            name: nameOf(code, names.get(code)),
            value: formatFixed(value, decimals, unit),
            own: false,
            member: false
        };
        if (standing.direction !== undefined) {
            row.place = place;
        }
        rows.push(Object.freeze(row));
        position.set(code, at);
    });
    return { order, rows, position };
}

/** The names of the own municipality and the group's members, as their rows show them. */
function specialNames(standing: Standing): Map<string, string | undefined> {
    return new Map<string, string | undefined>([
        [standing.own.code, standing.own.name],
        [standing.lowest.code, standing.lowest.name],
        [standing.highest.code, standing.highest.name],
        ...(standing.group?.members.map(m => [m.code, m.name] as [string, string | undefined]) ?? [])
    ]);
}

/** The own row or a member's row at `row`'s position (the shared row with its own name and marks). */
export function specialRow(standing: Standing, row: Readonly<StandingRow>, member: boolean): StandingRow {
    const name = nameOf(row.code, specialNames(standing).get(row.code));
    return { ...row, name, own: row.code === standing.own.code, member };
}

/**
 * Every municipality's row, best first when the measure has a direction (lowest first otherwise), with its place:
 * ties share the better place, as `rang` ranks. Rows other than the own and the members' are shared (frozen).
 */
export function standingRows(standing: Standing, unit?: string): StandingRow[] {
    const layout = standingLayout(standing, unit);
    const members = new Set(standing.group?.members.map(m => m.code) ?? []);
    return layout.rows.map(row =>
        row.code === standing.own.code || members.has(row.code) ? specialRow(standing, row, members.has(row.code)) : row
    );
}

/** One row of the short table the Word report carries: the own municipality, the group, Riket, median and extremes. */
export interface StandingSummaryRow {
    label: string;
    value: string;
    /** `144 av 290`; absent for Riket, the median, and without a direction. */
    place?: string;
    own: boolean;
}

/**
 * The standing in a few rows, for a printed report where all municipalities would take pages: the own
 * municipality, the compared group's members, Riket, the median, the highest and the lowest.
 */
export function standingSummaryRows(standing: Standing, unit?: string): StandingSummaryRow[] {
    const rows = standingRows(standing, unit);
    const byCode = new Map(rows.map(row => [row.code, row]));
    const decimals = standingDecimals(standing);
    const placeOf = (code: string) => {
        const place = byCode.get(code)?.place;
        return place === undefined ? undefined : formatRank(place, standing.count);
    };
    const row = (label: string, value: string, code?: string, own = false): StandingSummaryRow => {
        const place = code === undefined ? undefined : placeOf(code);
        return place === undefined ? { label, value, own } : { label, value, place, own };
    };
    const out: StandingSummaryRow[] = [
        row(
            `${byCode.get(standing.own.code)!.name} (vår kommun)`,
            byCode.get(standing.own.code)!.value,
            standing.own.code,
            true
        )
    ];
    for (const member of standing.group?.members ?? []) {
        if (member.code !== standing.own.code) {
            const label = `${nameOf(member.code, member.name)} (${standing.group!.title ?? standing.group!.id})`;
            out.push(
                member.value === null
                    ? { label, value: 'saknar värde', own: false }
                    : row(label, formatFixed(member.value, decimals, unit), member.code)
            );
        }
    }
    if (standing.national !== undefined) {
        out.push(row('Riket', formatFixed(standing.national, decimals, unit)));
    }
    out.push(row('Median', formatFixed(standing.median, decimals, unit)));
    out.push(
        row(
            `Högst: ${byCode.get(standing.highest.code)!.name}`,
            byCode.get(standing.highest.code)!.value,
            standing.highest.code
        )
    );
    out.push(
        row(
            `Lägst: ${byCode.get(standing.lowest.code)!.name}`,
            byCode.get(standing.lowest.code)!.value,
            standing.lowest.code
        )
    );
    return out;
}
