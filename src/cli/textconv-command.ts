import { readFileSync } from 'node:fs';
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
        text = readFileSync(path, 'utf8');
    } catch (error) {
        throw new UsageError(`Kan inte läsa ${path}: ${(error as Error).message}`);
    }
    const { Styrmodell } = createStyrmodellServices(NodeFileSystem);
    const document = Styrmodell.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(path));
    const { headers, parts } = document.parseResult.value;
    const partOf = parts[0]?.model.$refText;
    const view = buildModelView(headers[0]?.name ?? partOf ?? '', [document]);
    const broken = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;
    // A file with syntax errors still gets the outline of what could be read, and says so on its first line.
    return (
        (broken ? '(filen har syntaxfel; översikten visar det som gick att läsa)\n' : '') + renderOutline(view, partOf)
    );
}
