/**
 * The rule for the folder a site is written into (CLI.md `site`), shared by the command line and the editor's
 * *Publicera webbplats…*: new or empty, or a site written before, which a manifest lists file by file, so that
 * replacing it never removes anything a person put there.
 */
import { SITE_FILES } from './site-paths.js';

export interface SiteManifest {
    generator: 'styrmodell site';
    files: string[];
}

export function manifestText(files: readonly { path: string }[]): string {
    const manifest: SiteManifest = { generator: 'styrmodell site', files: files.map(f => f.path) };
    return JSON.stringify(manifest, null, 2) + '\n';
}

function parseManifest(text: string | undefined): SiteManifest | undefined {
    // Stryker disable next-line ConditionalExpression: JSON.parse(undefined) throws, and the catch below answers the same
    if (text === undefined) return undefined;
    try {
        const manifest = JSON.parse(text) as Partial<SiteManifest>;
        return manifest.generator === 'styrmodell site' && Array.isArray(manifest.files)
            ? (manifest as SiteManifest)
            : undefined;
    } catch {
        return undefined;
    }
}

export type FolderVerdict = { kind: 'empty' } | { kind: 'site' } | { kind: 'refused'; reason: string };

/**
 * Whether a folder holding `present` (every file, relative with `/`; empty folders count as entries) and the
 * manifest's text may receive the site. `shown` names the folder in the reason.
 */
export function siteFolderVerdict(
    present: readonly string[],
    manifest: string | undefined,
    shown: string
): FolderVerdict {
    if (present.length === 0) return { kind: 'empty' };
    const parsed = parseManifest(manifest);
    if (!parsed) {
        return {
            kind: 'refused',
            reason: `${shown} är inte tom och är ingen webbplats som styrmodell site har skrivit. Välj en tom eller ny mapp.`
        };
    }
    const listed = new Set([...parsed.files, SITE_FILES.manifest]);
    const foreign = present.filter(file => !listed.has(file));
    if (foreign.length > 0) {
        return {
            kind: 'refused',
            reason: `${shown} innehåller filer som styrmodell site inte har skrivit (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ' …' : ''}); de skulle försvinna. Flytta dem eller välj en annan mapp.`
        };
    }
    return { kind: 'site' };
}
