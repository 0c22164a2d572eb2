import type { ValidationAcceptor } from 'langium';
import type { DataLookup } from '../../data/index.js';
import { DiagnosticCodes } from '../../model/diagnostic-codes.js';
import type { Gender, MeasureView } from '../../model/model-view.js';
import type { Comparison, Measure, ThresholdStatement } from '../generated/ast.js';

/** Kolada's code for the whole country: the data's national value. */
const NATIONAL = '0000';

/**
 * Checks that compare a measure's thresholds and direction with what its data can ever give: silences that would
 * otherwise show as saknas every year, or as a result turned upside down, without a word.
 */

/** `skillnad mot riket` or `skillnad mot medel` without its block, when no year of the data can give the base. */
export function reportBasesNeverComputable(
    measure: Measure,
    view: MeasureView,
    data: DataLookup,
    accept: ValidationAcceptor
): void {
    for (const part of comparisons(measure)) {
        const base = part.base;
        if (base.$type !== 'DifferenceBase') continue;
        if (base.national && view.national === undefined) {
            const reason = never(view, data, (kpi, year) => data.value(kpi, NATIONAL, year, view.gender) !== undefined);
            if (reason !== undefined) {
                accept(
                    'warning',
                    reason === 'no-kpi'
                        ? `\`skillnad mot riket\` kan aldrig räknas: måttet har inget nyckeltal att hämta riksvärdet för. Skriv riksvärdena i ett \`riket { }\`-block.`
                        : `\`skillnad mot riket\` kan aldrig räknas: datafilerna har inget riksvärde (kommun 0000) för ${view.kpi} något år, så måttet visas som saknas varje år. Hämta data med \`styrmodell fetch\` (den hämtar riket), eller skriv riksvärdena i ett \`riket { }\`-block.`,
                    { node: part, property: 'base', code: DiagnosticCodes.baseNeverComputable }
                );
            }
        }
        // The mean takes the own value among the others, so with a nyckeltal it can always be computed when the
        // value can; without one there is nothing to average over.
        if (base.mean && view.mean === undefined && view.kpi === undefined && view.actual !== undefined) {
            accept(
                'warning',
                `\`skillnad mot medel\` kan aldrig räknas: måttet har inget nyckeltal att räkna kommunernas medelvärde för. Skriv medelvärdena i ett \`medel { }\`-block, eller ange måttets \`nyckeltal\`.`,
                { node: part, property: 'base', code: DiagnosticCodes.baseNeverComputable }
            );
        }
    }
}

/**
 * `lägre är bättre` on a KPI whose every value in the data is negative: Kolada gives net costs as negative numbers,
 * so "lower" there means a larger cost. An information, since a planner may mean exactly that.
 */
export function reportLowerOnNegativeValues(
    measure: Measure,
    view: MeasureView,
    data: DataLookup,
    accept: ValidationAcceptor
): void {
    if (view.direction !== 'lower' || view.kpi === undefined || view.actual !== undefined) return;
    if (!allNegative(view.kpi, view.gender, data)) return;
    const message = `Alla värden för ${view.kpi} i datafilerna är negativa, som Koladas nettokostnader. Med \`lägre är bättre\` räknas då ett mer negativt värde, alltså en större kostnad, som bättre. Menar du att en lägre kostnad är bättre, skriv \`högre är bättre\`.`;
    const statement = measure.statements.find(s => s.$type === 'DirectionStatement');
    if (statement) accept('info', message, { node: statement, code: DiagnosticCodes.lowerIsBetterOnNegative });
    else accept('info', message, { node: measure, property: 'name', code: DiagnosticCodes.lowerIsBetterOnNegative });
}

function comparisons(measure: Measure): Comparison[] {
    return measure.statements
        .filter((s): s is ThresholdStatement => s.$type === 'ThresholdStatement')
        .flatMap(t => t.condition?.parts ?? [])
        .filter(p => p.base !== undefined);
}

/**
 * Why no year of the data can give a base: 'no-kpi' (nothing to look up), 'no-data' (the KPI has values, none of
 * them the ones the base needs); undefined when some year can. A KPI with no values at all is left to the
 * missing-value warning, which says so already.
 */
function never(
    view: MeasureView,
    data: DataLookup,
    yearGives: (kpi: string, year: number) => boolean
): 'no-kpi' | 'no-data' | undefined {
    if (view.kpi === undefined) return view.actual === undefined ? undefined : 'no-kpi';
    const years = data.years(view.kpi, view.gender);
    if (years.length === 0) return undefined;
    const kpi = view.kpi;
    return years.some(year => yearGives(kpi, year)) ? undefined : 'no-data';
}

/** True when the KPI has values and every one of them, the municipalities' and Riket's, is below zero. */
function allNegative(kpi: string, gender: Gender, data: DataLookup): boolean {
    const years = data.years(kpi, gender);
    let seen = 0;
    for (const year of years) {
        for (const value of data.municipalities(kpi, year, gender).values()) {
            if (value >= 0) return false;
            seen++;
        }
        const national = data.value(kpi, NATIONAL, year, gender);
        if (national && national.value >= 0) return false;
    }
    return seen > 0;
}
