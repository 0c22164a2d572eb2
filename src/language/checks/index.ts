import type { ValidationChecks } from 'langium';
import type { StyrmodellAstType } from '../generated/ast.js';
import type { StyrmodellLanguageServices } from '../styrmodell-module.js';
import { ChainChecks } from './chain-checks.js';
import { DataChecks } from './data-checks.js';
import { FollowUpChecks } from './follow-up-checks.js';
import { HeaderChecks } from './header-checks.js';
import { NameChecks } from './name-checks.js';
import { checkNumbersFit } from './number-checks.js';
import { ThresholdChecks } from './threshold-checks.js';

/** Wires every family of checks to the node types it inspects. */
export function registerValidationChecks(services: StyrmodellLanguageServices): void {
    const membership = services.references.ModelMembership;
    const header = new HeaderChecks(membership);
    const names = new NameChecks(membership);
    const chain = new ChainChecks(membership);
    const thresholds = new ThresholdChecks();
    const data = new DataChecks(services.analysis.ModelAnalysis);
    const followUps = new FollowUpChecks(membership, services.analysis.ModelAnalysis);
    const checks: ValidationChecks<StyrmodellAstType> = {
        FollowUp: [followUps.checkYear, followUps.checkDate, followUps.checkOnePerYear, followUps.checkEntriesOnce],
        GoalFollowUp: [followUps.checkEntryStatements],
        MeasureFollowUp: [followUps.checkEntryStatements],
        Judgement: [followUps.checkAssessmentDeviates],
        Document: [
            header.checkFileJoinsModel,
            names.checkUniqueNames,
            chain.checkGoalsFollowedUp,
            chain.checkNoCycle,
            checkNumbersFit,
            data.checkData
        ],
        ModelHeader: [header.checkSingleHeaderInModel, header.checkHeaderStatements, names.checkHeaderName],
        MunicipalityStatement: [header.checkMunicipalityCode],
        YearStatement: [header.checkYear],
        AssessmentStatement: [header.checkAssessmentBounds],
        Goal: [
            chain.checkGoalStatements,
            chain.checkCommitteeGoalContributes,
            chain.checkCommitteeGoalOwner,
            chain.checkMunicipalityWideLevel,
            chain.checkCommitteeGoalMeasures,
            names.checkUniqueMeasureNames
        ],
        Vision: [chain.checkSingleVision],
        ContributesStatement: [chain.checkContributionLevels],
        Measure: [
            thresholds.checkMeasureStatements,
            thresholds.checkHalfNotStricter,
            thresholds.checkAgainstDirection,
            thresholds.checkPercentageAsFraction,
            thresholds.checkDirectionGiven,
            thresholds.checkThresholdHasSource,
            thresholds.checkTargetUse
        ],
        WeightStatement: [thresholds.checkWeight],
        ThresholdStatement: [thresholds.checkThresholdYear],
        SeriesBlock: [thresholds.checkSeries],
        Comparison: [thresholds.checkQuartileRange]
    };
    services.validation.ValidationRegistry.register(checks);
}
