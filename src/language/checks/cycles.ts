/**
 * The nodes of a directed graph that lie on a cycle, each with one cycle through it, in time linear in the
 * graph (issue 18: walking the chain again from every goal took over 300 s for a 20,000-deep chain).
 *
 * One depth-first search with colours (Tarjan's strongly connected components, on an explicit stack so a deep
 * chain cannot overflow the call stack) finds the components; a node is on a cycle when its component has more
 * than one node or a loop to itself. Within each such component two breadth-first searches from one root give
 * every node a way to the root and the root a way to every node, so each node's cycle (node → … → root → … →
 * node) is read off parent pointers. Only the ends of a long cycle are spelt out (`shownEnds` nodes each).
 */
export interface CycleThrough<T> {
    /** The cycle from the node back to itself; `omitted` nodes left out between `head` and `tail`. */
    head: T[];
    omitted: number;
    tail: T[];
}

export function cyclesThrough<T extends object | string>(
    nodes: Iterable<T>,
    successorsOf: (node: T) => readonly T[],
    shownEnds = 8
): Map<T, CycleThrough<T>> {
    const successors = new Map<T, readonly T[]>();
    const edges = (node: T): readonly T[] => {
        let known = successors.get(node);
        if (!known) {
            known = successorsOf(node);
            successors.set(node, known);
        }
        return known;
    };
    const result = new Map<T, CycleThrough<T>>();
    for (const component of stronglyConnected(nodes, edges)) {
        const [root] = component;
        const members = new Set(component);
        if (component.length === 1 && !edges(root!).includes(root!)) continue;
        const inside = (node: T) => edges(node).filter(next => members.has(next));
        // Towards the root: a breadth-first search on the reversed edges.
        const predecessors = new Map<T, T[]>();
        for (const node of component) {
            for (const next of inside(node)) {
                let list = predecessors.get(next);
                if (!list) predecessors.set(next, (list = []));
                list.push(node);
            }
        }
        const towardRoot = breadthFirst<T>(root as T, node => predecessors.get(node) ?? []);
        const fromRoot = breadthFirst<T>(root as T, inside);
        for (const node of component) {
            result.set(node, cycleOf(node, root!, inside, towardRoot, fromRoot, shownEnds));
        }
    }
    return result;
}

interface Tree<T> {
    /** The next node on the way to the search's start (towardRoot) or the previous one from it (fromRoot). */
    parent: Map<T, T>;
    distance: Map<T, number>;
}

function breadthFirst<T>(start: T, next: (node: T) => readonly T[]): Tree<T> {
    const parent = new Map<T, T>();
    const distance = new Map<T, number>([[start, 0]]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
        const node = queue[i]!;
        for (const to of next(node)) {
            if (distance.has(to)) continue;
            distance.set(to, distance.get(node)! + 1);
            parent.set(to, node);
            queue.push(to);
        }
    }
    return { parent, distance };
}

function cycleOf<T>(
    node: T,
    root: T,
    inside: (node: T) => T[],
    towardRoot: Tree<T>,
    fromRoot: Tree<T>,
    shownEnds: number
): CycleThrough<T> {
    // The walk is A then B: A runs from the node to the root (from the root itself: first a step to its
    // successor closest to it), B from the root's next node back to the node.
    const toward = (from: T, limit: number): T[] => {
        const out = [from];
        for (let at = from; at !== root && out.length < limit; ) {
            at = towardRoot.parent.get(at)!;
            out.push(at);
        }
        return out;
    };
    let aLength: number;
    let a: (limit: number) => T[];
    if (node === root) {
        const step = inside(root).reduce((best, next) =>
            towardRoot.distance.get(next)! < towardRoot.distance.get(best)! ? next : best
        );
        aLength = step === root ? 2 : towardRoot.distance.get(step)! + 2;
        a = limit => (step === root ? [root, root] : [root, ...toward(step, limit - 1)]).slice(0, limit);
    } else {
        aLength = towardRoot.distance.get(node)! + 1;
        a = limit => toward(node, limit);
    }
    const bLength = node === root ? 0 : fromRoot.distance.get(node)!;
    // B's last `count` nodes, found backwards from the node along the root's search tree.
    const bEnd = (count: number): T[] => {
        const out: T[] = [];
        for (let at = node; out.length < count; at = fromRoot.parent.get(at)!) out.unshift(at);
        return out;
    };
    const total = aLength + bLength;
    if (total <= 2 * shownEnds) return { head: [...a(aLength), ...bEnd(bLength)], omitted: 0, tail: [] };
    const head = aLength >= shownEnds ? a(shownEnds) : [...a(aLength), ...bEnd(bLength).slice(0, shownEnds - aLength)];
    const tail =
        bLength >= shownEnds
            ? bEnd(shownEnds)
            : [...a(aLength).slice(aLength - (shownEnds - bLength)), ...bEnd(bLength)];
    return { head, omitted: total - 2 * shownEnds, tail };
}

/** Tarjan's strongly connected components, iteratively. */
function stronglyConnected<T>(nodes: Iterable<T>, edges: (node: T) => readonly T[]): T[][] {
    const index = new Map<T, number>();
    const low = new Map<T, number>();
    const onStack = new Set<T>();
    const stack: T[] = [];
    const components: T[][] = [];
    let counter = 0;
    for (const start of nodes) {
        if (index.has(start)) continue;
        const work: Array<{ node: T; next: number }> = [{ node: start, next: 0 }];
        index.set(start, counter);
        low.set(start, counter++);
        stack.push(start);
        onStack.add(start);
        while (work.length > 0) {
            const frame = work[work.length - 1]!;
            const out = edges(frame.node);
            if (frame.next < out.length) {
                const to = out[frame.next++]!;
                if (!index.has(to)) {
                    index.set(to, counter);
                    low.set(to, counter++);
                    stack.push(to);
                    onStack.add(to);
                    work.push({ node: to, next: 0 });
                } else if (onStack.has(to)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
                }
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            if (low.get(frame.node) === index.get(frame.node)) {
                const component: T[] = [];
                let member: T;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.node);
                components.push(component.reverse());
            }
        }
    }
    return components;
}
