/** Types of scripts/artefacts.mjs for the tests that read it. */
export interface Artefact {
    title: string;
    /** esbuild outputs (paths from the repository root) the artefact ships. */
    bundles: string[];
    /** Path inside the artefact → path in the repository. */
    files: Record<string, string>;
    manifest(repo: Record<string, unknown>, nls: Record<string, string>): Record<string, unknown>;
}
export declare const ARTEFACTS: Record<'npm' | 'vsix', Artefact>;
