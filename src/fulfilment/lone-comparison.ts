import type { BaseResult } from './result.js';

/**
 * A comparison with the other municipalities that found only the municipality itself: the year's data has one
 * municipality's value, so a rank is 1 of 1 and a computed mean is the own value. The planner is warned by the
 * check with this code; the committee's quality appendix says it in plain words instead of quoting that warning.
 * Both ask here, so the rule and its code live in one place.
 */
export const LONE_COMPARISON_CODE = 'single-municipality-data';

export function comparesWithItselfOnly(base: BaseResult): boolean {
    return base.ranked === 1 || (base.mean?.count === 1 && base.mean.origin === undefined);
}
