/**
 * The reader-text layer (ARCHITECTURE.md "One reader text"): every worded, formatted fact a committee,
 * politician or citizen reads, made once. The Markdown, HTML (report and preview), Word, Excel and site
 * layouts only lay these out. See README.md in this folder.
 */
export { calibrationHistory, calibrationReach } from './calibration.js';
export { comparisonLine, comparisonLines } from './comparisons.js';
export { type FirstPage, type FirstPageArea, type FirstPageGoal, firstPage } from './first-page.js';
export { titlesById, withTitles } from './identifiers.js';
export { LEGEND_NOTE, type LegendRow, legendRows, TREND_NOTE } from './legend.js';
export {
    causeClause,
    computedReason,
    groupTitles,
    type ReasonContext,
    statusCause,
    statusReason
} from './measure-reason.js';
export { municipalityName, municipalityText } from './municipality.js';
export { openingSentence, previousResult, shownKfGoals } from './opening.js';
export {
    QUALITY_HEADING,
    type QualityNotes,
    type QualitySection,
    qualityLine,
    qualityNotes,
    yearOutsideData
} from './quality.js';
export {
    type StandingRow,
    type StandingSummaryRow,
    type StandingText,
    standingDecimals,
    standingOrder,
    standingRows,
    standingSentences,
    standingSummaryRows,
    standingText
} from './standing.js';
export { NO_THRESHOLDS, type ThresholdLine, thresholdLine, thresholdLines } from './thresholds.js';
export { type TrendDirection, type TrendMark, trendMark } from './trend.js';
export { capitalise, firstSentence, joinSwedish } from './words.js';
