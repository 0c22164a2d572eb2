import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './usage-error.js';

/** The top of the git work tree around `cwd`; a usage error (exit 2) outside one. */
export function gitTopLevel(cwd: string): string {
    const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
    if (result.status !== 0)
        throw new UsageError('Här finns inget git-arbetsträd. Kör `styrmodell diff` i en git-katalog.');
    return result.stdout.trim();
}

/** Checks out revisions into fresh temporary folders (the work tree is left alone) and removes them again. */
export class TemporaryCheckouts {
    private readonly folders: string[] = [];

    constructor(private readonly topLevel: string) {}

    checkout(revision: string): string {
        const verified = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
            cwd: this.topLevel,
            encoding: 'utf8'
        });
        if (verified.status !== 0) throw new UsageError(`Git känner inte till revisionen "${revision}".`);
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-diff-'));
        this.folders.push(folder);
        const archive = execFileSync('git', ['archive', '--format=tar', verified.stdout.trim()], {
            cwd: this.topLevel,
            maxBuffer: 1024 * 1024 * 1024
        });
        const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive });
        if (untar.status !== 0)
            throw new UsageError(`Kunde inte packa upp revisionen "${revision}": ${untar.stderr?.toString() ?? ''}`);
        return folder;
    }

    removeAll(): void {
        for (const folder of this.folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    }
}

/** A short name for a revision in headings: the abbreviated commit. */
export function describeRevision(topLevel: string, revision: string): string {
    const result = spawnSync('git', ['rev-parse', '--short', revision], { cwd: topLevel, encoding: 'utf8' });
    return result.status === 0 ? `${revision} (${result.stdout.trim()})` : revision;
}
