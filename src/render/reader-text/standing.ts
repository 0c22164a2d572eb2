/**
 * How the municipality stands among the others (READERS.md 4), in words and as table rows: the rank with what
 * plats 1 means, the lowest, median and highest value, Riket, the compared group's members with their values,
 * and kvinnor/män beside the total. Every number of one standing has the same decimals (`sharedDecimals`).
 */
import { round10 } from '../../fulfilment/numbers.js';
import type { Standing } from '../../fulfilment/result.js';
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

/** The decimals every number of the standing is shown with. */
export function standingDecimals(standing: Standing): number {
    const group = standing.group?.members.map(m => m.value).filter((v): v is number => v !== null) ?? [];
    const genders = standing.genders ? [standing.genders.women, standing.genders.men] : [];
    return sharedDecimals([
        ...standing.values,
        standing.median,
        ...(standing.national === undefined ? [] : [standing.national]),
        ...group,
        ...genders
    ]);
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
 * Every municipality's row, best first when the measure has a direction (lowest first otherwise), with its place:
 * ties share the better place, as `rang` ranks.
 */
export function standingRows(standing: Standing, unit?: string): StandingRow[] {
    const decimals = standingDecimals(standing);
    const members = new Set(standing.group?.members.map(m => m.code) ?? []);
    const names = new Map<string, string | undefined>([
        [standing.own.code, standing.own.name],
        [standing.lowest.code, standing.lowest.name],
        [standing.highest.code, standing.highest.name],
        ...(standing.group?.members.map(m => [m.code, m.name] as [string, string | undefined]) ?? [])
    ]);
    const order = standingOrder(standing);
    const rows: StandingRow[] = [];
    let place = 1;
    order.forEach((index, position) => {
        const value = standing.values[index]!;
        const before = position > 0 ? standing.values[order[position - 1]!]! : undefined;
        if (before !== undefined && round10(before) !== round10(value)) {
            place = position + 1;
        }
        const code = standing.codes[index]!;
        const row: StandingRow = {
            code,
            name: nameOf(code, names.get(code)),
            value: formatFixed(value, decimals, unit),
            own: code === standing.own.code,
            member: members.has(code)
        };
        if (standing.direction !== undefined) {
            row.place = place;
        }
        rows.push(row);
    });
    return rows;
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
