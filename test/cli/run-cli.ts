import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const KUMLA = join(ROOT, 'test', 'resources', 'kumla-reference');
export const BIN = join(ROOT, 'bin', 'styrmodell.js');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the real `styrmodell` bin (the bundle `npm test` builds first) in `cwd`, with extra environment variables. */
export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}, nodeOptions: string[] = []): CliRun {
    const result = spawnSync(process.execPath, [...nodeOptions, BIN, ...args], {
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, ...env }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the bin without blocking this process, for tests whose stand-in server lives in it (`spawnSync` would
 * stall the server); resolves with the exit status and stderr.
 */
export function runCliAsync(args: string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd });
        let stderr = '';
        child.stderr.on('data', chunk => (stderr += chunk));
        child.on('close', status => resolve({ status, stderr }));
    });
}
