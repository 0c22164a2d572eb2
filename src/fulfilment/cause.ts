/**
 * Why the engine has no number, or no status: a kind and the facts it rests on (the year, the group, the first
 * `från`). The engine decides the cause; the words are the surfaces': the reader text for politicians
 * (render/reader-text/measure-reason.ts) and {@link causeText} for the planner's hover, in the model's words.
 */
export type Cause =
    /** No own value for the year: from `utfall` (`typed`) or from data. */
    | { kind: 'noValue'; year: number; typed: boolean }
    /** The value for the year is so large that it became Infinity. */
    | { kind: 'valueTooLarge'; year: number }
    /** The measure has neither a `nyckeltal` nor `utfall`. */
    | { kind: 'noSource' }
    /** The model names no municipality, so nothing can be looked up in data. */
    | { kind: 'noMunicipality' }
    /** No national value for the year: from `riket { }` (`typed`) or data code 0000. */
    | { kind: 'noNationalValue'; year: number; typed: boolean }
    /** `skillnad mot riket` without `riket { }` on a measure without a `nyckeltal`. */
    | { kind: 'noNationalKpi' }
    /** `medel { }` has no line for the year. */
    | { kind: 'noTypedMean'; year: number }
    /** Rank or mean over other municipalities on a measure without a `nyckeltal`. */
    | { kind: 'noComparisonKpi' }
    /** Rank or difference without `högre/lägre är bättre`. */
    | { kind: 'noDirection' }
    | { kind: 'unknownGroup'; group: string }
    /** A `kolada G…` group whose members no metadata file gave. */
    | { kind: 'koladaGroupNotLoaded'; koladaGroup: string }
    | { kind: 'emptyGroup'; group: string }
    | { kind: 'noValueInGroup'; group: string; year: number }
    /** `skillnad mot målvärde` without a `målvärde` line for the year or before. */
    | { kind: 'noTarget'; year: number }
    /** The arithmetic overflowed (a mean of huge values). */
    | { kind: 'numbersTooLarge' }
    /** ej bedömd: the measure has no `hel när`/`halv när` line. */
    | { kind: 'noThresholds' }
    /** ej bedömd: every line starts later (`från`) than the year. */
    | { kind: 'noThresholdYet'; year: number; first: number }
    /** A condition that cannot be decided without a base to blame (never expected; kept total). */
    | { kind: 'undecidable' };

/**
 * The cause as the engine has always said it to planners, in the model's own words (`riket { }`, `hel när`):
 * the hover shows it beside the model's text. Readers never see it.
 */
export function causeText(cause: Cause): string {
    switch (cause.kind) {
        case 'noValue':
            return `inget ${cause.typed ? 'utfall' : 'värde'} för ${cause.year}`;
        case 'valueTooLarge':
            return `värdet för ${cause.year} är för stort för att räkna med`;
        case 'noSource':
            return 'måttet har varken nyckeltal eller utfall';
        case 'noMunicipality':
            return 'modellen anger ingen kommun';
        case 'noNationalValue':
            return `inget riksvärde för ${cause.year}${cause.typed ? ' i riket { }' : ''}`;
        case 'noNationalKpi':
            return 'inget riksvärde: måttet har inget nyckeltal';
        case 'noTypedMean':
            return `inget medelvärde för ${cause.year} i medel { }`;
        case 'noComparisonKpi':
            return 'måttet har inget nyckeltal att jämföra med andra kommuner';
        case 'noDirection':
            return 'riktning saknas: ange högre är bättre eller lägre är bättre';
        case 'unknownGroup':
            return `okänd jämförelsegrupp ${cause.group}`;
        case 'koladaGroupNotLoaded':
            return `medlemmarna i Kolada-gruppen ${cause.koladaGroup} är inte inlästa`;
        case 'emptyGroup':
            return `jämförelsegruppen ${cause.group} har inga kommuner`;
        case 'noValueInGroup':
            return `ingen kommun i ${cause.group} har ett värde för ${cause.year}`;
        case 'noTarget':
            return `inget målvärde för ${cause.year} eller tidigare`;
        case 'numbersTooLarge':
            return 'talen är för stora för att räkna med';
        case 'noThresholds':
            return 'måttet har inga gränsvärden (hel när, halv när)';
        case 'noThresholdYet':
            return `inget gränsvärde gäller för ${cause.year}: det första gäller från ${cause.first}`;
        case 'undecidable':
            return 'villkoret kan inte avgöras';
    }
}

/** A base's cause with the base as written (`inget riksvärde för 2019 (skillnad mot riket)`); undefined when it has a value. */
export function baseCauseText(base: { cause?: Cause; text: string }): string | undefined {
    return base.cause === undefined ? undefined : `${causeText(base.cause)} (${base.text})`;
}
