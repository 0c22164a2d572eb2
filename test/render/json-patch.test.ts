/**
 * A patch carries only what changed, and applying it gives exactly the new value: the same JSON text, keys in the
 * same order, the old value untouched.
 */
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, diffJson, type JsonPatch } from '../../src/render/json-patch.js';

const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** diff, send, apply: the result must be the new value's JSON, byte for byte, and the old value unchanged. */
function roundTrip(before: unknown, after: unknown): JsonPatch | undefined {
    const frozen = JSON.stringify(before);
    const patch = diffJson(before, after);
    const applied = patch === undefined ? before : applyJsonPatch(sent(before), sent(patch));
    expect(JSON.stringify(applied)).toBe(JSON.stringify(after));
    expect(JSON.stringify(before)).toBe(frozen);
    return patch;
}

describe('diffJson / applyJsonPatch', () => {
    it('finds nothing between equal values, whatever their identity', () => {
        const value = { a: [1, { b: 'x' }], c: null, d: true };
        expect(diffJson(value, sent(value))).toBeUndefined();
        expect(diffJson({ a: 1, b: undefined }, { a: 1 })).toBeUndefined();
    });

    it('carries only the changed number of a deep structure', () => {
        const measures = Array.from({ length: 50 }, (_, i) => ({ id: `M${i}`, value: i, status: 'hel' }));
        const after = sent(measures);
        after[17].status = 'halv';
        const patch = roundTrip({ results: [{ measures }] }, { results: [{ measures: after }] });
        expect(patch).toEqual({
            o: {
                results: { a: { 0: { o: { measures: { a: { 17: { o: { status: { v: 'halv' } } } }, n: 50 } } } }, n: 1 }
            }
        });
    });

    it('adds, removes and reorders members, and grows and shrinks arrays', () => {
        roundTrip({ a: 1, b: 2 }, { c: 3, a: 1 });
        roundTrip({ a: 1, b: 2 }, { b: 2 });
        roundTrip([1, 2, 3], [1, 5]);
        roundTrip([1], [1, { x: [2] }, null]);
        roundTrip({ a: [1] }, { a: { 0: 1 } });
        roundTrip({ a: { b: 1 } }, { a: null });
        roundTrip(null, { a: 1 });
        roundTrip({ a: 'x' }, 'x');
    });

    it('carries the new order of the same members (tables met in another order once a measure moved)', () => {
        roundTrip({ a: 1, b: 2 }, { b: 2, a: 1 });
        roundTrip({ t1: [1], t2: [2], t3: [3] }, { t3: [3], t1: [1], t2: [2] });
        roundTrip({ a: 1, b: 2, c: 3 }, { c: 4, a: 1 });
        expect(diffJson({ a: 1, b: 2 }, { a: 1, b: 2 })).toBeUndefined();
        expect(diffJson({ a: 1, x: undefined, b: 2 }, { a: 1, b: 2 })).toBeUndefined();
    });

    it('keeps a member named __proto__ as data', () => {
        const after = JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as unknown;
        roundTrip({ y: 1 }, after);
        roundTrip(JSON.parse('{"__proto__": {"x": 0}}'), after);
    });

    it('refuses a patch made against another value, saying how it does not fit', () => {
        const members = 'the patch changes members of something that is not an object';
        expect(() => applyJsonPatch([1], { o: { a: { v: 1 } } })).toThrow(members);
        expect(() => applyJsonPatch(null, { o: {} })).toThrow(members);
        expect(() => applyJsonPatch('x', { o: {} })).toThrow(members);
        const items = 'the patch changes items of something that is not an array';
        expect(() => applyJsonPatch({ a: 1 }, { a: { 0: { v: 1 } }, n: 1 })).toThrow(items);
        expect(() => applyJsonPatch([1], { a: { 1: { o: {} } }, n: 2 })).toThrow(
            'the patch changes item 1 of an array of 1'
        );
        expect(() => applyJsonPatch([1, 2], { a: { 2: { v: 3 } }, n: 2 })).toThrow(
            'the patch changes item 2 of an array of 2'
        );
        expect(() => applyJsonPatch([1, 2], { a: { '-1': { v: 3 } }, n: 2 })).toThrow('item -1 of an array of 2');
        expect(() => applyJsonPatch([1, 2], { a: { '0.5': { v: 3 } }, n: 2 })).toThrow('item 0.5 of an array of 2');
        expect(() => applyJsonPatch([1], { a: { 2: { v: 3 } }, n: 3 })).toThrow('the patch leaves item 1 of 3 out');
    });

    it('patches an array item in place, and an item just past the old end when it is whole', () => {
        expect(applyJsonPatch([1, 2, 3], { a: { 1: { v: 9 } }, n: 3 })).toEqual([1, 9, 3]);
        expect(applyJsonPatch([1, 2], { a: { 2: { v: 3 } }, n: 3 })).toEqual([1, 2, 3]);
        expect(applyJsonPatch([1, 2, 3], { a: {}, n: 2 })).toEqual([1, 2]);
        expect(diffJson([1, 2], [1, 2, 3])).toEqual({ a: { 2: { v: 3 } }, n: 3 });
        expect(diffJson([1, 2, 3], [1, 2])).toEqual({ a: {}, n: 2 });
        expect(diffJson([1, { b: 1 }], [1, { b: 2 }])).toEqual({ a: { 1: { o: { b: { v: 2 } } } }, n: 2 });
    });

    it('names removed members, and the order only when members were added or moved', () => {
        expect(diffJson({ a: 1, b: 2 }, { a: 1 })).toEqual({ o: {}, d: ['b'] });
        expect(diffJson({ a: 1, b: 2 }, { a: 1, b: 3 })).toEqual({ o: { b: { v: 3 } } });
        expect(diffJson({ a: 1 }, { a: 1, c: 3 })).toEqual({ o: { c: { v: 3 } }, k: ['a', 'c'] });
        expect(diffJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual({ o: {}, k: ['b', 'a'] });
        // A member dropped before the others keeps their order as it was: nothing moved.
        expect(diffJson({ x: 0, a: 1, b: 2 }, { a: 1, b: 2 })).toEqual({ o: {}, d: ['x'] });
        expect(diffJson({ a: 1, x: 0, b: 2 }, { a: 1, b: 2 })).toEqual({ o: {}, d: ['x'] });
        expect(diffJson({ a: 1, b: 2 }, { a: 1, b: undefined })).toEqual({ o: {}, d: ['b'] });
    });

    it('leaves a plain object’s inherited names out of the data, and gives members that can be changed', () => {
        expect(diffJson({}, JSON.parse('{"constructor": 1}'))).toEqual({
            o: { constructor: { v: 1 } },
            k: ['constructor']
        });
        expect(diffJson({ toString: 1 }, {})).toEqual({ o: {}, d: ['toString'] });
        const applied = applyJsonPatch({ a: 1 }, { o: { b: { v: 2 } }, k: ['a', 'b'] }) as Record<string, number>;
        applied.b = 3;
        delete applied.a;
        expect(applied).toEqual({ b: 3 });
        expect(applyJsonPatch({}, { o: { v: { v: 1 } } })).toEqual({ v: 1 });
        expect(Object.keys(applyJsonPatch({ constructor: 5 } as unknown as object, { o: {} }) as object)).toEqual([
            'constructor'
        ]);
    });
});
