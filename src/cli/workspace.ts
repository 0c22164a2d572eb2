import { type Dirent, existsSync, lstatSync, readdirSync, type Stats, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Document } from '../language/generated/ast.js';
import { createStyrmodellServices, type StyrmodellServices } from '../services.js';
import { terminalSafeLine } from '../text/terminal-safe.js';
import { filesOfOneModel } from './model-scan.js';
import { UsageError } from './usage-error.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', '.e2e']);

export interface LoadedWorkspace {
    services: StyrmodellServices;
    /** The documents the user asked about. */
    requested: LangiumDocument<Document>[];
    /** Everything loaded, including sibling files that complete a model. */
    all: LangiumDocument<Document>[];
}

/**
 * Every `.styr` file under the given paths; a missing path is a usage error (exit 2). A skipped folder
 * (node_modules, out, hidden folders) that holds `.styr` files is named on stderr, so that a model kept in
 * `out/` is not silently left unchecked.
 */
export function collectStyrFiles(paths: string[]): string[] {
    const files: string[] = [];
    const skipped: string[] = [];
    const odd: string[] = [];
    for (const path of paths.length ? paths : ['.']) {
        const absolute = resolve(path);
        if (!existsSync(absolute) && !isLink(absolute))
            throw new UsageError(`Sökvägen finns inte: ${terminalSafeLine(path)}`);
        walk(absolute, files, true, skipped, odd);
    }
    for (const path of [...new Set(odd)].sort()) {
        const shown = relative(process.cwd(), path).split(sep).join('/');
        process.stderr.write(
            `obs: ${terminalSafeLine(shown)} är ${oddKind(statOrUndefined(path))}, ingen vanlig fil, och hoppas över.\n`
        );
    }
    for (const folder of [...new Set(skipped)].sort()) {
        const shown = relative(process.cwd(), folder).split(sep).join('/') || '.';
        process.stderr.write(
            `obs: ${terminalSafeLine(shown)}/ har .styr-filer men genomsöks inte (mappar som ${[...SKIPPED_FOLDERS].join(', ')} och dolda mappar hoppas över). Ange mappen som sökväg för att ta med dem.\n`
        );
    }
    return [...new Set(files)].sort();
}

function walk(path: string, files: string[], explicit: boolean, skipped: string[], odd: string[]): void {
    const stat = statOrUndefined(path);
    if (stat?.isDirectory()) {
        for (const entry of readdirSync(path)) {
            if (SKIPPED_FOLDERS.has(entry) || entry.startsWith('.')) {
                if (entry !== '.git' && holdsStyrFile(join(path, entry))) skipped.push(join(path, entry));
                continue;
            }
            walk(join(path, entry), files, false, skipped, odd);
        }
    } else if (extname(path) !== '.styr') {
        if (explicit) throw new UsageError(`${path} är ingen .styr-fil. Ange .styr-filer eller mappar.`);
    } else if (stat?.isFile()) {
        files.push(path);
    } else if (explicit) {
        throw new UsageError(
            `${terminalSafeLine(path)} är ingen vanlig fil (${oddKind(stat)}). Ange .styr-filer eller mappar.`
        );
    } else {
        odd.push(path);
    }
}

/** The stat of what a path leads to; undefined for a dangling link or a loop of links. */
function statOrUndefined(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

function oddKind(stat: Stats | undefined): string {
    if (stat === undefined) return 'en länk som pekar på något som inte finns';
    if (stat.isFIFO()) return 'en namngiven pipe (FIFO)';
    if (stat.isSocket()) return 'en socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'en enhet';
    return 'ingen vanlig fil';
}

/** A `.styr` name that is safe to read: a regular file (through a link, if it is one). */
function isRegularFile(path: string): boolean {
    return statOrUndefined(path)?.isFile() === true;
}

/** Whether a skipped folder holds a `.styr` file, looking at no more than a bounded number of entries. */
function holdsStyrFile(folder: string, budget = { entries: 5000 }): boolean {
    let entries: Dirent[];
    try {
        if (!lstatSync(folder).isDirectory()) return false;
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        return false;
    }
    for (const entry of entries) {
        if (--budget.entries < 0) return false;
        if (entry.isFile() && extname(entry.name) === '.styr') return true;
        if (entry.isDirectory() && holdsStyrFile(join(folder, entry.name), budget)) return true;
    }
    return false;
}

export interface LoadOptions {
    validation?: boolean;
    year?: number;
    /** Only the checks read the results (ModelAnalysis.resultsForChecksOnly): validate. */
    checksOnly?: boolean;
    /** Load only the files of one model (`id`, or the only model the files declare), found by a cheap scan. */
    oneModel?: { id: string | undefined };
}

/** The files the user asked about, and with them every file needed to build them (see {@link loadWorkspace}). */
export interface WorkspaceFiles {
    requested: string[];
    /** Sorted; includes `requested`. */
    context: string[];
}

/**
 * The files to load: those under the paths, and for a single file named on the command line its folder's other
 * `.styr` files, so that `del av` finds its header; only the named files are reported on.
 */
export function workspaceFiles(paths: string[], options: LoadOptions = {}): WorkspaceFiles {
    let files = collectStyrFiles(paths);
    let context = new Set(files);
    for (const path of paths) {
        const absolute = resolve(path);
        if (isRegularFile(absolute)) {
            // Only regular files: a FIFO, a folder or a dangling link with a .styr name beside it is no model.
            for (const entry of readdirSync(dirname(absolute))) {
                const sibling = join(dirname(absolute), entry);
                if (extname(entry) === '.styr' && isRegularFile(sibling)) context.add(sibling);
            }
        }
    }
    if (options.oneModel) {
        // `report` needs one model: the other models' files are neither parsed nor checked nor computed.
        const narrowed = filesOfOneModel([...context], options.oneModel.id);
        if (narrowed) {
            context = new Set(narrowed);
            files = files.filter(file => context.has(file));
        }
    }
    return { requested: files, context: [...context].sort() };
}

/** Loads and builds the files (see {@link workspaceFiles}). */
export async function loadWorkspace(
    paths: string[],
    options: LoadOptions = {},
    files: WorkspaceFiles = workspaceFiles(paths, options)
): Promise<LoadedWorkspace> {
    const { Styrmodell } = createStyrmodellServices(NodeFileSystem);
    Styrmodell.analysis.ModelAnalysis.setYear(options.year);
    if (options.checksOnly) Styrmodell.analysis.ModelAnalysis.resultsForChecksOnly();
    const documents = Styrmodell.shared.workspace.LangiumDocuments;
    const all: LangiumDocument<Document>[] = [];
    for (const file of files.context) {
        all.push((await documents.getOrCreateDocument(URI.file(file))) as LangiumDocument<Document>);
    }
    await Styrmodell.shared.workspace.DocumentBuilder.build(all, { validation: options.validation ?? true });
    const requestedSet = new Set(files.requested);
    return { services: Styrmodell, requested: all.filter(d => requestedSet.has(d.uri.fsPath)), all };
}

function isLink(path: string): boolean {
    try {
        return lstatSync(path).isSymbolicLink();
    } catch {
        return false;
    }
}
