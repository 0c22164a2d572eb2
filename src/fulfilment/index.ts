/** The fulfilment engine's public surface (LANGUAGE.md section 4). Pure: no I/O, Langium or vscode. */

export { areaRollUp } from './area-roll-up.js';
export { CALIBRATION_YEARS, type Calibration, type CalibrationOutcome, calibrate } from './calibration.js';
export { baseCauseText, type Cause, causeText } from './cause.js';
export { computeFulfilment, computeMeasure, computeYears, modelYears, type YearsOptions } from './compute.js';
export { type DataGap, dataGaps } from './data-gaps.js';
export { comparesWithItselfOnly } from './lone-comparison.js';
export { MeasureResultReuse } from './measure-reuse.js';
export { type ModelResults, type ModelResultsOptions, modelResults, shownResults } from './model-results.js';
export { compare, reaches, round10 } from './numbers.js';
export { type ReportGoal, type ReportJson, type ReportMeasure, scopedReportJson, toReportJson } from './report-json.js';
export type * from './result.js';
export { goalStatus, weightedMean } from './roll-up.js';
export {
    GOAL_STATUSES,
    LEVEL_STATUS,
    MEASURE_STATUSES,
    STATUS_DISPLAY,
    type StatusColour,
    type StatusDisplay,
    statusColour,
    statusDisplay,
    statusWord
} from './status.js';
export { baseText, comparisonText, conditionText } from './text.js';
