/**
 * The bases of LANGUAGE.md section 3: each turns a measure's value for the year into the number a
 * condition compares, or gives the cause why it cannot (cause.ts).
 */
import type { Base, MeasureView } from '../model/model-view.js';
import type { Cause } from './cause.js';
import { round10 } from './numbers.js';
import { applicableTarget } from './plan.js';
import { meanAll, meanAmong, type Ranking, rankAll, rankAmong } from './population.js';
import type { BaseResult, GroupUse, SourcedValue } from './result.js';
import { baseText } from './text.js';
import {
    fromPoint,
    type Lookup,
    measureValue,
    nationalValue,
    population as populationOf,
    type RunContext,
    typedMean
} from './values.js';

/** A base whose arithmetic overflowed (a mean of huge values) cannot be decided; it never shows Infinity or NaN. */
export function finiteBase(result: BaseResult): BaseResult {
    if (result.value === null || Number.isFinite(result.value)) {
        return result;
    }
    const { base, text, own } = result;
    return {
        base,
        text,
        value: null,
        cause: { kind: 'numbersTooLarge' },
        ...(own ? { own } : {})
    };
}

/**
 * Computes one base for the context's year. `own` is the measure's value for that year (looked up once
 * per measure by the caller).
 */
export function computeBase(ctx: RunContext, measure: MeasureView, base: Base, own: Lookup<SourcedValue>): BaseResult {
    const text = baseText(base);
    const undecidable = (cause: Cause, extra: Partial<BaseResult> = {}): BaseResult => ({
        base,
        text,
        value: null,
        cause,
        ...extra
    });
    if (!own.ok) {
        return undecidable(own.cause);
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
                return undecidable({ kind: 'noDirection' }, { own: ownValue });
            }
            const population = populationOf(ctx, measure, ownValue);
            if (!population.ok) {
                return undecidable(population.cause, { own: ownValue });
            }
            let ranking: Ranking;
            const extra: Partial<BaseResult> = {};
            if (base.group === undefined) {
                ranking = rankAll(population.value, measure.direction);
            } else {
                const group = groupMembers(ctx, base.group);
                if (!group.ok) {
                    return undecidable(group.cause, { own: ownValue });
                }
                if (group.value.length === 0) {
                    return undecidable({ kind: 'emptyGroup', group: base.group }, { own: ownValue });
                }
                // Rank in a group is among its members plus the municipality itself.
                ranking = rankAmong(population.value, group.value, measure.direction);
                const self = population.value.self;
                const members = group.value.includes(self) ? group.value : [...group.value, self];
                extra.group = groupUse(base.group, members, ranking.codes ?? []);
            }
            extra.rank = ranking.rank;
            extra.ranked = ranking.ranked;
            if (base.kind === 'rank') {
                return done(ranking.rank, extra);
            }
            const quartile = Math.ceil((4 * ranking.rank) / ranking.ranked);
            return done(quartile, { ...extra, quartile });
        }

        case 'diffNational': {
            const national = nationalValue(ctx, measure, ctx.year);
            if (!national.ok) {
                return undecidable(national.cause, { own: ownValue });
            }
            return done(round10(ownValue.value - national.value.value), { national: national.value });
        }

        case 'diffMean': {
            const typed = typedMean(measure, ctx.year);
            if (typed !== undefined) {
                if (!typed.ok) {
                    return undecidable(typed.cause, { own: ownValue });
                }
                return done(round10(ownValue.value - typed.value.value), { mean: typed.value });
            }
            const population = populationOf(ctx, measure, ownValue);
            if (!population.ok) {
                return undecidable(population.cause, { own: ownValue });
            }
            const mean = meanAll(population.value);
            return done(round10(ownValue.value - mean.value), { mean });
        }

        case 'diffGroup': {
            const group = groupMembers(ctx, base.group);
            if (!group.ok) {
                return undecidable(group.cause, { own: ownValue });
            }
            const population = populationOf(ctx, measure, ownValue);
            if (!population.ok) {
                return undecidable(population.cause, { own: ownValue });
            }
            // The group's members only: the municipality itself counts when it is listed as a member.
            const mean = meanAmong(population.value, group.value);
            const use = groupUse(base.group, group.value, mean.codes);
            if (mean.count === 0) {
                return undecidable(
                    { kind: 'noValueInGroup', group: base.group, year: ctx.year },
                    {
                        own: ownValue,
                        group: use
                    }
                );
            }
            return done(round10(ownValue.value - mean.value), {
                mean: { value: mean.value, count: mean.count },
                group: use
            });
        }

        case 'diffTarget': {
            const target = applicableTarget(measure, ctx.year);
            if (target === undefined) {
                return undecidable({ kind: 'noTarget', year: ctx.year }, { own: ownValue });
            }
            return done(round10(ownValue.value - target.value), { target: fromPoint(target, 'målvärde') });
        }

        case 'change': {
            const previousYear = ctx.year - 1;
            const previous = measureValue(ctx, measure, previousYear);
            if (!previous.ok) {
                return undecidable({ kind: 'noValue', year: previousYear, typed: false }, { own: ownValue });
            }
            return done(round10(ownValue.value - previous.value.value), { previous: previous.value });
        }
    }
}

/**
 * A group's members: its `kommuner` codes and the members of its `kolada G…` groups, each once, in the
 * order written. A Kolada group whose members are not loaded makes the group unusable rather than
 * silently smaller, since a rank among part of a group would look right and be wrong.
 */
export function groupMembers(ctx: RunContext, groupId: string): Lookup<string[]> {
    const group = ctx.groups.get(groupId);
    if (group === undefined) {
        return { ok: false, cause: { kind: 'unknownGroup', group: groupId } };
    }
    const members = new Set(group.municipalities);
    for (const koladaGroup of group.koladaGroups) {
        const koladaMembers = ctx.data.groupMembers(koladaGroup);
        if (koladaMembers === undefined) {
            return { ok: false, cause: { kind: 'koladaGroupNotLoaded', koladaGroup } };
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
        withValue: members.filter(code => withValue.has(code)),
        withoutValue: members.filter(code => !withValue.has(code))
    };
}
