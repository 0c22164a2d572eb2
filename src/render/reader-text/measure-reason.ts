/**
 * Why a measure has its status, in one or two whole Swedish sentences without the model's syntax:
 * "Når gränsvärdet för hel: topp 10 bland landets kommuner.", "Saknas: förändringen kan inte räknas eftersom
 * värdet för 2018 saknas.", "Ej bedömd: måttet har inga gränsvärden." Built from the engine's result and the
 * thresholds in plain Swedish (plain-threshold.ts); the engine's own reasons carry the model's words
 * (`(förändring)`, `riket { }`) and are translated here, never shown as they are.
 */
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
 * The engine's reason (`inget värde för 2018 (förändring)`) as a clause after "eftersom", in plain words.
 * Each pattern is one of the reasons fulfilment/ writes; an unknown one keeps its words without the
 * model's quoted syntax.
 */
export function plainCause(reason: string, groupTitle: (id: string) => string = id => id): string {
    const core = reason
        .replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
    const rules: Array<[RegExp, (...groups: string[]) => string]> = [
        [/^inget (?:värde|utfall) för (\d{4})$/, year => `värdet för ${year} saknas`],
        [/^inget riksvärde för (\d{4})(?: i riket \{ ?\})?$/, year => `riksvärdet för ${year} saknas`],
        [
            /^inget riksvärde: måttet har inget nyckeltal$/,
            () => 'måttet inte har något nyckeltal att hämta riksvärdet ur'
        ],
        [/^inget medelvärde för (\d{4}) i medel \{ ?\}$/, year => `medelvärdet för ${year} saknas`],
        [
            /^måttet har inget nyckeltal att jämföra med andra kommuner$/,
            () => 'måttet inte har något nyckeltal att jämföra med andra kommuner'
        ],
        [/^riktning saknas/, () => 'modellen inte anger om högre eller lägre värden är bättre'],
        [/^okänd jämförelsegrupp (.+)$/, group => `jämförelsegruppen ${groupTitle(group)} inte finns`],
        [/^medlemmarna i Kolada-gruppen (\S+) är inte inlästa$/, () => 'gruppens medlemmar inte finns i underlaget'],
        [/^jämförelsegruppen (.+) har inga kommuner$/, group => `${groupTitle(group)} inte har några kommuner`],
        [
            /^ingen kommun i (.+) har ett värde för (\d{4})$/,
            (group, year) => `ingen kommun i ${groupTitle(group)} har ett värde för ${year}`
        ],
        [/^inget målvärde för (\d{4}) eller tidigare$/, year => `inget målvärde gäller för ${year}`],
        [/^talen är för stora för att räkna med$/, () => 'talen är för stora för att räkna med'],
        [
            /^värdet för (\d{4}) är för stort för att räkna med$/,
            year => `värdet för ${year} är för stort för att räkna med`
        ],
        [/^måttet har varken nyckeltal eller utfall$/, () => 'måttet varken har ett nyckeltal eller egna värden'],
        [/^modellen anger ingen kommun$/, () => 'modellen inte anger någon kommun']
    ];
    for (const [pattern, words] of rules) {
        const match = pattern.exec(core);
        if (match) {
            return words(...match.slice(1));
        }
    }
    return core
        .replace(/[`{}<>=]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}

/** A whole sentence for a cause clause standing alone: `värdet för 2019 saknas` stays, `modellen inte anger` turns. */
function mainClause(cause: string): string {
    const turned: Array<[RegExp, string]> = [
        [/^måttet inte har något (.*)$/, 'måttet har inget $1'],
        [/^modellen inte anger (.*)$/, 'modellen anger inte $1'],
        [/^måttet varken har (.*)$/, 'måttet har varken $1'],
        [/^(jämförelsegruppen .*) inte finns$/, '$1 finns inte'],
        [/^gruppens medlemmar inte finns (.*)$/, 'gruppens medlemmar finns inte $1'],
        [/^(.*) inte har några kommuner$/, '$1 har inga kommuner']
    ];
    for (const [pattern, replacement] of turned) {
        if (pattern.test(cause)) {
            return cause.replace(pattern, replacement);
        }
    }
    return cause;
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

/** The base that made the deciding condition undecidable: the one whose reason the condition carries. */
function undecidableBase(result: MeasureResult): BaseResult | undefined {
    const condition = result.decidedBy ? result[result.decidedBy] : undefined;
    const reason = condition?.reason ?? result.reason;
    return (
        result.bases.find(b => b.value === null && b.reason !== undefined && b.reason === reason) ??
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
            return `Ej bedömd: ${notAssessedCause(result.reason)}.`;
        case 'saknas': {
            if (result.value === null) {
                return `Saknas: ${mainClause(plainCause(result.reason ?? `inget värde för ${result.year}`, groupTitle))}.`;
            }
            const base = undecidableBase(result);
            const reason = base?.reason ?? result.reason;
            const subject = base ? baseSubject(base.base, groupTitle) : 'gränsvärdet';
            const verb = base ? 'kan inte räknas' : 'kan inte avgöras';
            return reason
                ? `Saknas: ${subject} ${verb} eftersom ${plainCause(reason, groupTitle)}.`
                : `Saknas: ${subject} ${verb}.`;
        }
    }
}

/** `måttet har inga gränsvärden`, `inget gränsvärde gäller för 2019; det första gäller från 2021`. */
function notAssessedCause(reason: string | undefined): string {
    const from = reason ? /^inget gränsvärde gäller för (\d{4}): det första gäller från (\d{4})$/.exec(reason) : null;
    return from
        ? `inget gränsvärde gäller för ${from[1]}; det första gäller från ${from[2]}`
        : 'måttet har inga gränsvärden';
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
