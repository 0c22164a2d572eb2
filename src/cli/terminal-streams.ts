import { terminalSafe } from '../text/terminal-safe.js';

/**
 * Every text a command writes to stdout or stderr passes terminalSafe (CLI.md "Every command": text output never
 * passes control characters from a model or data file to the terminal). One guard for every command and
 * message, so no new output can forget it. Bytes (a Word file) pass unchanged; the language server, whose
 * stdout carries the protocol with byte counts, is not guarded.
 */
export function guardTextStreams(): void {
    for (const stream of [process.stdout, process.stderr]) {
        const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
        stream.write = ((chunk: unknown, ...rest: unknown[]) =>
            write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest)) as typeof stream.write;
    }
}
