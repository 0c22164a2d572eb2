/** The fulfilment engine's public surface (LANGUAGE.md section 4). Pure: no I/O, Langium or vscode. */
export { computeFulfilment, computeMeasure, computeYears, modelYears } from './compute.js';
export { dataGaps, type DataGap } from './data-gaps.js';
export { toReportJson, type ReportGoal, type ReportJson, type ReportMeasure } from './report-json.js';
export {
    GOAL_STATUSES,
    MEASURE_STATUSES,
    STATUS_DISPLAY,
    statusColour,
    statusDisplay,
    statusWord,
    type StatusColour,
    type StatusDisplay
} from './status.js';
export { baseText, comparisonText, conditionText } from './text.js';
export { compare, formatNumber, reaches, round10 } from './numbers.js';
export { goalStatus, weightedMean } from './roll-up.js';
export { areaRollUp } from './area-roll-up.js';
export type * from './result.js';
