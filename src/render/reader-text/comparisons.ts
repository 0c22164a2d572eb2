/**
 * What a measure's comparisons came to, in plain words beside its value: `plats 11 av 290 bland landets
 * kommuner`, `2,3 procentenheter över riket (riket 60,5 %)`, `0,4 procentenheter lägre än 2018 (7,2 %)`.
 * Never the model's base syntax (`rang i Länet`) or a group's id; a base that could not be computed is left
 * out here (the status reason says why).
 */
import type { BaseResult, MeasureResult } from '../../fulfilment/result.js';
import type { ModelView } from '../../model/model-view.js';
import { formatDecimal, formatRank, formatValue } from '../format.js';

/** A difference in the measure's unit; a difference of percentages is in procentenheter. */
function size(value: number, unit: string | undefined): string {
    const amount = Math.abs(value);
    if (unit === '%') {
        return `${formatDecimal(amount)}\u00a0${formatDecimal(amount) === '1' ? 'procentenhet' : 'procentenheter'}`;
    }
    return formatValue(amount, unit);
}

function side(value: number, reference: string, unit: string | undefined, above = 'över', below = 'under'): string {
    if (formatDecimal(value) === '0') {
        return `i nivå med ${reference}`;
    }
    return `${size(value, unit)} ${value > 0 ? above : below} ${reference}`;
}

export function comparisonLine(
    base: BaseResult,
    unit: string | undefined,
    groupTitle: (id: string) => string
): string | undefined {
    if (base.value === null) {
        return undefined;
    }
    const where =
        'group' in base.base && base.base.group !== undefined
            ? `i ${groupTitle(base.base.group)}`
            : 'bland landets kommuner';
    const place =
        base.rank !== undefined && base.ranked !== undefined
            ? `plats ${formatRank(base.rank, base.ranked)} ${where}`
            : undefined;
    switch (base.base.kind) {
        case 'value':
            return undefined;
        case 'rank':
            return place ?? `plats ${formatRank(base.value)} ${where}`;
        case 'quartile': {
            const quartile = `kvartil ${formatRank(base.quartile ?? base.value)} ${where}`;
            return base.rank !== undefined && base.ranked !== undefined
                ? `${quartile} (plats ${formatRank(base.rank, base.ranked)})`
                : quartile;
        }
        case 'diffNational':
            return `${side(base.value, 'riket', unit)}${base.national ? ` (riket ${formatValue(base.national.value, unit)})` : ''}`;
        case 'diffMean': {
            const count = base.mean?.count !== undefined ? `, ${formatRank(base.mean.count)} kommuner` : '';
            return `${side(base.value, 'medel för landets kommuner', unit)}${base.mean ? ` (${formatValue(base.mean.value, unit)}${count})` : ''}`;
        }
        case 'diffGroup': {
            const count = base.mean?.count !== undefined ? `, ${formatRank(base.mean.count)} kommuner` : '';
            return `${side(base.value, `medel för ${groupTitle(base.base.group)}`, unit)}${base.mean ? ` (${formatValue(base.mean.value, unit)}${count})` : ''}`;
        }
        case 'diffTarget':
            return `${side(base.value, 'målvärdet', unit)}${base.target ? ` (${formatValue(base.target.value, unit)})` : ''}`;
        case 'change': {
            const year = base.previous ? String(base.previous.year) : 'året innan';
            const before = base.previous ? ` (${formatValue(base.previous.value, unit)})` : '';
            return formatDecimal(base.value) === '0'
                ? `oförändrat sedan ${year}${before}`
                : `${size(base.value, unit)} ${base.value > 0 ? 'högre' : 'lägre'} än ${year}${before}`;
        }
    }
}

/** Every comparison of a measure that could be computed, in the order its conditions use them. */
export function comparisonLines(view: ModelView, result: MeasureResult, unit = result.unit): string[] {
    const titles = new Map(view.groups.map(g => [g.id, g.title]));
    const groupTitle = (id: string) => titles.get(id) ?? id;
    return result.bases
        .map(base => comparisonLine(base, unit, groupTitle))
        .filter((line): line is string => line !== undefined);
}
