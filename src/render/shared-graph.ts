/**
 * A JSON form of a result graph that sends each shared part once. The engine already shares what repeats: a
 * measure's series is one array for every year's result, a condition and a location are the model view's own
 * objects. Plain JSON copies each of them wherever it is referenced, so the preview's answer grew with years²
 * (issue 20). Here every object, array or long string referenced more than once is written once into `shared`
 * and referenced by `{"#": index}` elsewhere; unpacking restores the same graph (shared parts shared again), so
 * what a renderer draws from it cannot differ.
 *
 * Tables (long arrays of numbers or strings: a standing's municipality codes and values, read from the data) are
 * written into `tables` by an id the packer is given, referenced by `{"$": id}`: the data's own arrays, not
 * copies, so the same data gives the same tables, and comparing two answers (json-patch.ts) skips them at once.
 *
 * Pure: no I/O, the same code in the server, the extension and the webview. The packed values must have no member
 * named `#` or `$` of their own (the results and views have none).
 */

/** The packed form: `root` with `{"#": i}` where `shared[i]` stands and `{"$": id}` where `tables[id]` stands. */
export interface SharedGraph {
    root: unknown;
    shared: unknown[];
    tables?: Record<string, unknown[]>;
}

export interface PackOptions {
    /** The id of a table (see isTable), the same for the same array as long as its content is the same. */
    tableId?: (table: readonly unknown[]) => string;
}

/** A string shorter than this is cheaper to repeat than to reference (a reference costs about 10 characters). */
export const MIN_SHARED_STRING = 24;
/** An array of at least this many numbers or strings is a table. */
const MIN_TABLE = 64;
const REF = '#';
const TABLE = '$';

/** A long array of plain values (a standing's codes or values): sent once per change of the data, by id. */
export function isTable(node: unknown): node is readonly unknown[] {
    if (!Array.isArray(node) || node.length < MIN_TABLE) return false;
    const first: unknown = node[0];
    return typeof first === 'number' || typeof first === 'string';
}

/**
 * Packs a plain JSON-compatible value (no cycles, no class instances; `undefined` members are dropped as
 * JSON.stringify drops them).
 */
export function packShared(value: unknown, options: PackOptions = {}): SharedGraph {
    const seen = new Map<unknown, number>();
    const tableId = options.tableId;
    count(value, seen, tableId !== undefined);
    const index = new Map<unknown, number>();
    const shared: unknown[] = [];
    const tables: Record<string, unknown[]> = {};
    // Plain functions, no closure per node: the national answer has some 100,000 nodes per keystroke.
    const pack = (node: unknown): unknown => {
        if (node === null || typeof node === 'number' || typeof node === 'boolean') return node;
        if (typeof node === 'string') return (seen.get(node) ?? 0) > 1 ? reference(node) : node;
        if (typeof node !== 'object') return undefined;
        if (tableId && isTable(node)) return table(node, tableId(node));
        return (seen.get(node) ?? 0) > 1 ? reference(node) : copy(node);
    };
    const packItem = (item: unknown): unknown => pack(item) ?? null;
    const copy = (node: unknown): unknown => {
        if (typeof node !== 'object' || node === null) return node;
        if (Array.isArray(node)) return node.map(packItem);
        const out: Record<string, unknown> = {};
        for (const key in node) {
            const packed = pack((node as Record<string, unknown>)[key]);
            if (packed !== undefined) out[key] = packed;
        }
        return out;
    };
    const reference = (node: unknown): { '#': number } => {
        let at = index.get(node);
        if (at === undefined) {
            at = shared.length;
            index.set(node, at);
            shared.push(undefined);
            shared[at] = copy(node);
        }
        return { '#': at };
    };
    const table = (node: readonly unknown[], id: string): { $: string } => {
        // Not copied: a table holds numbers or strings, and the data's arrays are never changed.
        tables[id] = node as unknown[];
        return { $: id };
    };
    const root = pack(value);
    return tableId ? { root, shared, tables } : { root, shared };
}

/** How often each object, array and long string is referenced; an object's members are counted once. */
function count(node: unknown, seen: Map<unknown, number>, tables: boolean): void {
    if (typeof node === 'string') {
        if (node.length >= MIN_SHARED_STRING) seen.set(node, (seen.get(node) ?? 0) + 1);
        return;
    }
    if (node === null || typeof node !== 'object' || (tables && isTable(node))) return;
    const times = (seen.get(node) ?? 0) + 1;
    seen.set(node, times);
    if (times > 1) return;
    if (Array.isArray(node)) {
        for (const item of node) count(item, seen, tables);
    } else {
        for (const key in node) count((node as Record<string, unknown>)[key], seen, tables);
    }
}

/** The graph `packShared` packed, each shared part one object again; every table it references must be in `tables`. */
export function unpackShared<T>(graph: SharedGraph): T {
    const done = new Map<number, unknown>();
    const unpack = (node: unknown): unknown => {
        if (node === null || typeof node !== 'object') return node;
        if (Array.isArray(node)) return node.map(unpack);
        const record = node as Record<string, unknown>;
        const at = record[REF];
        if (typeof at === 'number' && Object.keys(node).length === 1) {
            if (!done.has(at)) {
                if (at < 0 || at >= graph.shared.length) throw new Error(`shared part ${at} is missing`);
                done.set(at, unpack(graph.shared[at]));
            }
            return done.get(at);
        }
        const id = record[TABLE];
        if (typeof id === 'string' && Object.keys(node).length === 1) {
            const table = graph.tables?.[id];
            if (!table) throw new Error(`table ${id} is missing`);
            return table;
        }
        const out: Record<string, unknown> = {};
        for (const key in record) out[key] = unpack(record[key]);
        return out;
    };
    return unpack(graph.root) as T;
}
