import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { SiteFile } from '../render/site/build-site.js';
import { SITE_FILES } from '../render/site/site-paths.js';
import { UsageError } from './usage-error.js';

/** What the manifest of a written site says; a folder with it may be replaced by the next run. */
interface Manifest {
    generator: 'styrmodell site';
    files: string[];
}

/** Every file under `dir`, relative with `/`, sorted. */
function filesUnder(dir: string): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else found.push(relative(dir, path).split(sep).join('/'));
        }
    };
    walk(dir);
    return found.sort();
}

function readManifest(dir: string): Manifest | undefined {
    try {
        const manifest = JSON.parse(readFileSync(join(dir, SITE_FILES.manifest), 'utf8')) as Partial<Manifest>;
        return manifest.generator === 'styrmodell site' && Array.isArray(manifest.files)
            ? (manifest as Manifest)
            : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Whether `dir` may receive the site (CLI.md `site`): it does not exist, is an empty folder, or is a site this
 * command wrote (its manifest lists every file in it, so nothing a person put there is lost). Throws a usage
 * error saying why not. Returns whether there is an old site to replace.
 */
export function checkSiteFolder(dir: string, shown: string): 'new' | 'empty' | 'site' {
    let stat;
    try {
        stat = lstatSync(dir);
    } catch {
        return 'new';
    }
    if (stat.isSymbolicLink()) throw new UsageError(`${shown} är en symbolisk länk; välj en vanlig mapp med --out.`);
    if (!stat.isDirectory()) throw new UsageError(`${shown} är ingen mapp; välj en mapp med --out.`);
    const present = filesUnder(dir);
    if (present.length === 0 && readdirSync(dir).length === 0) return 'empty';
    const manifest = readManifest(dir);
    if (!manifest) {
        throw new UsageError(
            `${shown} är inte tom och är ingen webbplats som styrmodell site har skrivit. Välj en tom eller ny mapp med --out.`
        );
    }
    const listed = new Set([...manifest.files, SITE_FILES.manifest]);
    const foreign = present.filter(file => !listed.has(file));
    if (foreign.length > 0) {
        throw new UsageError(
            `${shown} innehåller filer som styrmodell site inte har skrivit (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ' …' : ''}); de skulle försvinna. Flytta dem eller välj en annan mapp med --out.`
        );
    }
    return 'site';
}

/** Temporary folders of this run, removed again if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function cleanUpOnSignals(): void {
    if (handlersInstalled) return;
    handlersInstalled = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        process.once(signal, () => {
            for (const dir of pending) rmSync(dir, { recursive: true, force: true });
            process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
        });
    }
}

/**
 * Writes the site into `dir` whole or not at all: into a temporary sibling folder first, which then takes the
 * old folder's place by rename; an error or an interruption leaves the old site (or nothing) and no temporary
 * folder behind.
 */
export function writeSiteFolder(dir: string, files: readonly SiteFile[], state: 'new' | 'empty' | 'site'): void {
    const target = resolve(dir);
    const parent = dirname(target);
    mkdirSync(parent, { recursive: true });
    const temporary = join(parent, `.${basename(target)}.styrmodell-${process.pid}.tmp`);
    const old = join(parent, `.${basename(target)}.styrmodell-${process.pid}.old`);
    cleanUpOnSignals();
    pending.add(temporary);
    try {
        rmSync(temporary, { recursive: true, force: true });
        mkdirSync(temporary);
        for (const file of files) {
            const path = join(temporary, ...file.path.split('/'));
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.content);
        }
        const manifest: Manifest = { generator: 'styrmodell site', files: files.map(f => f.path) };
        writeFileSync(join(temporary, SITE_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
        if (state === 'empty') {
            rmSync(target, { recursive: true });
        } else if (state === 'site') {
            pending.add(old);
            renameSync(target, old);
        }
        try {
            renameSync(temporary, target);
        } catch (error) {
            if (state === 'site') renameSync(old, target);
            throw error;
        }
        pending.delete(temporary);
        rmSync(old, { recursive: true, force: true });
        pending.delete(old);
    } catch (error) {
        rmSync(temporary, { recursive: true, force: true });
        pending.delete(temporary);
        throw error;
    }
}
