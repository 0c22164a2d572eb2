import {
    existsSync,
    lstatSync,
    mkdirSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { HtmlPiece } from '../render/html-pieces.js';
import type { SitePiecesFile } from '../render/site/build-site.js';
import { manifestText, siteFolderVerdict } from '../render/site/site-manifest.js';
import { SITE_FILES } from '../render/site/site-paths.js';
import { cleanUpOnInterrupt } from './interrupt-cleanup.js';
import { UsageError } from './usage-error.js';

/** Every file under `dir`, relative with `/`, sorted; with `folders`, an empty folder counts as an entry too. */
function filesUnder(dir: string, folders = false): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) {
                if (folders && readdirSync(path).length === 0)
                    found.push(`${relative(dir, path).split(sep).join('/')}/`);
                walk(path);
            } else found.push(relative(dir, path).split(sep).join('/'));
        }
    };
    walk(dir);
    return found.sort();
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
    const present = readdirSync(dir).length === 0 ? [] : filesUnder(dir, true);
    let manifest: string | undefined;
    try {
        manifest = readFileSync(join(dir, SITE_FILES.manifest), 'utf8');
    } catch {
        manifest = undefined;
    }
    const verdict = siteFolderVerdict(present, manifest, shown);
    if (verdict.kind === 'refused') throw new UsageError(`${verdict.reason.replace(/\.$/, '')} (--out).`);
    return verdict.kind;
}

/** One buffer for every page in pieces, grown as needed: a page's bytes are put together in it, not allocated anew. */
let pageBuffer = Buffer.allocUnsafe(1 << 20);

/**
 * A file's content to disk. A page in pieces is put together as bytes: a shared piece's bytes were encoded once
 * for every page that shows it, and the page is never copied whole into one string (html-pieces.ts).
 */
function writeContent(path: string, content: string | readonly HtmlPiece[]): void {
    if (typeof content === 'string') {
        writeFileSync(path, content);
        return;
    }
    let length = 0;
    const room = (most: number) => {
        if (length + most <= pageBuffer.length) return;
        const larger = Buffer.allocUnsafe(Math.max(pageBuffer.length * 2, length + most));
        pageBuffer.copy(larger, 0, 0, length);
        pageBuffer = larger;
    };
    for (const piece of content) {
        if (typeof piece === 'string') {
            // A string takes at most 3 bytes in UTF-8 for each of its UTF-16 units.
            room(piece.length * 3);
            length += pageBuffer.write(piece, length, 'utf8');
        } else {
            const bytes = piece.bytes();
            room(bytes.byteLength);
            pageBuffer.set(bytes, length);
            length += bytes.byteLength;
        }
    }
    writeFileSync(path, pageBuffer.subarray(0, length));
}

/**
 * Writes the site into `dir` whole or not at all: into a temporary sibling folder first, which then takes the
 * old folder's place by rename; an error or an interruption leaves the old site (or nothing) and no temporary
 * folder behind.
 */
export function writeSiteFolder(
    dir: string,
    produce: (put: (file: SitePiecesFile) => void) => void,
    state: 'new' | 'empty' | 'site'
): string[] {
    const target = resolve(dir);
    const parent = dirname(target);
    mkdirSync(parent, { recursive: true });
    const temporary = join(parent, `.${basename(target)}.styrmodell-${process.pid}.tmp`);
    const old = join(parent, `.${basename(target)}.styrmodell-${process.pid}.old`);
    // One mechanism for every command's interrupts (interrupt-cleanup.ts). The writing below is synchronous, so
    // a signal is handled before or after it; this covers the moments around it and any await added later.
    const stopCleanup = cleanUpOnInterrupt(() => {
        rmSync(temporary, { recursive: true, force: true });
        restoreOld(old, target);
    });
    try {
        rmSync(temporary, { recursive: true, force: true });
        mkdirSync(temporary);
        // Each file goes to disk as it is made, so a site of 290 models never sits in memory whole.
        const written: Array<{ path: string }> = [];
        const folders = new Set<string>();
        produce(file => {
            const path = join(temporary, ...file.path.split('/'));
            const folder = dirname(path);
            if (!folders.has(folder)) {
                mkdirSync(folder, { recursive: true });
                folders.add(folder);
            }
            writeContent(path, file.content);
            written.push({ path: file.path });
        });
        written.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        writeFileSync(join(temporary, SITE_FILES.manifest), manifestText(written));
        if (state === 'empty') {
            rmSync(target, { recursive: true });
        } else if (state === 'site') {
            renameSync(target, old);
        }
        try {
            renameSync(temporary, target);
        } catch (error) {
            if (state === 'site') renameSync(old, target);
            throw error;
        }
        rmSync(old, { recursive: true, force: true });
        return written.map(file => file.path);
    } catch (error) {
        rmSync(temporary, { recursive: true, force: true });
        throw error;
    } finally {
        stopCleanup();
    }
}

/** The old site back in its place if it was moved aside and the new one did not take it: it is never lost. */
function restoreOld(old: string, target: string): void {
    if (!existsSync(old)) return;
    if (existsSync(target)) rmSync(old, { recursive: true, force: true });
    else renameSync(old, target);
}
