/**
 * A JSON form of a result graph that sends each shared part once. The engine already shares what repeats: a
 * measure's series is one array for every year's result, a condition and a location are the model view's own
 * objects, a standing's municipality codes are one array for every map with the same municipalities. Plain JSON
 * copies each of them wherever it is referenced, so the preview's answer grew with years² (issue 20). Here every
 * object, array or long string referenced more than once is written once into `shared` and referenced by
 * `{"#": index}` elsewhere; unpacking restores the same graph (shared parts shared again), so what a renderer
 * draws from it cannot differ. Pure: no I/O, the same code in the server, the extension and the webview.
 * The packed values must have no member named `#` of their own (the results and views have none).
 */

/** The packed form: `root` with `{"#": i}` where `shared[i]` stands (itself packed the same way). */
export interface SharedGraph {
    root: unknown;
    shared: unknown[];
}

/** A string shorter than this is cheaper to repeat than to reference (a reference costs about 10 characters). */
const MIN_SHARED_STRING = 24;
const REF = '#';

/**
 * Packs a plain JSON-compatible value (no cycles, no class instances; `undefined` members are dropped as
 * JSON.stringify drops them).
 */
export function packShared(value: unknown): SharedGraph {
    const seen = new Map<unknown, number>();
    count(value, seen);
    const index = new Map<unknown, number>();
    const shared: unknown[] = [];
    const pack = (node: unknown): unknown => {
        if (node === null || typeof node === 'number' || typeof node === 'boolean') return node;
        if (typeof node === 'string') return (seen.get(node) ?? 0) > 1 ? reference(node, () => node) : node;
        if (typeof node !== 'object') return undefined;
        const copy = () => (Array.isArray(node) ? node.map(item => pack(item) ?? null) : packObject(node));
        return (seen.get(node) ?? 0) > 1 ? reference(node, copy) : copy();
    };
    const packObject = (node: object): Record<string, unknown> => {
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(node)) {
            const packed = pack(item);
            if (packed !== undefined) out[key] = packed;
        }
        return out;
    };
    const reference = (node: unknown, copy: () => unknown): Record<string, number> => {
        let at = index.get(node);
        if (at === undefined) {
            at = shared.length;
            index.set(node, at);
            shared.push(undefined);
            shared[at] = copy();
        }
        return { [REF]: at };
    };
    return { root: pack(value), shared };
}

/** How often each object, array and long string is referenced; an object's members are counted once. */
function count(node: unknown, seen: Map<unknown, number>): void {
    if (typeof node === 'string') {
        if (node.length >= MIN_SHARED_STRING) seen.set(node, (seen.get(node) ?? 0) + 1);
        return;
    }
    if (node === null || typeof node !== 'object') return;
    const times = (seen.get(node) ?? 0) + 1;
    seen.set(node, times);
    if (times > 1) return;
    if (Array.isArray(node)) {
        for (const item of node) count(item, seen);
    } else {
        for (const key in node) count((node as Record<string, unknown>)[key], seen);
    }
}

/** The graph `packShared` packed, each shared part one object again. */
export function unpackShared<T>(graph: SharedGraph): T {
    const done = new Map<number, unknown>();
    const unpack = (node: unknown): unknown => {
        if (node === null || typeof node !== 'object') return node;
        if (Array.isArray(node)) return node.map(unpack);
        const at = (node as Record<string, unknown>)[REF];
        if (typeof at === 'number' && Object.keys(node).length === 1) {
            if (!done.has(at)) {
                if (at < 0 || at >= graph.shared.length) throw new Error(`shared part ${at} is missing`);
                done.set(at, unpack(graph.shared[at]));
            }
            return done.get(at);
        }
        const out: Record<string, unknown> = {};
        for (const key in node) out[key] = unpack((node as Record<string, unknown>)[key]);
        return out;
    };
    return unpack(graph.root) as T;
}
