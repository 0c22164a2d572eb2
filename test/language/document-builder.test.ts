/**
 * The document builder answers "are this file's results incomplete?" without Langium's per-file service lookup
 * (issue 20), and must give Langium's own answer for every file and every question a build asks.
 */
import { join } from 'node:path';
import { type BuildOptions, DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/cli/workspace.js';

const ROOT = join(import.meta.dirname, '..', '..');

type Asking = { resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean };

describe('StyrmodellDocumentBuilder.resultsAreIncomplete', () => {
    it("gives Langium's answer for validated, half-validated and unvalidated files", async () => {
        const workspace = await loadWorkspace([join(ROOT, 'test', 'resources', 'kumla-reference')]);
        const builder = workspace.services.shared.workspace.DocumentBuilder;
        const ours = builder as unknown as Asking;
        const langiums = (document: LangiumDocument, options: BuildOptions | undefined) =>
            (DefaultDocumentBuilder.prototype as unknown as Asking).resultsAreIncomplete.call(
                builder,
                document,
                options
            );
        const questions: Array<BuildOptions | undefined> = [
            undefined,
            {},
            { validation: true },
            { validation: false },
            { validation: { categories: ['built-in', 'fast'] } },
            { validation: { categories: ['slow'] } },
            { validation: { categories: ['built-in', 'fast', 'slow'] } },
            { validation: {} }
        ];
        const [first, second] = workspace.all;
        // One file validated with the fast checks only, one not validated since its text changed.
        await builder.build([first!], { validation: { categories: ['built-in', 'fast'] } });
        await builder.update([second!.uri], []);
        let asked = 0;
        for (const document of [first!, second!, ...workspace.all]) {
            for (const options of questions) {
                expect(ours.resultsAreIncomplete(document, options), JSON.stringify(options)).toBe(
                    langiums(document, options)
                );
                asked++;
            }
        }
        expect(asked).toBeGreaterThan(10);
    });
});
