/**
 * Which thread checks which group, in memory every thread shares: each takes the next group nobody has taken, so a
 * thread that finishes early takes more. No message goes through the main thread, which is itself checking
 * groups and would answer one only between two of its own.
 * Layout: cell 0 the next group's index; cell 1 + i the number of the thread that took group i, plus one.
 */
export class GroupClaims {
    private readonly cells: Int32Array;

    constructor(readonly buffer: SharedArrayBuffer) {
        this.cells = new Int32Array(buffer);
    }

    static forGroups(count: number): GroupClaims {
        return new GroupClaims(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (1 + count)));
    }

    /** The index of the next group for `thread` (0 the main thread) to check; undefined when all are taken. */
    take(thread: number): number | undefined {
        const index = Atomics.add(this.cells, 0, 1);
        if (index >= this.cells.length - 1) return undefined;
        Atomics.store(this.cells, 1 + index, thread + 1);
        return index;
    }

    /** The groups `thread` has taken so far. */
    takenBy(thread: number): number[] {
        const taken: number[] = [];
        for (let index = 0; index < this.cells.length - 1; index++) {
            if (Atomics.load(this.cells, 1 + index) === thread + 1) taken.push(index);
        }
        return taken;
    }
}
