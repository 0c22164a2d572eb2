import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { renderOutline } from '../diff/outline.js';
import type { Document } from '../language/generated/ast.js';
import { buildModelView } from '../language/model-view-builder.js';
import { createStyrmodellServices } from '../services.js';
import { UsageError } from './usage-error.js';

/**
 * `styrmodell textconv FIL`: git's textconv for `.styr` files (README "git diff"). Git hands over one version of
 * one file, often as a temporary copy without its model beside it, so the file is parsed alone and written as
 * an outline: one line per goal, measure and threshold, each naming what it belongs to.
 */
export function registerTextconv(program: Command): void {
    program
        .command('textconv')
        .description(
            'Skriv en .styr-fil som en översikt, en rad per mål, mått och gränsvärde (för git diff och git log -p)'
        )
        .argument('<fil>', 'filen som git lämnar över')
        .action((file: string) => {
            process.stdout.write(outlineOf(file));
        });
}

function outlineOf(path: string): string {
    let text: string;
    try {
        // A FIFO or device would hang the read: only a regular file is a version of a model file.
        if (!statSync(path).isFile()) throw new UsageError(`${path} är ingen vanlig fil.`);
        text = readFileSync(path, 'utf8');
    } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`Kan inte läsa ${path}: ${(error as Error).message}`);
    }
    const { Styrmodell } = createStyrmodellServices(NodeFileSystem);
    const document = Styrmodell.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(path));
    const { headers, parts } = document.parseResult.value;
    // A half-typed `del av` has no model reference yet (Langium's types say otherwise for broken input).
    const partOf = parts.find(part => part.model?.$refText)?.model.$refText;
    const view = buildModelView(headers[0]?.name ?? partOf ?? '', [document]);
    const broken = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;
    // A file with syntax errors still gets the outline of what could be read, and says so on its first line.
    return (
        (broken ? '(filen har syntaxfel; översikten visar det som gick att läsa)\n' : '') + renderOutline(view, partOf)
    );
}
