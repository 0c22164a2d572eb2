/**
 * Cleanups to run when the command is interrupted (CLI.md "Every command": SIGINT, SIGTERM or SIGHUP leaves no
 * temporary file or folder behind). A command registers what it created and unregisters it once it is gone;
 * on a signal every registered cleanup runs, then the signal is raised again so the exit status says why.
 *
 * The listeners stay once installed. A listener makes Node queue a signal until the running synchronous code
 * (a report or a site being written) returns; removing the last listener in that code would drop the queued
 * signal, and the command would finish and exit 0 as if it had never been interrupted.
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const cleanups = new Set<() => void>();
let listening = false;

function onSignal(signal: NodeJS.Signals): void {
    for (const cleanup of [...cleanups]) {
        try {
            cleanup();
        } catch {
            // One failed cleanup must not keep the others from running.
        }
    }
    cleanups.clear();
    for (const name of SIGNALS) process.removeListener(name, onSignal);
    process.kill(process.pid, signal);
}

/** Runs `cleanup` if the process is interrupted before the returned function is called. */
export function cleanUpOnInterrupt(cleanup: () => void): () => void {
    if (!listening) for (const name of SIGNALS) process.on(name, onSignal);
    listening = true;
    cleanups.add(cleanup);
    return () => {
        cleanups.delete(cleanup);
    };
}
