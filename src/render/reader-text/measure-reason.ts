/**
 * Why a measure has its status, in one or two whole Swedish sentences without the model's syntax:
 * "Når gränsvärdet för hel: topp 10 bland landets kommuner.", "Saknas: förändringen kan inte räknas eftersom
 * värdet för 2018 saknas.", "Ej bedömd: måttet har inga gränsvärden." Built from the engine's result and the
 * thresholds in plain Swedish (plain-threshold.ts); the engine gives its causes as data (fulfilment/cause.ts),
 * and they are worded here.
 */
import type { Cause } from '../../fulfilment/cause.js';
import { baseKey } from '../../fulfilment/decide.js';
import type { BaseResult, MeasureResult } from '../../fulfilment/result.js';
import { statusWord } from '../../fulfilment/status.js';
import type { Base, MeasureView, ModelView } from '../../model/model-view.js';
import { type ThresholdFact, thresholdFacts } from '../measure-facts.js';
import { capitalise } from './words.js';

/** What a base is called as the subject of "kan inte räknas". */
function baseSubject(base: Base, groupTitle: (id: string) => string): string {
    switch (base.kind) {
        case 'value':
            return 'värdet';
        case 'rank':
            return base.group === undefined
                ? 'placeringen bland landets kommuner'
                : `placeringen i ${groupTitle(base.group)}`;
        case 'quartile':
            return base.group === undefined
                ? 'kvartilen bland landets kommuner'
                : `kvartilen i ${groupTitle(base.group)}`;
        case 'diffNational':
            return 'skillnaden mot riket';
        case 'diffMean':
            return 'skillnaden mot medel för landets kommuner';
        case 'diffGroup':
            return `skillnaden mot medel för ${groupTitle(base.group)}`;
        case 'diffTarget':
            return 'skillnaden mot målvärdet';
        case 'change':
            return 'förändringen';
    }
}

/**
 * The engine's cause as a clause, in plain words: `sub` is the word order after "eftersom" ("måttet inte har något
 * nyckeltal …"), `main` the order of a sentence standing alone ("måttet har inget nyckeltal …").
 */
export function causeClause(
    cause: Cause,
    groupTitle: (id: string) => string = id => id,
    order: 'main' | 'sub' = 'sub'
): string {
    const main = order === 'main';
    switch (cause.kind) {
        case 'noValue':
            return `värdet för ${cause.year} saknas`;
        case 'valueTooLarge':
            return `värdet för ${cause.year} är för stort för att räkna med`;
        case 'noSource':
            return main
                ? 'måttet har varken ett nyckeltal eller egna värden'
                : 'måttet varken har ett nyckeltal eller egna värden';
        case 'noMunicipality':
            return main ? 'modellen anger inte någon kommun' : 'modellen inte anger någon kommun';
        case 'noNationalValue':
            return `riksvärdet för ${cause.year} saknas`;
        case 'noNationalKpi':
            return main
                ? 'måttet har inget nyckeltal att hämta riksvärdet ur'
                : 'måttet inte har något nyckeltal att hämta riksvärdet ur';
        case 'noTypedMean':
            return `medelvärdet för ${cause.year} saknas`;
        case 'noComparisonKpi':
            return main
                ? 'måttet har inget nyckeltal att jämföra med andra kommuner'
                : 'måttet inte har något nyckeltal att jämföra med andra kommuner';
        case 'noDirection':
            return main
                ? 'modellen anger inte om högre eller lägre värden är bättre'
                : 'modellen inte anger om högre eller lägre värden är bättre';
        case 'unknownGroup':
            return `jämförelsegruppen ${groupTitle(cause.group)} ${main ? 'finns inte' : 'inte finns'}`;
        case 'koladaGroupNotLoaded':
            return main ? 'gruppens medlemmar finns inte i underlaget' : 'gruppens medlemmar inte finns i underlaget';
        case 'emptyGroup':
            return `${groupTitle(cause.group)} ${main ? 'har inga kommuner' : 'inte har några kommuner'}`;
        case 'noValueInGroup':
            return `ingen kommun i ${groupTitle(cause.group)} har ett värde för ${cause.year}`;
        case 'noTarget':
            return `inget målvärde gäller för ${cause.year}`;
        case 'numbersTooLarge':
            return 'talen är för stora för att räkna med';
        case 'noThresholds':
            return 'måttet har inga gränsvärden';
        case 'noThresholdYet':
            return `inget gränsvärde gäller för ${cause.year}; det första gäller från ${cause.first}`;
        case 'undecidable':
            return main ? 'villkoret kan inte avgöras' : 'villkoret inte kan avgöras';
    }
}

export interface ReasonContext {
    view: ModelView;
    measure: MeasureView;
}

/** A jämförelsegrupp by the title the model gives it (its id only when it has none): readers never see an id. */
export function groupTitles(view: ModelView): (id: string) => string {
    const titles = new Map(view.groups.map(g => [g.id, g.title]));
    return id => titles.get(id) ?? id;
}

/** The base that made the deciding condition undecidable (a compact report's conditions have no parts). */
function undecidableBase(result: MeasureResult): BaseResult | undefined {
    const condition = result.decidedBy ? result[result.decidedBy] : undefined;
    const key = condition?.undecidedBase ? baseKey(condition.undecidedBase) : undefined;
    return (
        result.bases.find(b => b.value === null && key !== undefined && baseKey(b.base) === key) ??
        result.bases.find(b => b.value === null)
    );
}

function thresholdPhrase(fact: ThresholdFact | undefined): string | undefined {
    return fact === undefined ? undefined : fact.plain;
}

/**
 * The sentence for the status the thresholds gave: the computed one (an assessed measure shows its motivation,
 * and this beside *Beräknat*). Always whole sentences, for every combination of lines and outcomes.
 */
export function computedReason(context: ReasonContext, result: MeasureResult): string {
    const groupTitle = groupTitles(context.view);
    const facts = thresholdFacts(context.view, context.measure, result);
    const full = thresholdPhrase(facts.find(f => f.which === 'hel'));
    const half = thresholdPhrase(facts.find(f => f.which === 'halv'));
    switch (result.computedStatus) {
        case 'hel':
            return full ? `Når gränsvärdet för hel: ${full}.` : 'Når gränsvärdet för hel.';
        case 'halv':
            return [
                `Når gränsvärdet för halv${half ? `: ${half}` : ''}.`,
                ...(full ? [`Når inte gränsvärdet för hel: ${full}.`] : [])
            ].join(' ');
        case 'ingen':
            if (full && half) {
                return `Når inte gränsvärdet för hel: ${full}. Når inte heller gränsvärdet för halv: ${half}.`;
            }
            return full
                ? `Når inte gränsvärdet för hel: ${full}.`
                : half
                  ? `Når inte gränsvärdet för halv: ${half}.`
                  : 'Når inget gränsvärde.';
        case 'ej_bedomd':
            return `Ej bedömd: ${notAssessedCause(result.cause)}.`;
        case 'saknas': {
            if (result.value === null) {
                const cause = result.cause ?? { kind: 'noValue', year: result.year, typed: false };
                return `Saknas: ${causeClause(cause, groupTitle, 'main')}.`;
            }
            const base = undecidableBase(result);
            const cause = base?.cause ?? result.cause;
            const subject = base ? baseSubject(base.base, groupTitle) : 'gränsvärdet';
            const verb = base ? 'kan inte räknas' : 'kan inte avgöras';
            return cause
                ? `Saknas: ${subject} ${verb} eftersom ${causeClause(cause, groupTitle)}.`
                : `Saknas: ${subject} ${verb}.`;
        }
    }
}

/** `måttet har inga gränsvärden`, `inget gränsvärde gäller för 2019; det första gäller från 2021`. */
function notAssessedCause(cause: Cause | undefined): string {
    return cause?.kind === 'noThresholdYet' ? causeClause(cause) : 'måttet har inga gränsvärden';
}

/** The computed reason without its leading status word (`Saknas: `), for a line that shows the status beside it. */
export function statusCause(context: ReasonContext, result: MeasureResult): string {
    return capitalise(computedReason(context, result).replace(/^(Saknas|Ej bedömd): /, ''));
}

/**
 * Why the measure shows its status: the computed reason, or for an assessed measure that it was assessed and
 * what the thresholds gave ("Bedömd i uppföljningen. Beräknat: saknas. Värdet för 2019 saknas.").
 */
export function statusReason(context: ReasonContext, result: MeasureResult): string {
    if (result.assessment === undefined) {
        return computedReason(context, result);
    }
    return `Bedömd i uppföljningen. Beräknat: ${statusWord(result.computedStatus)}. ${statusCause(context, result)}`;
}
