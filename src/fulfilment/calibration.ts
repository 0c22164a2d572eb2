/**
 * Threshold calibration: how demanding a `hel`/`halv` line is, from the data the model already reads. For the
 * year, how many municipalities would meet it (each judged by the very rules the engine judges the model's own
 * municipality by: its own value, rank, difference), or, when the line compares with a jämförelsegrupp, how many
 * of the group's members; and in which of the municipality's last five years it would have held. Pure.
 */
import type { DataLookup } from '../data/data-api.js';
import { isMunicipalityCode } from '../data/municipality-code.js';
import type { Base, MeasureView, ModelView, ThresholdLine } from '../model/model-view.js';
import { computeBase, finiteBase, groupMembers } from './bases.js';
import { baseKey, evaluateCondition } from './decide.js';
import type { BaseResult } from './result.js';
import { createRunContext, measureValue, type RunContext } from './values.js';

/** How many years back the municipality's own history goes, the year itself included. */
export const CALIBRATION_YEARS = 5;

/** A line for one municipality and year: it holds, it does not, it cannot be decided, or there is no value. */
export type CalibrationOutcome = 'holds' | 'fails' | 'undecided' | 'no-value';

export interface Calibration {
    year: number;
    /** Those compared: every municipality with a value, or the members of the group the line compares with. */
    among: { kind: 'all' } | { kind: 'group'; id: string };
    /** Municipalities for which the line could be decided (a value, and every base computable). */
    decided: number;
    /** Of those, how many meet the line. */
    met: number;
    /** Municipalities with a value for which the line cannot be decided (no previous year, no national value). */
    undecided: number;
    /** The model's own municipality, year by year, oldest first. */
    history: Array<{ year: number; outcome: CalibrationOutcome }>;
}

/**
 * Calibrates one threshold line of a measure for `year`. Without a KPI (a measure of typed `utfall` only) the other
 * municipalities cannot be judged: `decided` is 0, and the history still tells the municipality's own years.
 */
export function calibrate(
    model: ModelView,
    data: DataLookup,
    year: number,
    measure: MeasureView,
    line: ThresholdLine
): Calibration {
    const ctx = createRunContext(model, data, year);
    const groupId = comparedGroup(line);
    const result: Calibration = {
        year,
        among: groupId === undefined ? { kind: 'all' } : { kind: 'group', id: groupId },
        decided: 0,
        met: 0,
        undecided: 0,
        history: []
    };
    if (measure.kpi !== undefined) {
        // Every other municipality is judged by its data value: a typed `utfall` is the model's own municipality's.
        const { actual: _typed, ...fromData } = measure;
        for (const code of candidates(ctx, fromData, year, groupId)) {
            // The model's own municipality is judged as the engine judges it, by its `utfall` when it has one.
            const judged = code === model.municipality ? measure : fromData;
            const outcome = outcomeFor({ ...ctx, municipality: code }, judged, line);
            if (outcome === 'undecided') result.undecided++;
            else if (outcome !== 'no-value') {
                result.decided++;
                if (outcome === 'holds') result.met++;
            }
        }
    }
    for (let y = year - CALIBRATION_YEARS + 1; y <= year; y++) {
        const own = createRunContext(model, data, y);
        result.history.push({ year: y, outcome: outcomeFor(own, measure, line) });
    }
    return result;
}

/** The group a line compares with (`rang i G`, `kvartil i G`, `skillnad mot G`), the first when several do. */
function comparedGroup(line: ThresholdLine): string | undefined {
    for (const part of line.condition.parts) {
        const base = part.base;
        if ((base.kind === 'rank' || base.kind === 'quartile' || base.kind === 'diffGroup') && base.group !== undefined)
            return base.group;
    }
    return undefined;
}

/** Every municipality with a value for the year, or the group's members (a member without a value is skipped). */
function candidates(
    ctx: RunContext,
    measure: MeasureView,
    year: number,
    groupId: string | undefined
): Iterable<string> {
    const withValue = ctx.data.municipalities(measure.kpi as string, year, measure.gender);
    if (groupId === undefined) return withValue.keys();
    const members = groupMembers(ctx, groupId);
    return members.ok ? members.value.filter(code => isMunicipalityCode(code) && withValue.has(code)) : [];
}

/** The line for the context's municipality and year. */
function outcomeFor(ctx: RunContext, measure: MeasureView, line: ThresholdLine): CalibrationOutcome {
    const own = measureValue(ctx, measure, ctx.year);
    if (!own.ok) return 'no-value';
    const bases = new Map<string, BaseResult>();
    const condition = evaluateCondition(line, (base: Base) => {
        const key = baseKey(base);
        let computed = bases.get(key);
        if (computed === undefined) {
            computed = finiteBase(computeBase(ctx, measure, base, own));
            bases.set(key, computed);
        }
        return computed;
    });
    return condition.holds === null ? 'undecided' : condition.holds ? 'holds' : 'fails';
}
