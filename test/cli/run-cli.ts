import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const KUMLA = join(ROOT, 'test', 'resources', 'kumla-reference');
const BIN = join(ROOT, 'bin', 'styrmodell.js');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the real `styrmodell` bin (the bundle `npm test` builds first) in `cwd`. */
export function runCli(args: string[], cwd = ROOT): CliRun {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
