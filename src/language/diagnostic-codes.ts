/**
 * Every diagnostic code the checks report. Codes are stable: CI scripts, SARIF rules and docs/checks.md use them.
 * The value is the short Swedish rule title shown in SARIF and docs.
 */
export const DiagnosticCodes = {
    // Syntax and names
    syntaxError: 'syntax-error',
    unresolvedReference: 'unresolved-reference',
    wrongReferenceKind: 'wrong-reference-kind',
    duplicateName: 'duplicate-name',
    duplicateStatement: 'duplicate-statement',
    // Header rules
    missingHeader: 'missing-header',
    headerNotFirst: 'header-not-first',
    multipleHeaders: 'multiple-headers',
    partOfWithoutHeader: 'part-of-without-header',
    invalidMunicipality: 'invalid-municipality-code',
    invalidYear: 'invalid-year',
    invalidBounds: 'invalid-assessment-bounds',
    multipleVisions: 'multiple-visions',
    // Goal chain
    missingLevel: 'missing-level',
    committeeGoalWithoutContribution: 'committee-goal-without-contribution',
    wrongContributionLevel: 'wrong-contribution-level',
    contributionCycle: 'contribution-cycle',
    refinesMunicipalityWideGoal: 'refines-municipality-wide-goal',
    committeeGoalWithoutOwner: 'committee-goal-without-owner',
    misplacedGoalStatement: 'misplaced-goal-statement',
    // Follow-up
    goalNotFollowedUp: 'goal-not-followed-up',
    committeeGoalWithoutMeasures: 'committee-goal-without-measures',
    // Thresholds
    halfStricterThanFull: 'half-stricter-than-full',
    thresholdAgainstDirection: 'threshold-against-direction',
    percentageAsFraction: 'percentage-as-fraction',
    missingDirection: 'missing-direction',
    thresholdWithoutData: 'threshold-without-data',
    invalidWeight: 'invalid-weight',
    invalidSeries: 'invalid-series',
    // Data
    dataFileUnreadable: 'data-file-unreadable',
    dataRowUnreadable: 'data-row-unreadable',
    noValueForYear: 'no-value-for-year',
    singleMunicipalityData: 'single-municipality-data',
    unknownMunicipality: 'unknown-municipality'
} as const;

export type DiagnosticCode = typeof DiagnosticCodes[keyof typeof DiagnosticCodes];
