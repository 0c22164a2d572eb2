/**
 * packShared (shared-graph.ts) for a stream of graphs that share most of their objects with the one before: the
 * preview's answers for one model, where a keystroke replaces one measure's view and results and keeps the
 * other objects (fulfilment/measure-reuse.ts). Packing the whole answer again cost a national model's keystroke
 * a quarter of the server's time (issue 20); here the work is in proportion to the objects that are new.
 *
 * The output is exactly packShared's: the same `root`, `shared` and `tables`, byte for byte. Two things of
 * packShared's output depend on the whole graph: whether a node is shared (referenced more than once), and the
 * index of each shared node (the order in which a depth-first walk first meets it). So the packer
 * - keeps the reference counts of the last graph and updates them by walking only the new objects (and
 *   releasing the objects the new graph no longer holds, as reference counting does);
 * - keeps, for every object it packed, its packed form and the range of indices (and tables) its packing
 *   numbered. Walking the new graph, an object of the last graph whose range starts where the walk stands is
 *   packed as before: its packed form, its shared parts and its tables are taken over without walking it.
 * This holds while every shared node of the last graph that is still held keeps its index and no node changed
 * from shared to not shared or back; when that fails (a shared part added or dropped in front of others) the
 * graph is packed whole, as packShared does.
 *
 * The graphs must never be changed once packed (the results and views never are): an object is known by its
 * identity.
 */
import { isTable, MIN_SHARED_STRING, type SharedGraph } from './shared-graph.js';

/** What packing one object numbered last time, and its packed form. */
interface PackedObject {
    copy: unknown;
    /** The shared indices numbered while packing it (its own index, for a shared object, comes before). */
    start: number;
    end: number;
    /** The same for the tables met first while packing it. */
    tablesStart: number;
    tablesEnd: number;
}

/** The numbering of the last graph does not carry over: pack the graph whole. */
class NumberingChanged extends Error {}

const NOTHING = new Map<never, never>();

export class SharedGraphPacker {
    /** References to each object and long string held, from the objects held (packShared's count). */
    private readonly counts = new Map<unknown, number>();
    private readonly tableRefs = new Map<readonly unknown[], number>();
    private readonly packed = new Map<object, PackedObject>();
    /** The last graph's shared nodes: index by node, and node by index. */
    private readonly index = new Map<unknown, number>();
    private order: unknown[] = [];
    private tableOrder: (readonly unknown[])[] = [];
    private tablePosition = new Map<readonly unknown[], number>();
    private last?: { value: unknown; graph: SharedGraph };
    /** How many graphs were packed whole (the first, and those whose numbering did not carry over). */
    wholePacks = 0;

    constructor(private readonly tableId: (table: readonly unknown[]) => string) {}

    /** packShared(value, { tableId }), reusing what the last call packed. */
    pack(value: unknown): SharedGraph {
        // The count each node had before this graph, for every node whose count changes (0: a new node).
        const before = new Map<unknown, number>();
        this.add(value, before);
        if (this.last !== undefined) this.release(this.last.value, before);
        let graph: SharedGraph | undefined;
        if (this.last !== undefined && !this.sharingChanged(before)) {
            try {
                graph = this.walk(value, true);
            } catch (error) {
                if (!(error instanceof NumberingChanged)) throw error;
            }
        }
        if (graph === undefined) {
            this.packed.clear();
            this.index.clear();
            this.wholePacks++;
            graph = this.walk(value, false);
        }
        this.last = { value, graph };
        return graph;
    }

    /** Whether a node held before and now went from shared to not shared or back. */
    private sharingChanged(before: ReadonlyMap<unknown, number>): boolean {
        for (const [node, was] of before) {
            const now = this.counts.get(node) ?? 0;
            if (was > 0 && now > 0 && was > 1 !== now > 1) return true;
        }
        return false;
    }

    /** One more reference to `node`; a node not held before is walked (packShared's count). */
    private add(node: unknown, before: Map<unknown, number>): void {
        if (typeof node === 'string') {
            if (node.length >= MIN_SHARED_STRING) this.bump(node, 1, before);
            return;
        }
        if (node === null || typeof node !== 'object') return;
        if (isTable(node)) {
            this.tableRefs.set(node, (this.tableRefs.get(node) ?? 0) + 1);
            return;
        }
        if (this.bump(node, 1, before) > 1) return;
        if (Array.isArray(node)) {
            for (const item of node) this.add(item, before);
        } else {
            for (const key in node) this.add((node as Record<string, unknown>)[key], before);
        }
    }

    /** One reference fewer to `node`; a node no longer held lets go of what it holds. */
    private release(node: unknown, before: Map<unknown, number>): void {
        if (typeof node === 'string') {
            if (node.length >= MIN_SHARED_STRING) this.bump(node, -1, before);
            return;
        }
        if (node === null || typeof node !== 'object') return;
        if (isTable(node)) {
            const refs = this.tableRefs.get(node)! - 1;
            if (refs === 0) this.tableRefs.delete(node);
            else this.tableRefs.set(node, refs);
            return;
        }
        if (this.bump(node, -1, before) > 0) return;
        this.packed.delete(node);
        if (Array.isArray(node)) {
            for (const item of node) this.release(item, before);
        } else {
            for (const key in node) this.release((node as Record<string, unknown>)[key], before);
        }
    }

    private bump(node: unknown, by: number, before: Map<unknown, number>): number {
        const was = this.counts.get(node) ?? 0;
        if (!before.has(node)) before.set(node, was);
        const now = was + by;
        if (now > 0) this.counts.set(node, now);
        else {
            this.counts.delete(node);
            this.index.delete(node);
        }
        return now;
    }

    /**
     * packShared's walk. With `reuse`, an object of the last graph is taken over whole when the walk reaches it
     * where it stood (NumberingChanged otherwise); without, every object is packed and remembered anew.
     */
    private walk(value: unknown, reuse: boolean): SharedGraph {
        const { counts, tableId, packed } = this;
        const lastIndex: ReadonlyMap<unknown, number> = reuse ? this.index : NOTHING;
        const lastOrder = reuse ? this.order : [];
        const lastTables = reuse ? this.tableOrder : [];
        const lastTablePosition: ReadonlyMap<readonly unknown[], number> = reuse ? this.tablePosition : NOTHING;
        const lastShared = this.last?.graph.shared ?? [];
        const added = new Map<unknown, number>();
        const shared: unknown[] = [];
        const order: unknown[] = [];
        const tables: Record<string, unknown[]> = {};
        const tableOrder: (readonly unknown[])[] = [];

        const pack = (node: unknown): unknown => {
            if (node === null || typeof node === 'number' || typeof node === 'boolean') return node;
            if (typeof node === 'string') return (counts.get(node) ?? 0) > 1 ? reference(node) : node;
            if (typeof node !== 'object') return undefined;
            if (isTable(node)) return table(node);
            return (counts.get(node) ?? 0) > 1 ? reference(node) : copy(node);
        };
        const packItem = (item: unknown): unknown => pack(item) ?? null;
        const reference = (node: unknown): { '#': number } => {
            let at = added.get(node) ?? lastIndex.get(node);
            // Numbered already: in this walk, or (a node of the last graph) before where the walk stands.
            if (at !== undefined && at < shared.length) return { '#': at };
            if (at === undefined) {
                // A new shared node takes the next index, which no node of the last graph still held may need.
                const previous = lastOrder[shared.length];
                if (shared.length < lastOrder.length && counts.has(previous)) throw new NumberingChanged();
                at = shared.length;
                added.set(node, at);
            } else if (at !== shared.length) throw new NumberingChanged();
            shared.push(undefined);
            order.push(node);
            shared[at] = copy(node);
            return { '#': at };
        };
        const copy = (node: unknown): unknown => {
            if (typeof node !== 'object' || node === null) return node;
            const known = reuse ? packed.get(node) : undefined;
            if (known !== undefined) {
                if (known.start !== shared.length || known.tablesStart !== tableOrder.length)
                    throw new NumberingChanged();
                for (let i = known.start; i < known.end; i++) {
                    shared.push(lastShared[i]);
                    order.push(lastOrder[i]);
                }
                for (let i = known.tablesStart; i < known.tablesEnd; i++) {
                    const node = lastTables[i]!;
                    tables[tableId(node)] = node as unknown[];
                    tableOrder.push(node);
                }
                return known.copy;
            }
            const start = shared.length;
            const tablesStart = tableOrder.length;
            let out: unknown;
            if (Array.isArray(node)) out = node.map(packItem);
            else {
                const members: Record<string, unknown> = {};
                for (const key in node) {
                    const value = pack((node as Record<string, unknown>)[key]);
                    if (value !== undefined) members[key] = value;
                }
                out = members;
            }
            packed.set(node, { copy: out, start, end: shared.length, tablesStart, tablesEnd: tableOrder.length });
            return out;
        };
        const table = (node: readonly unknown[]): { $: string } => {
            const id = tableId(node);
            if (!Object.hasOwn(tables, id)) {
                const position = lastTablePosition.get(node);
                const previous = lastTables[tableOrder.length];
                if (position !== undefined ? position !== tableOrder.length : previous && this.tableRefs.has(previous))
                    throw new NumberingChanged();
                // Not copied: a table holds numbers or strings, and the data's arrays are never changed.
                tables[id] = node as unknown[];
                tableOrder.push(node);
            }
            return { $: id };
        };

        const root = pack(value);
        for (const [node, at] of added) this.index.set(node, at);
        this.order = order;
        this.tableOrder = tableOrder;
        this.tablePosition = new Map(tableOrder.map((node, i) => [node, i]));
        return { root, shared, tables };
    }
}
