import { execFileSync, spawnSync } from 'node:child_process';
import { type Dirent, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { cleanUpOnInterrupt } from './interrupt-cleanup.js';
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
    private stopCleanup: (() => void) | undefined;

    constructor(private readonly topLevel: string) {}

    /**
     * Only the model's paths (relative to the top level; `''` is the whole tree) and the data files their models
     * name outside them are checked out: an unrelated large file elsewhere in the repository costs nothing.
     */
    checkout(revision: string, paths: string[] = ['']): string {
        const verified = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
            cwd: this.topLevel,
            encoding: 'utf8'
        });
        if (verified.status !== 0) throw new UsageError(`Git känner inte till revisionen "${revision}".`);
        const commit = verified.stdout.trim();
        // An interrupt (Ctrl-C, a CI time-out) removes the checkout too, not only the finally of a finished diff.
        // Registered before the folder exists: a signal in between would kill the process by default and leave it.
        this.stopCleanup ??= cleanUpOnInterrupt(() => this.removeAll());
        const folder = mkdtempSync(join(tmpdir(), 'styrmodell-diff-'));
        this.folders.push(folder);
        const wanted = paths.map(toGitPath).filter(path => this.exists(commit, path));
        this.extract(revision, commit, wanted, folder);
        if (!wanted.includes('')) {
            const data = dataFilesOutside(folder, wanted).filter(path => this.exists(commit, path));
            this.extract(revision, commit, data, folder);
        }
        return folder;
    }

    private exists(commit: string, path: string): boolean {
        if (path === '') return true;
        return spawnSync('git', ['cat-file', '-e', `${commit}:${path}`], { cwd: this.topLevel }).status === 0;
    }

    private extract(revision: string, commit: string, paths: string[], folder: string): void {
        if (paths.length === 0) return;
        const pathspec = paths.includes('') ? [] : ['--', ...paths.map(path => `:(literal)${path}`)];
        const archive = execFileSync('git', ['archive', '--format=tar', commit, ...pathspec], {
            cwd: this.topLevel,
            maxBuffer: 1024 * 1024 * 1024
        });
        const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive });
        if (untar.status !== 0)
            throw new UsageError(`Kunde inte packa upp revisionen "${revision}": ${untar.stderr?.toString() ?? ''}`);
    }

    removeAll(): void {
        for (const folder of this.folders.splice(0)) rmSync(folder, { recursive: true, force: true });
        this.stopCleanup?.();
        this.stopCleanup = undefined;
    }
}

/** A path relative to the top level as git names it: `/`-separated, `''` for the top itself. */
function toGitPath(path: string): string {
    const posix = path.split(sep).join('/');
    return posix === '.' ? '' : posix;
}

/** `data "path"` lines of a model's files, resolved against each file's folder. */
const DATA_LINE = /^[\uFEFF \t]*data[ \t]+"([^"\r\n]+)"/gm;

/**
 * The data files that the `.styr` files checked out under `paths` name and that lie outside those paths (a
 * shared `../data` folder), as git paths; a file outside the repository is left to the checks to report.
 */
function dataFilesOutside(folder: string, paths: string[]): string[] {
    const found = new Set<string>();
    const visit = (path: string): void => {
        let entries: Dirent[];
        try {
            entries = readdirSync(path, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries) {
            const child = join(path, entry.name);
            if (entry.isDirectory()) visit(child);
            else if (entry.isFile() && extname(entry.name) === '.styr') {
                for (const [, named] of readFileSync(child, 'utf8').matchAll(DATA_LINE)) {
                    const inside = relative(folder, resolve(dirname(child), named!));
                    if (!inside.startsWith('..') && !isAbsolute(inside) && !existsSync(join(folder, inside)))
                        found.add(toGitPath(inside));
                }
            }
        }
    };
    for (const path of paths) visit(join(folder, path));
    return [...found].sort();
}

/** A short name for a revision in headings: the abbreviated commit. */
export function describeRevision(topLevel: string, revision: string): string {
    const result = spawnSync('git', ['rev-parse', '--short', revision], { cwd: topLevel, encoding: 'utf8' });
    return result.status === 0 ? `${revision} (${result.stdout.trim()})` : revision;
}
