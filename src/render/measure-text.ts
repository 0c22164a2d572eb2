/**
 * The words around a measure's numbers, shared by the Markdown, HTML and Word reports: the threshold
 * that decided its status, its ranks and differences, and where its value came from.
 */
import type { BaseResult, ConditionResult, MeasureResult } from '../fulfilment/result.js';
import { LEVEL_STATUS } from '../fulfilment/status.js';
import { formatRank, formatSigned, formatValue, originText } from './format.js';

/** `hel när rang <= 10`. */
export function thresholdText(condition: ConditionResult): string {
    return `${LEVEL_STATUS[condition.which]} när ${condition.text}`;
}

/**
 * The threshold that decided the status, as the planner wrote it:
 * hel `hel när rang <= 10`; halv `halv när rang <= 20`; ingen `varken hel när … eller halv när …`;
 * saknas with an undecidable condition `hel när … kan inte avgöras`; nothing for ej bedömd and a missing value
 * (the engine's reason says why).
 */
export function decisionText(measure: MeasureResult): string {
    const conditions = [measure.full, measure.half].filter((c): c is ConditionResult => c !== undefined);
    // The computed status: an assessment replaces the final one, but the thresholds still decided this.
    switch (measure.computedStatus ?? measure.status) {
        case 'hel':
        case 'halv': {
            const decided = measure.decidedBy ? measure[measure.decidedBy] : undefined;
            return decided ? thresholdText(decided) : '';
        }
        case 'ingen':
            return conditions.length === 2
                ? `varken ${thresholdText(conditions[0]!)} eller ${thresholdText(conditions[1]!)}`
                : conditions.length === 1
                  ? `inte ${thresholdText(conditions[0]!)}`
                  : '';
        case 'ej_bedomd':
            // The engine's reason says it: `måttet har inga gränsvärden`.
            return '';
        case 'saknas': {
            const decided = measure.decidedBy ? measure[measure.decidedBy] : undefined;
            if (measure.value === null) {
                return '';
            }
            return decided ? `${thresholdText(decided)} kan inte avgöras` : '';
        }
    }
}

/**
 * One base's outcome as a planner reads it: `rang 11 av 290`, `rang 3 av 12 i Länet`, `kvartil 1 (rang 11 av 290)`,
 * `+2,3 mot riket (riket 60,5)`, `-1,2 mot medel (63,1, 290 kommuner)`, `-0,4 sedan 2018 (7,2)`.
 * Undefined for `värde` (the value is shown on its own); `rang: kan inte beräknas` when it cannot be computed.
 */
export function baseOutcomeText(base: BaseResult, unit?: string): string | undefined {
    if (base.base.kind === 'value') {
        return undefined;
    }
    if (base.value === null) {
        return `${base.text}: kan inte beräknas`;
    }
    const group = 'group' in base.base && base.base.group !== undefined ? ` i ${base.base.group}` : '';
    const rankOf =
        base.rank !== undefined && base.ranked !== undefined
            ? `rang ${formatRank(base.rank, base.ranked)}${group}`
            : undefined;
    switch (base.base.kind) {
        case 'rank':
            return rankOf ?? `rang ${formatRank(base.value)}${group}`;
        case 'quartile':
            return `kvartil ${formatRank(base.quartile ?? base.value)}${group}${rankOf ? ` (${rankOf})` : ''}`;
        case 'diffNational':
            return `${formatSigned(base.value)} mot riket${base.national ? ` (riket ${formatValue(base.national.value, unit)})` : ''}`;
        case 'diffMean': {
            const count = base.mean?.count !== undefined ? `, ${base.mean.count} kommuner` : '';
            return `${formatSigned(base.value)} mot medel${base.mean ? ` (${formatValue(base.mean.value, unit)}${count})` : ''}`;
        }
        case 'diffGroup': {
            const count = base.mean?.count !== undefined ? `, ${base.mean.count} kommuner` : '';
            return `${formatSigned(base.value)} mot ${base.base.group}${base.mean ? ` (${formatValue(base.mean.value, unit)}${count})` : ''}`;
        }
        case 'diffTarget':
            return `${formatSigned(base.value)} mot målvärdet${base.target ? ` (${formatValue(base.target.value, unit)})` : ''}`;
        case 'change':
            return base.previous
                ? `${formatSigned(base.value)} sedan ${base.previous.year} (${formatValue(base.previous.value, unit)})`
                : `${formatSigned(base.value)} sedan föregående år`;
    }
}

/** Every base outcome of a measure, in the order its conditions use them. */
export function comparisonTexts(measure: MeasureResult, unit = measure.unit): string[] {
    return measure.bases.map(base => baseOutcomeText(base, unit)).filter((t): t is string => t !== undefined);
}

/** `87,5 %`, or `saknas` without a value. */
export function measureValueText(measure: MeasureResult, unit = measure.unit): string {
    return measure.value === null ? 'saknas' : formatValue(measure.value, unit);
}

/** Where the measure's value came from: `data/resultat.csv rad 123`; undefined without a value. */
export function valueSourceText(measure: MeasureResult, base: string | undefined): string | undefined {
    return measure.valueSource ? originText(measure.valueSource.origin, base) : undefined;
}
