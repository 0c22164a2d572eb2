/**
 * The difference between two JSON values and its application, so that a receiver holding the first value can be
 * sent only what changed. A keystroke changes one threshold of one measure: of a national model's preview answer
 * (render-input.ts, packed) only that measure's results, the goals it rolls up into and the view's line differ,
 * the rest (some 60 measures × 10 years) is what the client already holds (issue 20).
 *
 * The values compared are plain JSON (no cycles; `undefined` members count as absent, as JSON.stringify drops
 * them). Applying a patch builds the new value sharing every unchanged part with the old one and never changes
 * the old one. Pure: the same code in the server, the extension and the tests.
 */

/**
 * `v`: the new value whole. `o`: an object with the members that changed or were added (by key), the keys
 * removed (`d`) and, when members were added or stand in another order, the new order of all keys (`k`: the receiver's object has the same
 * members in the same order as the sender's, so nothing that lists them can tell a patched value from a whole one). `a`: an array of length `n` whose items at the given indices changed (an index at or past the
 * old length is always a `v`); items past `n` are dropped.
 */
export type JsonPatch =
    | { v: unknown }
    | { o: Record<string, JsonPatch>; d?: string[]; k?: string[] }
    | { a: Record<string, JsonPatch>; n: number };

/** The patch that turns `before` into `after`; undefined when they are the same JSON. */
export function diffJson(before: unknown, after: unknown): JsonPatch | undefined {
    if (before === after) return undefined;
    if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null)
        return { v: after };
    if (Array.isArray(before) !== Array.isArray(after)) return { v: after };
    return Array.isArray(after) ? diffArray(before as unknown[], after) : diffObject(before, after);
}

function diffArray(before: readonly unknown[], after: readonly unknown[]): JsonPatch | undefined {
    const a: Record<string, JsonPatch> = {};
    let changed = before.length !== after.length;
    for (let i = 0; i < after.length; i++) {
        const patch = i < before.length ? diffJson(before[i], after[i]) : { v: after[i] };
        if (patch !== undefined) {
            a[i] = patch;
            changed = true;
        }
    }
    return changed ? { a, n: after.length } : undefined;
}

function diffObject(before: object, after: object): JsonPatch | undefined {
    const old = before as Record<string, unknown>;
    const now = after as Record<string, unknown>;
    const oldKeys = Object.keys(old);
    // Allocated only for an object that changed: most of a keystroke's answer is the same as the last one.
    let o: Record<string, JsonPatch> | undefined;
    let added = false;
    // Whether the members both have stand in another order (a measure moved): the receiver must learn the order.
    let reordered = false;
    let at = 0;
    let kept = 0;
    for (const key in now) {
        const value = now[key];
        if (value === undefined) continue;
        const was = member(old, key);
        if (was === undefined) added = true;
        else {
            kept++;
            while (
                at < oldKeys.length &&
                (member(old, oldKeys[at]!) === undefined || member(now, oldKeys[at]!) === undefined)
            )
                at++;
            if (oldKeys[at++] !== key) reordered = true;
        }
        const patch = was === undefined ? { v: value } : diffJson(was, value);
        if (patch !== undefined) define((o ??= {}), key, patch);
    }
    // Every member of `before` is kept when as many of its keys were met (packed and parsed JSON hold no `undefined`).
    const d: string[] = [];
    if (oldKeys.length !== kept) {
        for (const key in old) if (old[key] !== undefined && member(now, key) === undefined) d.push(key);
    }
    if (o === undefined && d.length === 0 && !reordered) return undefined;
    const patch: JsonPatch = { o: o ?? {} };
    if (d.length > 0) patch.d = d;
    if (added || reordered) patch.k = Object.keys(now).filter(key => member(now, key) !== undefined);
    return patch;
}

/** `before` with `patch` applied; throws when the patch does not fit `before` (it was made against another value). */
export function applyJsonPatch(before: unknown, patch: JsonPatch): unknown {
    if ('v' in patch) return patch.v;
    if ('o' in patch) {
        if (typeof before !== 'object' || before === null || Array.isArray(before))
            throw new Error('the patch changes members of something that is not an object');
        const out: Record<string, unknown> = {};
        const old = before as Record<string, unknown>;
        const removed = new Set(patch.d);
        for (const key of patch.k ?? Object.keys(old)) if (!removed.has(key)) define(out, key, member(old, key));
        for (const key in patch.o) define(out, key, applyJsonPatch(member(old, key), patch.o[key]));
        return out;
    }
    if (!Array.isArray(before)) throw new Error('the patch changes items of something that is not an array');
    const out = before.slice(0, patch.n);
    for (const index in patch.a) {
        const i = Number(index);
        const item = patch.a[index];
        if (!Number.isInteger(i) || i < 0 || i >= patch.n || (i >= before.length && !('v' in item)))
            throw new Error(`the patch changes item ${index} of an array of ${before.length}`);
        out[i] = applyJsonPatch(before[i], item);
    }
    for (let i = before.length; i < patch.n; i++)
        if (!(i in out)) throw new Error(`the patch leaves item ${i} of ${patch.n} out`);
    return out;
}

/** defineProperty, not `=`: a member named `__proto__` is data here, not the prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An own member only: `constructor` or `__proto__` of a plain object is not a member of the data. */
function member(target: Record<string, unknown>, key: string): unknown {
    // Asking Object.prototype first is cheaper than hasOwn for the 100,000 members of a national answer.
    return !(key in Object.prototype) || Object.hasOwn(target, key) ? target[key] : undefined;
}
