/**
 * The bases of LANGUAGE.md section 3: each turns a measure's value for the year into the number a
 * condition compares, or says in Swedish why it cannot.
 */
import type { Base, Direction, MeasureView } from '../model/model-view.js';
import { round10 } from './numbers.js';
import type { BaseResult, GroupUse, SourcedValue } from './result.js';
import { baseText } from './text.js';
import {
    measureValue,
    nationalValue,
    population,
    typedMean,
    type Lookup,
    type PopulationEntry,
    type RunContext
} from './values.js';

/**
 * Computes one base for the context's year. `own` is the measure's value for that year (looked up once
 * per measure by the caller).
 */
export function computeBase(ctx: RunContext, measure: MeasureView, base: Base, own: Lookup<SourcedValue>): BaseResult {
    const text = baseText(base);
    const undecidable = (reason: string, extra: Partial<BaseResult> = {}): BaseResult => ({
        base,
        text,
        value: null,
        reason: `${reason} (${text})`,
        ...extra
    });
    if (!own.ok) {
        return undecidable(own.reason);
    }
    const ownValue = own.value;
    const done = (value: number, extra: Partial<BaseResult> = {}): BaseResult => ({
        base,
        text,
        value,
        own: ownValue,
        ...extra
    });

    switch (base.kind) {
        case 'value':
            return done(ownValue.value);

        case 'rank':
        case 'quartile': {
            if (measure.direction === undefined) {
                return undecidable('riktning saknas: ange högre är bättre eller lägre är bättre', { own: ownValue });
            }
            const entries = population(ctx, measure, ownValue);
            if (!entries.ok) {
                return undecidable(entries.reason, { own: ownValue });
            }
            let members: Set<string> | undefined;
            if (base.group !== undefined) {
                const group = groupMembers(ctx, base.group);
                if (!group.ok) {
                    return undecidable(group.reason, { own: ownValue });
                }
                if (group.value.length === 0) {
                    return undecidable(`jämförelsegruppen ${base.group} har inga kommuner`, { own: ownValue });
                }
                members = new Set(group.value);
                // Rank in a group is among its members plus the municipality itself.
                members.add(selfCode(ctx));
            }
            const ranking = rank(entries.value, ownValue.value, measure.direction, selfCode(ctx), members);
            const extra: Partial<BaseResult> = { rank: ranking.rank, ranked: ranking.ranked };
            if (base.group !== undefined && members) {
                extra.group = groupUse(base.group, [...members], ranking.codes);
            }
            if (base.kind === 'rank') {
                return done(ranking.rank, extra);
            }
            const quartile = Math.ceil((4 * ranking.rank) / ranking.ranked);
            return done(quartile, { ...extra, quartile });
        }

        case 'diffNational': {
            const national = nationalValue(ctx, measure, ctx.year);
            if (!national.ok) {
                return undecidable(national.reason, { own: ownValue });
            }
            return done(round10(ownValue.value - national.value.value), { national: national.value });
        }

        case 'diffMean': {
            const typed = typedMean(measure, ctx.year);
            if (typed !== undefined) {
                if (!typed.ok) {
                    return undecidable(typed.reason, { own: ownValue });
                }
                return done(round10(ownValue.value - typed.value.value), { mean: typed.value });
            }
            const entries = population(ctx, measure, ownValue);
            if (!entries.ok) {
                return undecidable(entries.reason, { own: ownValue });
            }
            if (entries.value.length === 0) {
                return undecidable(`ingen kommun har ett värde för ${ctx.year}`, { own: ownValue });
            }
            const mean = meanOf(entries.value);
            return done(round10(ownValue.value - mean), { mean: { value: mean, count: entries.value.length } });
        }

        case 'diffGroup': {
            const group = groupMembers(ctx, base.group);
            if (!group.ok) {
                return undecidable(group.reason, { own: ownValue });
            }
            const entries = population(ctx, measure, ownValue);
            if (!entries.ok) {
                return undecidable(entries.reason, { own: ownValue });
            }
            // The group's members only: the municipality itself counts when it is listed as a member.
            const members = new Set(group.value);
            const counted = entries.value.filter((entry) => members.has(entry.code));
            const use = groupUse(base.group, group.value, counted.map((entry) => entry.code));
            if (counted.length === 0) {
                return undecidable(`ingen kommun i ${base.group} har ett värde för ${ctx.year}`, {
                    own: ownValue,
                    group: use
                });
            }
            const mean = meanOf(counted);
            return done(round10(ownValue.value - mean), { mean: { value: mean, count: counted.length }, group: use });
        }

        case 'change': {
            const previousYear = ctx.year - 1;
            const previous = measureValue(ctx, measure, previousYear);
            if (!previous.ok) {
                return undecidable(`inget värde för ${previousYear}`, { own: ownValue });
            }
            return done(round10(ownValue.value - previous.value.value), { previous: previous.value });
        }
    }
}

function selfCode(ctx: RunContext): string {
    return ctx.municipality ?? '';
}

/**
 * A group's members: its `kommuner` codes and the members of its `kolada G…` groups, each once, in the
 * order written. A Kolada group whose members are not loaded makes the group unusable rather than
 * silently smaller, since a rank among part of a group would look right and be wrong.
 */
export function groupMembers(ctx: RunContext, groupId: string): Lookup<string[]> {
    const group = ctx.groups.get(groupId);
    if (group === undefined) {
        return { ok: false, reason: `okänd jämförelsegrupp ${groupId}` };
    }
    const members = new Set(group.municipalities);
    for (const koladaGroup of group.koladaGroups) {
        const koladaMembers = ctx.data.groupMembers(koladaGroup);
        if (koladaMembers === undefined) {
            return { ok: false, reason: `medlemmarna i Kolada-gruppen ${koladaGroup} är inte inlästa` };
        }
        for (const code of koladaMembers) {
            members.add(code);
        }
    }
    return { ok: true, value: [...members] };
}

function groupUse(id: string, members: string[], withValueCodes: string[]): GroupUse {
    const withValue = new Set(withValueCodes);
    return {
        id,
        members,
        withValue: members.filter((code) => withValue.has(code)),
        withoutValue: members.filter((code) => !withValue.has(code))
    };
}

interface Ranking {
    rank: number;
    ranked: number;
    /** Codes of the ranked municipalities. */
    codes: string[];
}

/**
 * 1 + the number of municipalities strictly better than the own value, so ties share the better rank
 * (1, 2, 2, 4). `members` restricts the ranking to a group.
 */
function rank(
    entries: readonly PopulationEntry[],
    ownValue: number,
    direction: Direction,
    self: string,
    members: ReadonlySet<string> | undefined
): Ranking {
    const own = round10(ownValue);
    const higher = direction === 'higher';
    let better = 0;
    let ranked = 0;
    let sawSelf = false;
    const codes: string[] = [];
    for (const entry of entries) {
        if (members !== undefined && !members.has(entry.code)) {
            continue;
        }
        ranked++;
        if (members !== undefined) {
            codes.push(entry.code);
        }
        if (entry.code === self) {
            sawSelf = true;
        } else if (higher ? entry.rounded > own : entry.rounded < own) {
            better++;
        }
    }
    if (!sawSelf) {
        // The own value always takes part, even if the data store does not list the own code.
        ranked++;
        if (members !== undefined) {
            codes.push(self);
        }
    }
    return { rank: better + 1, ranked, codes };
}

function meanOf(entries: readonly PopulationEntry[]): number {
    let sum = 0;
    for (const entry of entries) {
        sum += entry.value;
    }
    return sum / entries.length;
}
