import type { BaseResult } from './result.js';

/**
 * A comparison with the other municipalities that found only the municipality itself: the year's data has one
 * municipality's value, so a rank is 1 of 1 and a computed mean is the own value. The check warns the planner
 * (`single-municipality-data`); the committee's quality appendix says it in plain words instead of quoting that
 * warning. Both ask here, so the rule lives in one place.
 */
export function comparesWithItselfOnly(base: BaseResult): boolean {
    return base.ranked === 1 || (base.mean?.count === 1 && base.mean.origin === undefined);
}
