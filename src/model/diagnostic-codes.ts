/**
 * Every diagnostic code the checks report. Codes are stable: CI scripts, SARIF rules and docs/checks.md use them.
 * Here in model/, below every layer, so that the reader text can leave out or reword a warning by its code.
 * The value is the short Swedish rule title shown in SARIF and docs.
 */
export const DiagnosticCodes = {
    // Syntax and names
    syntaxError: 'syntax-error',
    unresolvedReference: 'unresolved-reference',
    wrongReferenceKind: 'wrong-reference-kind',
    duplicateName: 'duplicate-name',
    duplicateStatement: 'duplicate-statement',
    numberTooLarge: 'number-too-large',
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
    baseNeverComputable: 'base-never-computable',
    lowerIsBetterOnNegative: 'lower-is-better-on-negative',
    invalidWeight: 'invalid-weight',
    invalidQuartile: 'invalid-quartile',
    invalidSeries: 'invalid-series',
    // Targets over the years (LANGUAGE.md section 7)
    duplicateThresholdYear: 'duplicate-threshold-year',
    targetBaseWithoutTarget: 'target-base-without-target',
    unusedTarget: 'unused-target',
    // The yearly follow-up (LANGUAGE.md section 8)
    duplicateFollowUpYear: 'duplicate-follow-up-year',
    duplicateFollowUpEntry: 'duplicate-follow-up-entry',
    wrongStatusKind: 'wrong-status-kind',
    emptyMotivation: 'empty-motivation',
    forecastOnMeasure: 'forecast-on-measure',
    forecastInInterim: 'forecast-in-interim',
    invalidFollowUpDate: 'invalid-follow-up-date',
    assessmentDeviates: 'assessment-deviates',

    // Data (the data layer's own problem codes are listed in src/data/problems.ts)
    dataFileMissing: 'data-file-missing',
    dataFileUnreadable: 'data-file-unreadable',
    dataFileEmpty: 'data-file-empty',
    dataFormatUnknown: 'data-format-unknown',
    dataJsonInvalid: 'data-json-invalid',
    dataRowUnreadable: 'data-row-unreadable',
    dataDuplicateRow: 'data-duplicate-row',
    dataKpiRequired: 'data-kpi-required',
    dataKpiNotInFile: 'data-kpi-not-in-file',
    dataNoValues: 'data-no-values',
    dataSheetMissing: 'data-sheet-missing',
    noValueForYear: 'no-value-for-year',
    singleMunicipalityData: 'single-municipality-data',
    unknownMunicipality: 'unknown-municipality',
    unknownKoladaGroup: 'unknown-kolada-group',
    unknownKoladaKpi: 'unknown-kolada-kpi'
} as const;

export type DiagnosticCode = (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes];
