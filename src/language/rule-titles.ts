import { DiagnosticCodes, type DiagnosticCode } from './diagnostic-codes.js';

const C = DiagnosticCodes;

/** A short Swedish title per check, for SARIF rules and docs/checks.md. */
export const RULE_TITLES: Record<DiagnosticCode, string> & Record<string, string | undefined> = {
    [C.syntaxError]: 'Syntaxfel',
    [C.unresolvedReference]: 'Okänt namn',
    [C.wrongReferenceKind]: 'Namnet är av fel sort',
    [C.duplicateName]: 'Namnet finns redan i modellen',
    [C.duplicateStatement]: 'Raden står två gånger',
    [C.missingHeader]: 'Filen hör inte till någon modell',
    [C.headerNotFirst]: 'Huvudet står inte först',
    [C.multipleHeaders]: 'Flera huvuden',
    [C.partOfWithoutHeader]: '`del av` utan huvud',
    [C.invalidMunicipality]: 'Ogiltig kommunkod',
    [C.invalidYear]: 'Ogiltigt år',
    [C.invalidBounds]: 'Ogiltiga bedömningsgränser',
    [C.multipleVisions]: 'Flera visioner',
    [C.missingLevel]: 'Målet saknar nivå',
    [C.committeeGoalWithoutContribution]: 'Nämndmålet bidrar inte till något',
    [C.wrongContributionLevel]: 'Bidrar till fel nivå',
    [C.contributionCycle]: 'Målkedjan går i cirkel',
    [C.refinesMunicipalityWideGoal]: 'Nämndmål under kommunövergripande mål',
    [C.committeeGoalWithoutOwner]: 'Nämndmålet saknar ansvarig',
    [C.misplacedGoalStatement]: 'Raden hör inte till målets nivå',
    [C.goalNotFollowedUp]: 'Fullmäktigemålet följs inte upp',
    [C.committeeGoalWithoutMeasures]: 'Nämndmålet saknar mått',
    [C.halfStricterThanFull]: '`halv` är strängare än `hel`',
    [C.thresholdAgainstDirection]: 'Gränsvärdet går mot riktningen',
    [C.percentageAsFraction]: 'Procent skrivet som andel',
    [C.missingDirection]: 'Riktning saknas',
    [C.thresholdWithoutData]: 'Gränsvärde utan datakälla',
    [C.invalidWeight]: 'Ogiltig vikt',
    [C.invalidSeries]: 'Ogiltigt år i värdeblock',
    [C.dataFileUnreadable]: 'Datafilen saknas eller kan inte läsas',
    [C.dataRowUnreadable]: 'En rad i datafilen kan inte läsas',
    [C.noValueForYear]: 'Inget värde för året',
    [C.singleMunicipalityData]: 'Data för bara en kommun',
    [C.unknownMunicipality]: 'Okänd kommunkod'
};
