/**
 * Number rules shared by the bases and the decisions.
 *
 * Values are binary floating point, so a difference such as 62,8 − 66 is −3,2000000000000028 and
 * 0,1 + 0,2 is 0,30000000000000004. A planner who writes `skillnad mot riket >= -3,2` or `värde = 0,3`
 * means the decimal number, so every comparison (`=`, and also `<`, `<=`, `>`, `>=` and the ties of a
 * ranking) is made after rounding both sides to 10 decimals. No real KPI has 10 significant decimals,
 * so the rounding never merges two values a planner would call different. From 100 000 up a double
 * has fewer than 10 decimals to give, so there the rounding is to 15 significant digits instead.
 */
import type { Operator } from '../model/model-view.js';

const SCALE = 1e10;
/** Below this, 10 decimals fit in a double's 15 significant digits and `x * SCALE` stays an exact integer. */
const DECIMALS_LIMIT = 1e5;

/** Rounds to 10 decimals (to 15 significant digits from 100 000 up). */
export function round10(x: number): number {
    if (Math.abs(x) < DECIMALS_LIMIT) {
        // Math.round(-0.4) is -0; `+ 0` normalises it so that equality and keys behave.
        return Math.round(x * SCALE) / SCALE + 0;
    }
    return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/** `left OP right`, both sides rounded to 10 decimals. */
export function compare(left: number, operator: Operator, right: number): boolean {
    const a = round10(left);
    const b = round10(right);
    switch (operator) {
        case '>=':
            return a >= b;
        case '>':
            return a > b;
        case '<=':
            return a <= b;
        case '<':
            return a < b;
        case '=':
            return a === b;
    }
}

/**
 * A fulfilment is a weighted mean, so 3 × 0,25 can arrive as 0,7499999999999999; it still reaches
 * a bound of 75 %. The tolerance is far below any difference one measure can make.
 */
const BOUND_EPSILON = 1e-9;

export function reaches(fulfilment: number, bound: number): boolean {
    return fulfilment >= bound - BOUND_EPSILON;
}
