/**
 * Small helpers for the e2e suite: free ports, child processes that are always ended (with everything they
 * started), temporary copies of the reference model and bounded polling.
 */
import { type ChildProcess, execFileSync, type SpawnOptions, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const REFERENCE = join(ROOT, 'test', 'resources', 'kumla-reference');

/**
 * Names in the reference model that are not KF goals (nämnder, the vision, committee goals, municipality-wide goals):
 * completion after `bidrar till` in a committee goal must offer none of them.
 */
export const NOT_KF_GOALS = [
    'KS',
    'KLF',
    'VON',
    'BUN',
    'KFN',
    'SBN',
    'Vision2025',
    'GodService',
    'Delaktighet',
    'Ekonomi',
    'Medarbetare'
];

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            const port = typeof address === 'object' && address ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

/** A fresh temporary directory; `removeTemporaryDirectories` deletes every one made. */
const temporaries: string[] = [];
export function temporaryDirectory(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), `styrmodell-e2e-${prefix}-`));
    temporaries.push(dir);
    return dir;
}

export function removeTemporaryDirectories(): void {
    for (const dir of temporaries.splice(0)) {
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    }
}

/**
 * A writable copy of the Kumla reference model in `folder` (the checked-in copy is read-only: files
 * 0444, data/ 0555, and cpSync keeps those modes).
 */
export function copyReference(folder: string): string {
    mkdirSync(folder, { recursive: true });
    cpSync(REFERENCE, folder, { recursive: true });
    const makeWritable = (path: string) => {
        const stat = statSync(path);
        chmodSync(path, stat.isDirectory() ? 0o755 : 0o644);
        if (stat.isDirectory()) {
            for (const entry of readdirSync(path)) makeWritable(join(path, entry));
        }
    };
    makeWritable(folder);
    return folder;
}

/** `which name`, or undefined. */
export function which(name: string): string | undefined {
    try {
        return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
        return undefined;
    }
}

/**
 * A child in its own process group, so that ending it also ends what it started (code-server's extension
 * host and the language server). Output is kept (the tail goes into error messages) and optionally echoed.
 */
export class GroupProcess {
    readonly child: ChildProcess;
    private output = '';
    private exited = false;
    private readonly onExit = () => this.killNow();

    constructor(command: string, args: string[], options: SpawnOptions & { echo?: boolean } = {}) {
        const { echo, ...spawnOptions } = options;
        this.child = spawn(command, args, { ...spawnOptions, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const keep = (chunk: Buffer) => {
            this.output = (this.output + chunk.toString()).slice(-20_000);
            if (echo) process.stderr.write(chunk);
        };
        this.child.stdout?.on('data', keep);
        this.child.stderr?.on('data', keep);
        this.child.on('exit', () => {
            this.exited = true;
        });
        // Even when the worker dies without running afterAll, the group does not outlive it.
        process.on('exit', this.onExit);
    }

    get running(): boolean {
        return !this.exited;
    }

    /** The last part of what the child wrote, for failure messages. */
    tail(chars = 4000): string {
        return this.output.slice(-chars);
    }

    private signalGroup(signal: NodeJS.Signals): void {
        const pid = this.child.pid;
        if (pid === undefined) return;
        try {
            process.kill(-pid, signal);
        } catch {
            // The group is gone already.
        }
    }

    private killNow(): void {
        this.signalGroup('SIGKILL');
    }

    /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves when the leader has exited. */
    async stop(graceMs = 3000): Promise<void> {
        process.off('exit', this.onExit);
        if (this.child.pid === undefined) return;
        this.signalGroup('SIGTERM');
        const exited = await new Promise<boolean>(resolve => {
            if (this.exited) return resolve(true);
            const timer = setTimeout(() => resolve(false), graceMs);
            this.child.once('exit', () => {
                clearTimeout(timer);
                resolve(true);
            });
        });
        // Children of the group (extension host, language server) may outlive the leader: kill them all.
        this.signalGroup('SIGKILL');
        if (!exited) {
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, 2000);
                this.child.once('exit', () => {
                    clearTimeout(timer);
                    resolve();
                });
            });
        }
    }
}

/** Polls `probe` until it returns a value that is not undefined/false, or throws after `timeout` ms. */
export async function waitFor<T>(
    probe: () => Promise<T | undefined | false> | T | undefined | false,
    what: string,
    timeout = 30_000,
    interval = 250
): Promise<T> {
    const deadline = Date.now() + timeout;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) return value as T;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            throw new Error(
                `Timed out after ${timeout} ms waiting for ${what}${lastError ? `: ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)}` : ''}`
            );
        }
        await new Promise(resolve => setTimeout(resolve, interval));
    }
}

/** 1-based line number of the first line containing `needle` at or after line `from` (1-based). */
export function lineOf(text: string, needle: string, from = 1): number {
    const lines = text.split('\n');
    for (let i = from - 1; i < lines.length; i++) {
        if (lines[i].includes(needle)) return i + 1;
    }
    throw new Error(`"${needle}" not found after line ${from}`);
}

/** 1-based column just after `needle` on line `line` (1-based) of `text`. */
export function columnAfter(text: string, line: number, needle: string): number {
    const content = text.split('\n')[line - 1];
    const index = content.indexOf(needle);
    if (index < 0) throw new Error(`"${needle}" not on line ${line}: ${content}`);
    return index + needle.length + 1;
}
