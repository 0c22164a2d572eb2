/**
 * A measure's thresholds as a reader reads them: `Hel: topp 10 bland landets kommuner`, `Halv från 2021:
 * minst 80 %`; never the model's `hel när rang <= 10` (that is the preview's *Modellens text*).
 */
import type { MeasureResult } from '../../fulfilment/result.js';
import type { MeasureView, ModelView } from '../../model/model-view.js';
import { NO_THRESHOLDS, type ThresholdFact, thresholdFacts } from '../measure-facts.js';
import { capitalise } from './words.js';

export interface ThresholdLine {
    which: 'hel' | 'halv';
    /** `Hel: topp 10 bland landets kommuner`. */
    text: string;
    /** The model's own words, only for the preview's *Modellens text*. */
    model: string;
}

export function thresholdLine(fact: ThresholdFact): ThresholdLine {
    const from = fact.from !== undefined ? ` från ${fact.from}` : '';
    return { which: fact.which, text: `${capitalise(fact.which)}${from}: ${fact.plain}`, model: fact.model };
}

export function thresholdLines(view: ModelView, measure: MeasureView, result: MeasureResult): ThresholdLine[] {
    return thresholdFacts(view, measure, result).map(thresholdLine);
}

/** What a report says for a measure without thresholds. */
export { NO_THRESHOLDS };
